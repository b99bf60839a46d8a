import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { fakeApi, json, renderRoutes } from '../../../testing/render';
import type { ImportJob } from '../api/create-household-import';
import { HouseholdImportPage } from './household-import-page';

const job = (more: Partial<ImportJob>): ImportJob => ({
  id: 'abc', hamletId: 20, fileName: 'ho-gia-dinh.csv', status: 'IMPORTING', totalRows: 200, processedRows: 0,
  householdsCreated: 0, householdsUpdated: 0, peopleImported: 0, errorCount: 0, errors: [], createdAt: '2025-10-15T08:00:00Z',
  ...more,
});

let answers: ImportJob[];
const api = fakeApi((_, url) =>
  url.pathname === '/api/v1/household-imports/abc' ? json(answers.length > 1 ? answers.shift() : answers[0]) : undefined,
);

const renderPage = () =>
  renderRoutes('/units/20/household-imports?job=abc', {
    '/units/:id/household-imports': <HouseholdImportPage hamletId={20} hamletName="Tiểu khu 20" />,
  });

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', api);
});

afterEach(() => {
  cleanup();
  dismissError();
  vi.unstubAllGlobals();
});

describe('HouseholdImportPage', () => {
  it('follows the job every second: progress while it runs, then the counts', async () => {
    answers = [
      job({ processedRows: 50 }),
      job({ status: 'DONE', processedRows: 200, householdsCreated: 48, householdsUpdated: 2, peopleImported: 200 }),
    ];
    renderPage();
    const progress = await screen.findByRole('progressbar', { name: 'Đang nhập dữ liệu' });
    expect(progress.getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByText('50 / 200 dòng (25%)')).toBeTruthy();

    expect(await screen.findByText('Đã nhập xong.', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const created = screen.getByText('Hộ mới').closest('div')!;
    expect(within(created).getByText('48')).toBeTruthy();
    expect(within(screen.getByText('Nhân khẩu đã nhập').closest('div')!).getByText('200')).toBeTruthy();
  });

  it('shows the bad rows of a rejected file and offers to upload the fixed one', async () => {
    answers = [
      job({
        status: 'REJECTED', errorCount: 2,
        errors: [
          { row: 4, column: 'Số CCCD', message: 'Số CCCD phải gồm đúng 12 chữ số.' },
          { row: 9, column: 'Quan hệ với chủ hộ', message: 'Không hiểu “Chồng”.' },
        ],
      }),
    ];
    renderPage();
    const table = await screen.findByRole('table', { name: 'Các lỗi trong tệp' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['4Số CCCDSố CCCD phải gồm đúng 12 chữ số.', '9Quan hệ với chủ hộKhông hiểu “Chồng”.']);
    expect(screen.getByText(/Tệp có 2 lỗi; chưa có dữ liệu nào được nhập/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải lên tệp đã sửa' })).toBeTruthy();
  });
});
