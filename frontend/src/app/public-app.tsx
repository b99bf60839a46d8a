import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, NavLink, Outlet, RouterProvider, ScrollRestoration } from 'react-router';
import { ErrorBanner } from '../components/error-banner';
import { LanguageSwitch } from '../components/language-switch';
import { PublicFilePage } from '../features/public-tips/routes/public-file-page';
import { PublicFollowPage } from '../features/public-tips/routes/public-follow-page';
import { i18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

/** Where citizens report without an account; served by the same SPA, without Keycloak (see main.tsx). */
export const PUBLIC_BASE = '/bao-tin';

function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <header className="header">
        <div className="header-row">
          <span className="brand" title={t('app.fullName')}>
            {t('app.name')}
          </span>
          <div className="header-actions">
            <LanguageSwitch />
            {/* A full page load: the staff side starts with the Keycloak login. */}
            <a href="/" className="button button-quiet">
              {t('publicTip.staffLogin')}
            </a>
          </div>
        </div>
        <nav className="nav" aria-label={t('nav.label')}>
          <NavLink to={PUBLIC_BASE} end className="nav-link">
            {t('publicTip.fileTab')}
          </NavLink>
          <NavLink to={`${PUBLIC_BASE}/theo-doi`} className="nav-link">
            {t('publicTip.followTab')}
          </NavLink>
        </nav>
      </header>
      <main className="page">
        <ErrorBanner />
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}

const router = createBrowserRouter([
  {
    path: PUBLIC_BASE,
    element: <PublicLayout />,
    children: [
      { index: true, element: <PublicFilePage /> },
      { path: 'theo-doi', element: <PublicFollowPage /> },
      { path: '*', element: <Navigate to={PUBLIC_BASE} replace /> },
    ],
  },
]);

/** The public page: no login, no token; the API's public endpoints only. */
export function PublicApp() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
