import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StartupError } from './components/startup-error';
import { i18n } from './lib/i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

// The citizens' page works without an account, so it starts without Keycloak.
const PUBLIC_PATH = /^\/bao-tin(\/|$)/;

async function start() {
  root.render(<p className="status">{i18n.t('app.loading')}</p>);
  try {
    if (PUBLIC_PATH.test(window.location.pathname)) {
      const { PublicApp } = await import('./app/public-app');
      root.render(
        <StrictMode>
          <PublicApp />
        </StrictMode>,
      );
      return;
    }
    // Imported here so that a configuration error is shown on the page, not only in the console.
    const { env } = await import('./config/env');
    const { startAuth } = await import('./lib/auth');
    const session = await startAuth(env, i18n.language);
    // The router is created on import: only after the login, once the URL is final.
    const { App } = await import('./app/app');
    root.render(
      <StrictMode>
        <App session={session} />
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    root.render(<StartupError error={error} />);
  }
}

void start();
