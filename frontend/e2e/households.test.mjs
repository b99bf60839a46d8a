// Groups, households and coverage through the real login page, the real API and the demo data of Tiểu khu 20
// (xã Mai Sơn): groups số 1 and số 2, each with a few households. scripts/e2e.sh starts everything.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeAll, fitsTheScreen, logIn, PHONE, withBrowser } from './browser.mjs';

const TIMEOUT = 180_000;
const GROUP_1 = 'Nhóm LGTQ số 1, Tiểu khu 20';
const GROUP_2 = 'Nhóm LGTQ số 2, Tiểu khu 20';
after(closeAll);

const groupsOfHamlet = (page) => page.getByRole('region', { name: /^Nhóm LGTQ/ });
const householdsOfGroup = (page) => page.getByRole('region', { name: /^Các hộ trong nhóm/ });
const membership = (page) => page.getByRole('region', { name: 'Nhóm của hộ' });


test('on a phone, the hamlet leader adds a household to group 1, then moves it to group 2', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, PHONE, async (page) => {
    const code = `E2E-${Date.now()}`;
    const head = `Lò Văn Thử ${code.slice(-5)}`;
    await logIn(page, 'hamlet');
    await page.getByRole('heading', { level: 1, name: /Tiểu khu 20/ }).waitFor();
    await groupsOfHamlet(page).getByRole('link', { name: new RegExp(GROUP_1) }).waitFor();
    await groupsOfHamlet(page).getByRole('link', { name: new RegExp(GROUP_2) }).waitFor();
    await fitsTheScreen(page);

    await page.getByRole('link', { name: 'Thêm hộ gia đình' }).click();
    await page.getByRole('heading', { level: 1, name: /Thêm hộ gia đình/ }).waitFor();
    await page.getByLabel('Mã hộ').fill(code);
    await page.getByLabel('Địa chỉ').fill('Số 1, đường Thử nghiệm');
    await page.getByLabel('Nhóm LGTQ', { exact: true }).selectOption({ label: GROUP_1 });
    await page.getByLabel('Họ và tên').fill(head);
    await page.getByLabel('Ngày sinh hoặc năm sinh').fill('05/03/1980');
    await page.getByLabel('Giới tính').selectOption({ label: 'Nam' });
    await fitsTheScreen(page);
    await page.getByRole('button', { name: 'Thêm hộ', exact: true }).click();

    await page.waitForURL(/\/households\/\d+$/);
    await page.getByRole('heading', { level: 1, name: `Hộ ${code} — ${head}` }).waitFor();
    await membership(page).getByText(`Đang thuộc: ${GROUP_1}`).waitFor();

    await membership(page).getByLabel('Chuyển sang nhóm').selectOption({ label: GROUP_2 });
    await membership(page).getByRole('button', { name: 'Chuyển nhóm' }).click();
    await membership(page).getByText(`Đã chuyển hộ sang ${GROUP_2}.`).waitFor();
    await membership(page).getByText(`Đang thuộc: ${GROUP_2}`).waitFor();
    // Dated history, newest first: group 2 now, group 1 before.
    const history = membership(page).getByRole('list', { name: 'Lịch sử tham gia nhóm' }).getByRole('listitem');
    assert.equal(await history.count(), 2);
    assert.match(await history.nth(0).innerText(), new RegExp(`${GROUP_2}[\\s\\S]*Hiện tại`));
    assert.match(await history.nth(1).innerText(), new RegExp(`${GROUP_1}[\\s\\S]*Từ .* đến `));
    await fitsTheScreen(page);

    // Group 2 lists the household now; group 1 no longer does.
    await history.nth(0).getByRole('link', { name: GROUP_2 }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(GROUP_2) }).waitFor();
    await householdsOfGroup(page).getByRole('link', { name: new RegExp(`${code} · ${head}`) }).waitFor();
    await fitsTheScreen(page);
    await page.goBack();
    await membership(page).getByRole('list', { name: 'Lịch sử tham gia nhóm' }).getByRole('link', { name: GROUP_1 }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(GROUP_1) }).waitFor();
    await householdsOfGroup(page).getByRole('listitem').first().waitFor();
    assert.equal(await householdsOfGroup(page).getByRole('link', { name: new RegExp(code) }).count(), 0);
  });
});

test('the commune officer sees the coverage of xã Mai Sơn and opens Tiểu khu 20 from it', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune');
    await page.getByRole('heading', { level: 1, name: /Xã Mai Sơn/ }).waitFor();
    await page.getByRole('region', { name: 'Độ phủ nhóm LGTQ' }).getByRole('progressbar').first().waitFor();
    const table = page.getByRole('region', { name: 'Độ phủ theo đơn vị trực thuộc' }).getByRole('table');
    const row = table.getByRole('row', { name: /Tiểu khu 20/ });
    await row.waitFor();
    assert.match(await row.innerText(), /%/);

    const header = table.getByRole('columnheader', { name: /^Hộ trong nhóm/ });
    assert.equal(await header.getAttribute('aria-sort'), 'none');
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');

    await row.getByRole('link', { name: 'Tiểu khu 20' }).click();
    await page.waitForURL(/\/units\/\d+$/);
    await page.getByRole('heading', { level: 1, name: /Tiểu khu 20/ }).waitFor();
    await groupsOfHamlet(page).getByRole('link', { name: new RegExp(GROUP_1) }).waitFor();
    await groupsOfHamlet(page).getByRole('link', { name: new RegExp(GROUP_2) }).waitFor();
  });
});

test('a group leader reads only their group, without personal data or write actions', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, PHONE, async (page) => {
    await logIn(page, 'group');
    await page.getByRole('heading', { level: 1, name: /Tiểu khu 20/ }).waitFor();
    await groupsOfHamlet(page).getByRole('link', { name: new RegExp(GROUP_1) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(GROUP_1) }).waitFor();
    await householdsOfGroup(page).getByText('Ẩn (dữ liệu cá nhân)').first().waitFor();
    assert.equal(await page.getByRole('button', { name: /Sửa nhóm/ }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Thêm hộ vào nhóm' }).count(), 0);
    await page.goBack();
    await groupsOfHamlet(page).getByRole('link', { name: new RegExp(GROUP_1) }).waitFor();
    assert.equal(await groupsOfHamlet(page).getByRole('link', { name: new RegExp(GROUP_2) }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Tạo nhóm' }).count(), 0);
  });
});
