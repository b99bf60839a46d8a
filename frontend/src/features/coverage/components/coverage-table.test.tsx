import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { fakeApi, json, renderRoutes } from '../../../testing/render';
import type { Coverage } from '../api/get-coverage';
import { CoverageTable } from './coverage-table';

const hamlet = (unitId: number, unitName: string, households: number, inGroup: number): Coverage => ({
  unitId, unitName, unitLevel: 'HAMLET', hamlets: 1, hamletsWithActiveGroup: inGroup > 0 ? 1 : 0,
  hamletsWithActiveGroupPercent: inGroup > 0 ? 100 : 0, households, householdsInActiveGroup: inGroup,
  householdsInActiveGroupPercent: households ? Math.round((inGroup / households) * 1000) / 10 : 0,
  groups: inGroup > 0 ? 2 : 0, peopleInMemberHouseholds: inGroup * 4,
});

const api = fakeApi((_, url) =>
  url.pathname === '/api/v1/units/2/coverage/children'
    ? json([hamlet(20, 'Tiểu khu 20', 40, 30), hamlet(19, 'Tiểu khu 19', 12, 0), hamlet(21, 'Bản Bó Ẩn', 25, 25)])
    : undefined,
);

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', api);
});

afterEach(() => {
  cleanup();
  dismissError();
  vi.unstubAllGlobals();
});

const rowNames = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent);

describe('CoverageTable', () => {
  it('lists the child units by name, each linking to its page, and sorts by a clicked column', async () => {
    renderRoutes('/units/2', { '/units/:id': <CoverageTable unitId={2} /> }, ['commune-officer']);
    const table = await screen.findByRole('table');
    expect(rowNames(table)).toEqual(['Bản Bó Ẩn', 'Tiểu khu 19', 'Tiểu khu 20']);
    expect(within(table).getByRole('link', { name: 'Tiểu khu 20' }).getAttribute('href')).toBe('/units/20');

    const nameHeader = within(table).getByRole('columnheader', { name: /Đơn vị/ });
    const households = within(table).getByRole('columnheader', { name: /^Hộ trong nhóm/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(households.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(households).getByRole('button'));
    expect(households.getAttribute('aria-sort')).toBe('descending');
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');
    // by the share of households in an active group: 100 %, 75 %, 0 %
    expect(rowNames(table)).toEqual(['Bản Bó Ẩn', 'Tiểu khu 20', 'Tiểu khu 19']);

    fireEvent.click(within(households).getByRole('button'));
    expect(households.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames(table)).toEqual(['Tiểu khu 19', 'Tiểu khu 20', 'Bản Bó Ẩn']);

    const row20 = within(table).getByRole('row', { name: /Tiểu khu 20/ });
    expect(within(row20).getByText(/75/)).toBeTruthy();
  });
});
