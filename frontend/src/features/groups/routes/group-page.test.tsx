import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { fakeApi, json, renderRoutes } from '../../../testing/render';
import type { GroupDetail } from '../api/get-group';
import { GroupPage } from './group-page';

let group: GroupDetail;
const puts: Record<string, unknown>[] = [];
let answerPut: (body: Record<string, unknown>) => Response;

const api = fakeApi(
  async (request, url) => {
    if (url.pathname !== '/api/v1/groups/5') return undefined;
    if (request.method === 'PUT') {
      const body = await request.json();
      puts.push(body);
      return answerPut(body);
    }
    return json(group);
  },
  (_, url) => {
    const id = Number(url.pathname.match(/^\/api\/v1\/households\/(\d+)$/)?.[1]);
    if (!id) return undefined;
    const people = id === 31
      ? [{ id: 310, fullName: 'Lò Văn Minh', relation: 'HEAD' }, { id: 311, fullName: 'Cà Thị Hoa', relation: 'SPOUSE' }]
      : [{ id: 320, fullName: 'Quàng Văn Tám', relation: 'HEAD' }];
    return json({ id, code: `HK-${id}`, people });
  },
);

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', api);
  puts.length = 0;
  group = {
    id: 5, hamletId: 20, hamletName: 'Tiểu khu 20', number: 1, name: 'Nhóm LGTQ số 1, Tiểu khu 20', status: 'ACTIVE',
    leader: null as never, deputy: undefined, householdCount: 2, peopleCount: 3, version: 3,
    warnings: [{ code: 'group-size-below-range', message: 'Nhóm có 2 hộ, ít hơn 5 hộ.' }],
    households: [
      { id: 31, code: 'HK-31', headName: 'Lò Văn Minh', phone: null as never, personalDataHidden: true, peopleCount: 2 },
      { id: 32, code: 'HK-32', headName: 'Quàng Văn Tám', phone: '0912345678', peopleCount: 1 },
    ],
  };
});

afterEach(() => {
  cleanup();
  dismissError();
  vi.unstubAllGlobals();
});

const renderGroup = (roles?: string[]) => renderRoutes('/groups/5', { '/groups/:id': <GroupPage groupId={5} /> }, roles);

describe('GroupPage', () => {
  it('shows the group, its size warning and its households; personal data hidden says so', async () => {
    renderGroup();
    expect(await screen.findByRole('heading', { level: 1, name: /Nhóm LGTQ số 1, Tiểu khu 20/ })).toBeTruthy();
    expect(screen.getByText('Ít hộ hơn quy định')).toBeTruthy();
    expect(screen.getByText(/Nhóm có 2 hộ, ít hơn 5 hộ/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /HK-31 · Lò Văn Minh/ }).getAttribute('href')).toBe('/households/31');
    expect(screen.getByText('Ẩn (dữ liệu cá nhân)')).toBeTruthy();
    expect(screen.getByRole('link', { name: /HK-32/ }).textContent).toMatch(/0912345678/);
  });

  it('lets the hamlet leader choose the leader among the members, and shows the server refusing one', async () => {
    answerPut = () =>
      json({
        type: 'urn:lgtq:problem:validation', title: 'Bad Request', status: 400, detail: 'Dữ liệu gửi lên không hợp lệ.',
        errors: [{ field: 'deputyPersonId', message: 'Nhóm phó phải là người của một hộ đang trong nhóm.' }],
      }, 400);
    renderGroup();
    fireEvent.click(await screen.findByRole('button', { name: /chọn nhóm trưởng/ }));
    const leader = screen.getByLabelText('Nhóm trưởng') as HTMLSelectElement;
    await screen.findAllByRole('option', { name: /Cà Thị Hoa \(hộ HK-31\)/ });
    fireEvent.change(leader, { target: { value: '311' } });
    fireEvent.change(screen.getByLabelText('Nhóm phó'), { target: { value: '320' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Nhóm phó phải là người của một hộ đang trong nhóm.')).toBeTruthy();
    expect(screen.getByLabelText('Nhóm phó').getAttribute('aria-invalid')).toBe('true');
    expect(puts[0]).toMatchObject({ number: 1, name: 'Nhóm LGTQ số 1, Tiểu khu 20', status: 'ACTIVE', leaderPersonId: 311, deputyPersonId: 320, version: 3 });
  });

  it('reloads the group when someone else saved it meanwhile, and says so', async () => {
    answerPut = () => {
      group = { ...group, name: 'Nhóm Bản Mới', version: 4 };
      return json({ type: 'urn:lgtq:problem:stale-version', title: 'Conflict', status: 409, detail: 'Bản ghi đã được người khác thay đổi.' }, 409);
    };
    renderGroup();
    fireEvent.click(await screen.findByRole('button', { name: /chọn nhóm trưởng/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(/vừa được người khác thay đổi/)).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText(/Tên nhóm/) as HTMLInputElement).value).toBe('Nhóm Bản Mới'));
  });

  it('is read-only for a group leader', async () => {
    renderGroup(['group-leader']);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: /chọn nhóm trưởng/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Thêm hộ vào nhóm' })).toBeNull();
  });
});
