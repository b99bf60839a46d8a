import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useParams } from 'react-router';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { fakeApi, json, renderRoutes } from '../../../testing/render';
import { HouseholdCreatePage } from './household-create-page';

const groups = {
  items: [
    { id: 1, hamletId: 20, number: 1, name: 'Nhóm LGTQ số 1, Tiểu khu 20', status: 'ACTIVE' },
    { id: 2, hamletId: 20, number: 2, name: 'Nhóm LGTQ số 2, Tiểu khu 20', status: 'ACTIVE' },
  ],
  total: 2, page: 0, size: 200,
};

const sent: unknown[] = [];
let answer: () => Response;

const api = fakeApi(
  (_, url) => (url.pathname === '/api/v1/groups' ? json(groups) : undefined),
  async (request, url) => {
    if (url.pathname !== '/api/v1/households' || request.method !== 'POST') return undefined;
    sent.push(await request.json());
    return answer();
  },
);

function HouseholdShown() {
  return <p>household {useParams().id}</p>;
}

const renderPage = () =>
  renderRoutes('/units/20/households/new?groupId=2', {
    '/units/:id/households/new': <HouseholdCreatePage hamletId={20} hamletName="Tiểu khu 20" />,
    '/households/:id': <HouseholdShown />,
  });

const input = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;

/** The message tied to a control by aria-describedby. */
const messageOf = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', api);
  sent.length = 0;
});

afterEach(() => {
  cleanup();
  dismissError();
  vi.unstubAllGlobals();
});

describe('HouseholdCreatePage', () => {
  it('sends the household with its head, in the group it was opened from', async () => {
    answer = () => json({ id: 77, code: 'HK-9' }, 201);
    renderPage();
    expect(((await screen.findByLabelText(/Nhóm LGTQ/)) as HTMLSelectElement).value).toBe('2');

    fireEvent.change(input(/Mã hộ/), { target: { value: 'HK-9' } });
    fireEvent.change(input(/Số điện thoại/), { target: { value: '+84 912 345 678' } });
    expect(screen.getByText('Sẽ được lưu là 0912345678.')).toBeTruthy();
    fireEvent.change(input(/Họ và tên/), { target: { value: 'Lò Văn Minh' } });
    fireEvent.change(input(/Ngày sinh/), { target: { value: '05/03/1980' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm hộ' }));

    expect(await screen.findByText('household 77')).toBeTruthy();
    expect(sent).toEqual([
      {
        hamletId: 20, code: 'HK-9', phone: '+84 912 345 678', groupId: 2,
        people: [{ fullName: 'Lò Văn Minh', birthDate: '1980-03-05', relation: 'HEAD' }],
      },
    ]);
  });

  it('shows the server\'s field errors next to the fields, and a duplicate code next to the code', async () => {
    answer = () =>
      json({
        type: 'urn:lgtq:problem:validation', title: 'Bad Request', status: 400, detail: 'Dữ liệu gửi lên không hợp lệ.',
        errors: [
          { field: 'people[0].citizenId', message: 'Ba số đầu của số CCCD không phải mã tỉnh hợp lệ.' },
          { field: 'phone', message: 'Số điện thoại không hợp lệ.' },
        ],
      }, 400);
    renderPage();
    await screen.findByLabelText(/Nhóm LGTQ/);
    fireEvent.change(input(/Mã hộ/), { target: { value: 'HK-9' } });
    fireEvent.change(input(/Họ và tên/), { target: { value: 'Lò Văn Minh' } });
    fireEvent.change(input(/Số CCCD/), { target: { value: '999180000001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm hộ' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Dữ liệu gửi lên không hợp lệ.')).toBeTruthy();
    expect(input(/Số CCCD/).getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(input(/Số CCCD/))).toContain('Ba số đầu của số CCCD không phải mã tỉnh hợp lệ.');
    expect(messageOf(input(/Số điện thoại/))).toContain('Số điện thoại không hợp lệ.');
    // The form shows the failure itself: no second copy in the error banner.
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    answer = () =>
      json({ type: 'urn:lgtq:problem:duplicate-household-code', title: 'Conflict', status: 409, detail: 'Mã hộ HK-9 đã có.' }, 409);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm hộ' }));
    expect(await screen.findByText('Dữ liệu đã bị người khác thay đổi hoặc bị trùng mã.')).toBeTruthy();
    expect(messageOf(input(/Mã hộ/))).toContain('Mã hộ HK-9 đã có.');
  });

  it('does not send a birth date it cannot read', async () => {
    answer = () => json({ id: 1 }, 201);
    renderPage();
    await screen.findByLabelText(/Nhóm LGTQ/);
    fireEvent.change(input(/Mã hộ/), { target: { value: 'HK-9' } });
    fireEvent.change(input(/Họ và tên/), { target: { value: 'Lò Văn Minh' } });
    fireEvent.change(input(/Ngày sinh/), { target: { value: '31/02/1980' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm hộ' }));
    expect(messageOf(input(/Ngày sinh/))).toMatch(/dd\/mm\/yyyy/);
    expect(sent).toEqual([]);
  });
});
