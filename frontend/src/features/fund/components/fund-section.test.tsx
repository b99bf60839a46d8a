import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { fakeApi, json, renderRoutes } from '../../../testing/render';
import type { FundEntry } from '../api/group-fund';
import { GroupFundSection } from './fund-section';

let entries: FundEntry[];
const posted: Record<string, unknown>[] = [];

const totals = () => {
  const sum = (kind: string) => entries.filter((entry) => entry.kind === kind).reduce((all, entry) => all + entry.amount!, 0);
  const [contributions, support, expenses] = [sum('CONTRIBUTION'), sum('SUPPORT'), sum('EXPENSE')];
  return { contributions, support, expenses, balance: contributions + support - expenses };
};

const api = fakeApi(async (request, url) => {
  if (url.pathname === '/api/v1/groups/5/fund' && request.method === 'GET') {
    return json({ groupId: 5, ...totals(), entries: { items: [...entries].reverse(), total: entries.length, page: 0, size: 20 } });
  }
  if (url.pathname === '/api/v1/groups/5/fund-entries' && request.method === 'POST') {
    const body = await request.json();
    posted.push(body);
    if (body.kind === 'EXPENSE' && body.amount > totals().balance) {
      return json(
        {
          type: 'urn:lgtq:problem:fund-overdrawn',
          title: 'Conflict',
          status: 409,
          detail: `Quỹ của Nhóm LGTQ số 1 chỉ còn 200.000 đồng, không đủ chi ${body.amount === 500000 ? '500.000' : body.amount} đồng.`,
        },
        409,
      );
    }
    const entry = { id: entries.length + 1, groupId: 5, recordedBy: 'group', ...body };
    entries.push(entry);
    return json(entry, 201);
  }
  return undefined;
});

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', api);
  posted.length = 0;
  entries = [{ id: 1, kind: 'CONTRIBUTION', entryOn: '2026-01-10', amount: 200_000, description: 'Các hộ đóng góp tháng 1' }];
});

afterEach(() => {
  cleanup();
  dismissError();
  vi.unstubAllGlobals();
});

/** The value of the figure card with this label, with ordinary spaces. */
const figure = (label: string) => screen.getAllByText(label).find((node) => node.tagName === 'DT')!.nextElementSibling!.textContent?.replace(/\s/g, ' ');

describe('GroupFundSection', () => {
  it('refuses an expense above the balance with a clear message, keeping what was typed; a smaller one is recorded', async () => {
    renderRoutes('/groups/5', { '/groups/:id': <GroupFundSection group={{ id: 5, foundedOn: '2016-03-15' }} canWrite /> }, ['group-leader']);
    await waitFor(() => expect(figure('Số dư')).toBe('200.000 ₫'));
    expect(screen.getByText('Các hộ đóng góp tháng 1')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ghi khoản thu chi' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Chi' }));
    fireEvent.change(screen.getByLabelText(/Số tiền/), { target: { value: '500.000' } });
    fireEvent.change(screen.getByLabelText(/Nội dung/), { target: { value: 'Mua đèn pin tuần tra' } });
    expect(screen.getByText('Lớn hơn số dư hiện có (200.000 ₫).', { normalizer: (text) => text.replace(/\s/g, ' ') })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu khoản này' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Quỹ không đủ để chi khoản này');
    expect(alert.textContent).toContain('chỉ còn 200.000 đồng, không đủ chi 500.000 đồng');
    expect(posted).toEqual([{ kind: 'EXPENSE', entryOn: expect.any(String), amount: 500_000, description: 'Mua đèn pin tuần tra' }]);
    expect((screen.getByLabelText(/Số tiền/) as HTMLInputElement).value).toBe('500.000');
    expect((screen.getByLabelText(/Nội dung/) as HTMLInputElement).value).toBe('Mua đèn pin tuần tra');
    expect(figure('Số dư')).toBe('200.000 ₫');

    fireEvent.change(screen.getByLabelText(/Số tiền/), { target: { value: '150000' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu khoản này' }));
    await screen.findByText('Đã ghi: Mua đèn pin tuần tra — 150.000 ₫.', { normalizer: (text) => text.replace(/\s/g, ' ') });
    await waitFor(() => expect(figure('Số dư')).toBe('50.000 ₫'));
    expect(figure('Đã chi')).toBe('150.000 ₫');
    const list = screen.getByRole('list', { name: 'Các khoản thu chi' });
    expect(within(list).getAllByRole('listitem')[0].textContent?.replace(/\s/g, ' ')).toContain('-150.000 ₫');
    expect((screen.getByLabelText(/Số tiền/) as HTMLInputElement).value).toBe('');
  });

  it('checks the form before sending: amount in figures, a description', async () => {
    renderRoutes('/groups/5', { '/groups/:id': <GroupFundSection group={{ id: 5, foundedOn: '2016-03-15' }} canWrite /> }, ['group-leader']);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi khoản thu chi' }));
    fireEvent.change(screen.getByLabelText(/Số tiền/), { target: { value: '1,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu khoản này' }));
    expect(await screen.findByText('Nhập số tiền bằng số, vd. 200000 hoặc 200.000.')).toBeTruthy();
    expect(screen.getByText('Hãy điền mục này.')).toBeTruthy();
    expect(posted).toEqual([]);
  });
});
