// Yearly evaluations and registers through the real login page and API, on the demo data of Tiểu khu 20 (xã Mai Sơn):
// the commune officer rates a group, the group leader keeps the group's fund from a phone (an overdraft is refused),
// the hamlet leader ticks the cultural families from a phone, the district officer records xã Mai Sơn's safety standard.
// LGTQ_E2E_SCREENSHOTS=1 keeps a screenshot of each step's page in e2e/artifacts/.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { closeAll, fitsTheScreen, logIn, PHONE, withBrowser } from './browser.mjs';

const TIMEOUT = 180_000;
const GROUP_1 = 'Nhóm LGTQ số 1, Tiểu khu 20';
const YEAR = new Date().getFullYear();
after(closeAll);

/** With LGTQ_E2E_SCREENSHOTS set: a picture of the element (a section, a dialog), to look at after the run. */
async function keep(locator, name) {
  if (!process.env.LGTQ_E2E_SCREENSHOTS) return;
  const folder = fileURLToPath(new URL('./artifacts/', import.meta.url));
  await mkdir(folder, { recursive: true });
  await locator.screenshot({ path: `${folder}registers-${name}.png` });
}

/** The figure card with this label inside a region, once it shows a number. */
function figure(region, label) {
  return region.locator('.figure-card').filter({ has: region.page().getByText(label, { exact: true }) }).locator('dd');
}

/** The whole number a figure card shows ("1.250.000 ₫" → 1250000). */
async function amount(locator) {
  await locator.filter({ hasText: /\d/ }).waitFor();
  return Number((await locator.innerText()).replace(/[^\d-]/g, ''));
}

/** Pages through the region's list ("Xem thêm") until the wanted element is there. */
async function showUntil(region, wanted) {
  const rows = region.getByRole('listitem');
  const more = region.getByRole('button', { name: 'Xem thêm' });
  await rows.first().waitFor();
  while (!(await wanted.count()) && (await more.count())) {
    const shown = await rows.count();
    await more.click();
    for (let tries = 0; tries < 100 && (await rows.count()) === shown; tries++) await region.page().waitForTimeout(100);
  }
}

test('the commune officer rates group số 1 "Tốt" for this year from the commune page', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune');
    const ratings = page.getByRole('region', { name: 'Xếp loại nhóm' });
    await ratings.getByRole('combobox', { name: 'Năm' }).waitFor();
    assert.equal(await ratings.getByRole('combobox', { name: 'Năm' }).inputValue(), String(YEAR));
    const rate = ratings.getByRole('button', { name: new RegExp(`^(Xếp loại|Sửa xếp loại) ${GROUP_1}$`) });
    await showUntil(ratings, rate);
    await rate.click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Tốt' }).check();
    for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
    await dialog.getByRole('checkbox', { name: 'Họp nhóm định kỳ' }).check();
    await dialog.getByRole('checkbox', { name: 'Tham gia tuần tra' }).check();
    await dialog.getByText('Đạt 2/6 tiêu chí').waitFor();
    await keep(dialog, 'rating-dialog');
    await dialog.getByRole('button', { name: 'Lưu xếp loại' }).click();

    await ratings.getByText(`Đã xếp loại ${GROUP_1} năm ${YEAR}: Tốt.`).waitFor();
    const row = ratings.getByRole('listitem').filter({ hasText: GROUP_1 });
    await row.locator('.badge', { hasText: 'Tốt' }).waitFor();
    await row.getByText('Đạt 2/6 tiêu chí').waitFor();
    assert.ok((await amount(figure(ratings, 'Đã xếp loại'))) >= 1);

    await row.getByRole('link', { name: GROUP_1 }).click();
    const history = page.getByRole('list', { name: 'Xếp loại theo năm' });
    const thisYear = history.getByRole('listitem').filter({ hasText: `Năm ${YEAR}` });
    await thisYear.locator('.badge', { hasText: 'Tốt' }).waitFor();
    assert.match(await thisYear.innerText(), /Họp nhóm định kỳ, Tham gia tuần tra/);
  });
});

