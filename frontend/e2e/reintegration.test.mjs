// Reintegration follow-up with need-to-know access, through the real login page and API: the commune officer
// opens a case, the group leader logs a visit from a phone without seeing the category or the history,
// commune2 finds nothing until breaking the glass with a reason, and the province sees that access.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeAll, fitsTheScreen, logIn, PHONE, withBrowser } from './browser.mjs';

const TIMEOUT = 240_000;
after(closeAll);

const nav = (page) => page.getByRole('navigation', { name: 'Mục chính' });
const bodyText = (page) => page.locator('body').innerText();

test('a case is seen in full by its commune, reduced by its group leader, and by commune2 only after breaking the glass', { timeout: TIMEOUT }, async (t) => {
  const stamp = String(Date.now()).slice(-8);
  const name = `Lò Văn Trở Về ${stamp}`;
  const citizenId = `0149${stamp}`;
  const history = `Cai nghiện bắt buộc tại cơ sở số 2 (${stamp}).`;
  const reason = 'Người này đang tạm trú tại phường, cần nắm tình hình để giúp đỡ';
  let caseId;

  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune');
    await nav(page).getByRole('link', { name: 'Tái hòa nhập' }).click();
    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mở hồ sơ theo dõi, giúp đỡ' }).waitFor();
    await page.getByLabel('Tìm thôn, tổ').fill('tieu khu 20');
    await page.getByLabel('Thôn, tổ dân phố').selectOption({ label: 'Tiểu khu 20' });
    await page.getByLabel('Ghi trực tiếp (chưa có trong hộ)').check();
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByLabel('Năm sinh').fill('1990');
    await page.getByLabel('Số CCCD').fill(citizenId);
    await page.getByLabel('Diện').selectOption({ label: 'Sau cai nghiện bắt buộc' });
    await page.getByLabel('Nhóm LGTQ phụ trách').selectOption({ label: 'Nhóm LGTQ số 1, Tiểu khu 20' });
    const helpers = page.getByRole('group', { name: 'Hộ giúp đỡ' }).getByRole('checkbox');
    await helpers.nth(0).check();
    await helpers.nth(1).check();
    await page.getByLabel('Tiền sử (tiền án, tình trạng sức khỏe)').fill(history);
    await page.getByRole('button', { name: 'Mở hồ sơ' }).click();

    await page.waitForURL(/\/reintegration-cases\/\d+$/);
    caseId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Sau cai nghiện bắt buộc').waitFor();
    await page.getByText(history).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Hộ giúp đỡ' }).getByRole('listitem').count(), 2);
  });

  await withBrowser(t, PHONE, async (page) => {
    await logIn(page, 'group');
    await nav(page).getByRole('link', { name: 'Tái hòa nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Người cần thăm tiếp theo' }).waitFor();
    await page.getByRole('link', { name: new RegExp(name) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(/Bạn xem bản rút gọn/).waitFor();
    const text = await bodyText(page);
    assert.doesNotMatch(text, /Sau cai nghiện|Tiền sử/);
    assert.ok(!text.includes(history) && !text.includes(citizenId) && !text.includes('1990'), text);

    const form = page.getByRole('form', { name: 'Ghi lần thăm, liên hệ' });
    await form.getByLabel('Ghi chú').fill('Đã gặp, đang làm phụ hồ.');
    await fitsTheScreen(page);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi lần liên hệ.').waitFor();
    await page.getByRole('list', { name: 'Các lần liên hệ' }).getByText(/Đến nhà · Đã gặp/).waitFor();
    await fitsTheScreen(page);
  });

  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune2');
    await nav(page).getByRole('link', { name: 'Tái hòa nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Giúp đỡ người tái hòa nhập cộng đồng' }).waitFor();
    await page.getByLabel('Chỉ người quá hạn liên hệ').waitFor();
    await page.waitForLoadState('networkidle');
    assert.doesNotMatch(await bodyText(page), new RegExp(name));

    await page.getByRole('button', { name: 'Truy cập khẩn cấp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Truy cập khẩn cấp hồ sơ ngoài phạm vi' });
    await dialog.getByLabel('Số CCCD của người cần tra').fill(citizenId);
    await dialog.getByLabel('Lý do').fill('Cần');
    await dialog.getByRole('button', { name: 'Tra cứu và ghi nhật ký' }).click();
    await dialog.getByText('Lý do phải có ít nhất 10 ký tự.').waitFor();
    await dialog.getByLabel('Lý do').fill(reason);
    await dialog.getByRole('button', { name: 'Tra cứu và ghi nhật ký' }).click();
    await dialog.getByRole('link', { name: `Hồ sơ #${caseId}` }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(history).waitFor();
  });

  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'province');
    await nav(page).getByRole('link', { name: 'Tái hòa nhập' }).click();
    const accesses = page.getByRole('list', { name: 'Các lần truy cập khẩn cấp' });
    const line = accesses.getByRole('listitem').filter({ hasText: `commune2 · hồ sơ #${caseId}` });
    await line.waitFor();
    assert.match(await line.innerText(), new RegExp(reason));
  });
});
