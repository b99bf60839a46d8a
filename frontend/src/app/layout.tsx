import { Outlet, ScrollRestoration } from 'react-router';
import { ErrorBanner } from '../components/error-banner';
import { useAuth } from '../lib/auth';
import { Header } from './header';

export function Layout() {
  const { logout } = useAuth();
  return (
    <>
      <Header />
      <main className="page">
        <ErrorBanner onLogin={logout} />
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