test('the commune officer lists a key area, records its transformation and recognises group số 1', { timeout: TIMEOUT }, async (t) => {
  const stamp = Date.now() % 100000;
  const area = `Khu vực bến xe cũ (${stamp})`;
  const reason = `Phát hiện, tố giác 3 vụ trộm cắp (${stamp})`;
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const shown = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(today);
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune');
    const areas = page.getByRole('region', { name: 'Địa bàn trọng điểm' });
    await areas.getByRole('button', { name: 'Thêm địa bàn trọng điểm' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên địa bàn').fill(area);
    await dialog.getByLabel('Tính chất phức tạp').fill('Tụ điểm mua bán, sử dụng ma túy');
    await dialog.getByRole('button', { name: 'Lưu địa bàn' }).click();
    const item = areas.getByRole('listitem').filter({ hasText: area });
    await item.getByText('Chưa chuyển hóa').waitFor();

    await item.getByRole('button', { name: `Sửa ${area}` }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày công nhận chuyển hóa').fill(iso);
    await dialog.getByRole('button', { name: 'Lưu địa bàn' }).click();
    await item.getByText(`Đã chuyển hóa ngày ${shown}`).waitFor();
    await areas.getByText(/^Đã chuyển hóa \d+\/\d+ địa bàn$/).waitFor();

    const recognitions = page.getByRole('region', { name: 'Khen thưởng' });
    await recognitions.getByRole('button', { name: 'Ghi khen thưởng' }).click();
    dialog = page.getByRole('dialog');
    assert.equal(await dialog.getByLabel('Cấp khen thưởng').inputValue(), 'COMMUNE');
    await dialog.getByLabel('Nhóm được khen').selectOption({ label: GROUP_1 });
    await dialog.getByLabel('Thành tích').fill(reason);
    await dialog.getByRole('button', { name: 'Lưu khen thưởng' }).click();
    const recognition = recognitions.getByRole('listitem').filter({ hasText: reason });
    await recognition.getByText(GROUP_1).waitFor();
    await recognition.getByText('Cấp xã').waitFor();
    await keep(areas, 'key-areas');
  });
});

test('on a phone, the group leader records a contribution; an expense above the balance is refused and nothing changes', { timeout: TIMEOUT }, async (t) => {
  const stamp = Date.now() % 100000;
  await withBrowser(t, PHONE, async (page) => {
    await logIn(page, 'group');
    await page.getByRole('link', { name: new RegExp(GROUP_1) }).first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(GROUP_1) }).waitFor();
    const fund = page.getByRole('region', { name: 'Quỹ nhóm' });
    const balance = figure(fund, 'Số dư');
    const before = await amount(balance);

    await fund.getByRole('button', { name: 'Ghi khoản thu chi' }).click();
    const form = fund.getByRole('form', { name: 'Ghi khoản thu chi' });
    assert.ok(await form.getByRole('radio', { name: 'Đóng góp' }).isChecked());
    await form.getByLabel('Số tiền (đồng)').fill('200.000');
    await form.getByLabel('Nội dung').fill(`Các hộ đóng góp quỹ (${stamp})`);
    await form.getByLabel('Người, đơn vị đóng góp hoặc hỗ trợ').fill('6 hộ của nhóm');
    await fitsTheScreen(page);
    await form.getByRole('button', { name: 'Lưu khoản này' }).click();
    await fund.getByText(`Đã ghi: Các hộ đóng góp quỹ (${stamp})`, { exact: false }).waitFor();
    await balance.filter({ hasText: new Intl.NumberFormat('vi-VN').format(before + 200_000) }).waitFor();
    await fund.getByRole('list', { name: 'Các khoản thu chi' }).getByRole('listitem').first().getByText(`Các hộ đóng góp quỹ (${stamp})`).waitFor();

    const tooMuch = new Intl.NumberFormat('vi-VN').format(before + 200_000 + 1_000_000);
    await form.getByRole('radio', { name: 'Chi', exact: true }).check();
    await form.getByLabel('Số tiền (đồng)').fill(tooMuch);
    await form.getByLabel('Nội dung').fill(`Mua loa cầm tay (${stamp})`);
    await form.getByRole('button', { name: 'Lưu khoản này' }).click();
    const refusal = form.getByRole('alert');
    await refusal.getByText('Quỹ không đủ để chi khoản này').waitFor();
    assert.match(await refusal.innerText(), /không đủ chi/);
    assert.equal(await form.getByLabel('Số tiền (đồng)').inputValue(), tooMuch);
    assert.equal(await form.getByLabel('Nội dung').inputValue(), `Mua loa cầm tay (${stamp})`);
    assert.equal(await amount(balance), before + 200_000);
    assert.equal(await fund.getByText(`Mua loa cầm tay (${stamp})`).count(), 0);
    await fitsTheScreen(page);
    await keep(fund, 'fund-overdrawn-phone');
  });
});

