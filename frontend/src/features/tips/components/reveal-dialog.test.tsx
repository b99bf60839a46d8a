import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { fakeApi, json, renderRoutes } from '../../../testing/render';
import { RevealDialog } from './reveal-dialog';

const reasons: string[] = [];
let answer: () => Response;

const api = fakeApi(async (request, url) => {
  if (url.pathname !== '/api/v1/tips/7/informant-reveal' || request.method !== 'POST') return undefined;
  reasons.push(((await request.json()) as { reason: string }).reason);
  return answer();
});

const renderDialog = (onClose = vi.fn()) => {
  renderRoutes('/tips/7', { '/tips/:id': <RevealDialog tipId={7} onClose={onClose} /> }, ['commune-officer']);
  return onClose;
};
const reason = () => screen.getByLabelText(/Lý do cần xem/);
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Xem và ghi nhật ký', hidden: true }));

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', api);
  reasons.length = 0;
  answer = () => json({ name: 'Lò Thị Kín', contact: '0912 345 678' });
});

afterEach(() => {
  cleanup();
  dismissError();
  vi.unstubAllGlobals();
});

describe('RevealDialog', () => {
  it('asks for a reason of at least 10 characters before asking the server', async () => {
    renderDialog();
    fireEvent.change(reason(), { target: { value: '  ngắn  ' } });
    submit();
    expect(await screen.findByText('Lý do phải có ít nhất 10 ký tự.')).toBeTruthy();
    expect(reasons).toEqual([]);
  });

  it('sends the reason and shows the identity once the look is recorded', async () => {
    const onClose = renderDialog();
    fireEvent.change(reason(), { target: { value: ' Cần gặp để lấy lời khai ' } });
    submit();
    expect(await screen.findByText('Lò Thị Kín')).toBeTruthy();
    expect(screen.getByText('0912 345 678')).toBeTruthy();
    expect(screen.getByText('Đã ghi nhật ký lần xem này.')).toBeTruthy();
    expect(reasons).toEqual(['Cần gặp để lấy lời khai']);
    fireEvent.click(screen.getByRole('button', { name: 'Đóng', hidden: true }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the server refusal in the dialog, without any identity', async () => {
    answer = () =>
      json({ type: 'urn:lgtq:problem:forbidden', title: 'Forbidden', status: 403, detail: 'Tin báo này do đơn vị khác xử lý.' }, 403);
    renderDialog();
    fireEvent.change(reason(), { target: { value: 'Cần gặp để lấy lời khai' } });
    submit();
    expect(await screen.findByText('Tin báo này do đơn vị khác xử lý.')).toBeTruthy();
    expect(screen.queryByText('Lò Thị Kín')).toBeNull();
  });
});
