import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { ErrorBanner } from '../components/error-banner';
import { AuthProvider } from '../lib/auth';
import { i18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

/** Renders routes with the app's providers, signed in with the given realm roles. */
export function renderRoutes(path: string, routes: Record<string, ReactNode>, roles: string[] = ['hamlet-leader']) {
  return render(
    <I18nextProvider i18n={i18n}>
      <AuthProvider session={{ username: 'test', roles, logout: () => {} }}>
        <QueryClientProvider client={createQueryClient()}>
          <MemoryRouter initialEntries={[path]}>
            <ErrorBanner />
            <Routes>
              {Object.entries(routes).map(([route, element]) => (
                <Route key={route} path={route} element={element} />
              ))}
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </AuthProvider>
    </I18nextProvider>,
  );
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

type Handler = (request: Request, url: URL) => Response | undefined | Promise<Response | undefined>;

/** A stand-in for the API: the first handler that answers wins; anything else is a 404 problem. */
export function fakeApi(...handlers: Handler[]) {
  return vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    for (const handler of handlers) {
      const response = await handler(request, url);
      if (response) return response;
    }
    return json({ type: 'urn:lgtq:problem:not-found', title: 'Not Found', status: 404, detail: url.pathname }, 404);
  });
}
