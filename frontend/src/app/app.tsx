import type { AuthSession } from '../lib/auth';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App({ session }: { session: AuthSession }) {
  return (
    <AppProvider session={session}>
      <AppRouter />
    </AppProvider>
  );
}