test('on a phone, the hamlet leader ticks the cultural families of Tiểu khu 20 and sees the rate', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, PHONE, async (page) => {
    await logIn(page, 'hamlet');
    const cultural = page.getByRole('region', { name: 'Gia đình văn hóa' });
    const households = await amount(figure(cultural, 'Số hộ'));
    assert.ok(households >= 11, 'the demo hamlet has households');

    await cultural.getByRole('button', { name: 'Đánh dấu tất cả', exact: true }).click();
    await cultural.getByText(`Đang đánh dấu ${households}/${households} hộ`, { exact: false }).waitFor();
    await cultural.getByRole('checkbox', { name: /^TK20-001 · / }).uncheck();
    await fitsTheScreen(page);
    await cultural.getByRole('button', { name: /^Lưu đánh giá/ }).click();
    await cultural.getByText(/^Đã lưu đánh giá của \d+ hộ\.$/).waitFor();

    await figure(cultural, 'Đã đánh giá').filter({ hasText: new RegExp(`^${households}$`) }).waitFor();
    await figure(cultural, 'Đạt gia đình văn hóa').filter({ hasText: new RegExp(`^${households - 1}$`) }).waitFor();
    const rate = Number((await figure(cultural, 'Tỷ lệ đạt').innerText()).replace(/[^\d,]/g, '').replace(',', '.'));
    assert.equal(rate, Math.round(((households - 1) / households) * 1000) / 10);
    assert.equal(await cultural.getByRole('checkbox', { name: /^TK20-001 · / }).isChecked(), false);
    assert.ok(await cultural.getByRole('checkbox', { name: /^TK20-002 · / }).isChecked());
    await cultural.getByRole('button', { name: 'Không có gì thay đổi' }).waitFor();
    await keep(cultural, 'cultural-families-phone');
  });
});

test('the district officer records that xã Mai Sơn met the safety standard this year', { timeout: TIMEOUT }, async (t) => {
  const decision = `${Date.now() % 1000}/QĐ-UBND`;
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'district');
    const safety = page.getByRole('region', { name: 'Chuẩn an toàn về ANTT' });
    const record = safety.getByRole('button', { name: /^(Ghi quyết định cho|Sửa quyết định của) Xã Mai Sơn$/ });
    await showUntil(safety, record);
    await record.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Đạt chuẩn' }).check();
    await dialog.getByLabel('Số quyết định').fill(decision);
    await dialog.getByLabel('Ghi chú').fill('Công nhận theo đề nghị của Công an xã.');
    await dialog.getByRole('button', { name: 'Lưu quyết định' }).click();

    await safety.getByText(`Đã ghi quyết định của Xã Mai Sơn năm ${YEAR}.`).waitFor();
    const row = safety.getByRole('listitem').filter({ hasText: 'Xã Mai Sơn' });
    await row.getByText(`Quyết định số ${decision} ngày`, { exact: false }).waitFor();
    await row.locator('.badge', { hasText: 'Đạt chuẩn' }).waitFor();
    assert.ok((await amount(figure(safety, 'Đạt chuẩn'))) >= 1);
    await keep(safety, 'safety-standard');
  });
});
