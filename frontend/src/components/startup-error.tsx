import { useTranslation } from 'react-i18next';

/** Shown instead of the app when it cannot start (bad configuration, Keycloak unreachable). */
export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="page startup-error" role="alert">
      <h1>{t('app.startupFailed')}</h1>
      <pre>{error instanceof Error ? error.message : String(error)}</pre>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}
