import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { ErrorBanner } from '../../../components/error-banner';
import { setAccessTokenProvider } from '../../../lib/api/client';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { createQueryClient } from '../../../lib/query-client';
import type { Unit } from '../api/paging';
import { UnitBrowser } from './unit-browser';

const unit = (id: number, name: string, more: Partial<Unit> = {}): Unit => ({
  id, name, code: String(id), level: 'HAMLET', type: 'TIEU_KHU', parentId: 2, predecessorIds: [], demo: false, version: 0,
  validFrom: null, validTo: null, ...more,
} as Unit);

const province = unit(1, 'Tỉnh Sơn La', { code: '14', level: 'PROVINCE', type: 'TINH', parentId: undefined });
const commune = unit(2, 'Xã Mai Sơn', { code: '04105', level: 'COMMUNE', type: 'XA', parentId: 1, validFrom: '2025-07-01' });
const hamlets = [
  ...Array.from({ length: 19 }, (_, i) => unit(100 + i, `Bản ${i + 1}`, { type: 'BAN' })),
  unit(20, 'Tiểu khu 20', { code: '04105-TK20', demo: true }),
  unit(21, 'Bản Cũ', { type: 'BAN', validTo: '2025-06-30' }),
];

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/** A stand-in for the API: just enough of /api/v1/units for these tests. */
const fakeFetch = vi.fn(async (request: Request) => {
  const url = new URL(request.url);
  const page = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? 20);
  const route = url.pathname.replace('/api/v1/units/', '');
  const units: Record<string, Unit> = { '1': province, '2': commune, '20': hamlets[19] };
  const [id, sub] = route.split('/');
  if (!units[id]) {
    return json({ type: 'about:blank', title: 'Not Found', status: 404, detail: `Unit ${id} is outside your scope` }, 404,
      'application/problem+json');
  }
  if (!sub) return json(units[id]);
  if (sub === 'ancestors') return json(id === '20' ? [province, commune] : id === '2' ? [province] : []);
  const children = id === '2' ? hamlets : [];
  return json({ items: children.slice(page * size, (page + 1) * size), total: children.length, page, size });
});

function renderAt(path: string) {
  function UnitRoute() {
    return <UnitBrowser unitId={Number(useParams().id)} rootUnitId={2} />;
  }
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <ErrorBanner />
          <Routes>
            <Route path="/units/:id" element={<UnitRoute />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', fakeFetch);
  setAccessTokenProvider(async () => 'test-token');
});

afterEach(() => {
  cleanup();
  dismissError();
  setAccessTokenProvider(undefined);
  vi.unstubAllGlobals();
  fakeFetch.mockClear();
});

describe('UnitBrowser', () => {
  it('shows the unit, its breadcrumb and its children, page by page', async () => {
    renderAt('/units/2');

    expect(await screen.findByRole('heading', { level: 1, name: /Xã Mai Sơn/ })).toBeTruthy();
    expect(screen.getByText('04105')).toBeTruthy();
    expect(screen.getByText('01/07/2025')).toBeTruthy();

    const breadcrumb = await screen.findByRole('navigation', { name: 'Đường dẫn đơn vị hành chính' });
    // The province lies above the user's commune: shown, but not a link.
    expect(within(breadcrumb).getByText('Tỉnh Sơn La').closest('a')).toBeNull();

    const children = screen.getByRole('region', { name: /Đơn vị trực thuộc/ });
    const tk20 = await within(children).findByRole('link', { name: /Tiểu khu 20/ });
    expect(within(tk20).getByText('Dữ liệu mẫu')).toBeTruthy();
    expect(within(tk20).getByText(/Tiểu khu · 04105-TK20/)).toBeTruthy();
    expect(within(children).getByText('Tổng số: 21')).toBeTruthy();
    expect(within(children).queryByText(/Bản Cũ/)).toBeNull();

    fireEvent.click(within(children).getByRole('button', { name: 'Xem thêm' }));
    const retired = await within(children).findByRole('link', { name: /Bản Cũ/ });
    expect(within(retired).getByText('Hết hiệu lực')).toBeTruthy();
    expect(within(children).queryByRole('button', { name: 'Xem thêm' })).toBeNull();

    const calls = fakeFetch.mock.calls.map(([request]) => request);
    expect(calls.every((request) => request.headers.get('Authorization') === 'Bearer test-token')).toBe(true);
    expect(calls.some((request) => request.url.endsWith('/api/v1/units/2/children?page=1&size=20'))).toBe(true);
  });

  it('drills down to a child; the breadcrumb links back up to the user unit', async () => {
    renderAt('/units/2');
    fireEvent.click(await screen.findByRole('link', { name: /Tiểu khu 20/ }));

    expect(await screen.findByRole('heading', { level: 1, name: /Tiểu khu 20/ })).toBeTruthy();
    const breadcrumb = await screen.findByRole('navigation', { name: 'Đường dẫn đơn vị hành chính' });
    expect((await within(breadcrumb).findByRole('link', { name: 'Xã Mai Sơn' })).getAttribute('href')).toBe('/units/2');
    expect(within(breadcrumb).queryByRole('link', { name: 'Tỉnh Sơn La' })).toBeNull();
    // A hamlet is the lowest level: no list of subordinate units.
    expect(screen.queryByRole('region', { name: /Đơn vị trực thuộc/ })).toBeNull();
  });

  it('shows a problem+json failure in Vietnamese in the error banner', async () => {
    renderAt('/units/99');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không tìm thấy, hoặc nằm ngoài phạm vi quản lý của bạn.')).toBeTruthy();
    expect(within(alert).getByText('Unit 99 is outside your scope')).toBeTruthy();
    expect(screen.getByText(/Không tải được dữ liệu/)).toBeTruthy();
  });
});
