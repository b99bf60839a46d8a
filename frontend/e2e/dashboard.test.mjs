// The dashboard through the real login page and API, on a desktop screen: ten years for the province, its
// cards against the API's figures, drilling down Tỉnh Sơn La › Huyện Mai Sơn › Xã Mai Sơn › Tiểu khu 20,
// the Excel report of Tiểu khu 20 against the cards, the printable report; the Ministry's officer compares the
// provinces and opens Sơn La; a group leader sees none of it.
// scripts/e2e.sh starts everything (small demo data: Tiểu khu 20 has groups số 1 and số 2).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import ExcelJS from 'exceljs';
import { closeAll, fitsTheScreen, logIn, SPA_URL, withBrowser } from './browser.mjs';

const TIMEOUT = 240_000;
const DESKTOP = { viewport: { width: 1440, height: 900 } };
after(closeAll);

/** Each card: its label on screen, the API's figure and the row of the workbook's "Tổng hợp" sheet. */
const CARDS = [
  ['Nhóm liên gia tự quản', 'groups', 'Nhóm liên gia tự quản'],
  ['Thôn, bản có nhóm', 'coveragePercent', 'Tỉ lệ thôn, bản có nhóm (%)'],
  ['Hộ tham gia nhóm', 'memberHouseholds', 'Hộ tham gia nhóm'],
  ['Tin báo về ANTT', 'tips', 'Tin báo về an ninh, trật tự'],
  ['Vụ việc, bắt giữ từ tin báo', 'arrestsOrCases', 'Vụ việc, đối tượng bị bắt giữ từ tin báo'],
  ['Tỉ lệ hòa giải thành', 'mediationSuccessPercent', 'Tỉ lệ hòa giải thành (%)'],
  ['Buổi họp nhóm', 'meetings', 'Buổi họp nhóm'],
  ['Người được giúp đỡ tái hòa nhập', 'peopleFollowed', 'Người sau cai nghiện, chấp hành án được giúp đỡ'],
  ['Nhóm xếp loại tốt trở lên', 'groupsRatedGoodPercent', 'Tỉ lệ nhóm tốt trở lên (%)'],
  ['Gia đình văn hóa', 'culturalFamiliesPercent', 'Tỉ lệ gia đình văn hóa (%)'],
  ['Xã đạt chuẩn an toàn về ANTT', 'communesMeetingStandardPercent', 'Tỉ lệ xã đạt chuẩn an toàn về ANTT (%)'],
  ['Địa bàn trọng điểm đã chuyển hóa', 'keyAreasTransformed', 'Địa bàn trọng điểm đã chuyển hóa'],
  ['Tập thể, cá nhân được khen thưởng', 'recognitions', 'Tập thể, cá nhân được khen thưởng'],
  ['Số dư quỹ nhóm', 'fundBalance', 'Quỹ nhóm: số dư cuối kỳ (đồng)'],
];

/** A number as Vietnamese writes it ("1.234", "40,5 %", "12.500.000 ₫", "2/5"), or null for "—" and "". */
function parseVi(text) {
  const first = text.trim().split('/')[0].replace(/[^\d,.-]/g, '');
  if (first === '') return null;
  return Number(first.replace(/\./g, '').replace(',', '.'));
}

const pad = (n) => String(n).padStart(2, '0');

/** The cards' numbers once the dashboard has settled (no other unit or period still loading). */
async function cardNumbers(page) {
  await page.locator('.dashboard-body[aria-busy="false"]').waitFor();
  const numbers = {};
  for (const [label, field] of CARDS) {
    const card = page.locator('.figure-card').filter({ has: page.locator('dt').getByText(label, { exact: true }) });
    numbers[field] = parseVi(await card.locator('dd').first().innerText());
  }
  return numbers;
}

async function openUnit(page, name) {
  await page.getByRole('region', { name: 'Theo đơn vị trực thuộc' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Bảng số liệu — ${name}` }).waitFor();
}

const breadcrumb = (page) => page.getByRole('navigation', { name: 'Đường dẫn đơn vị hành chính' });

test('the province reads ten years, drills down to Tiểu khu 20, downloads its report and prints it', { timeout: TIMEOUT }, async (t) => {
  const now = new Date();
  const year = now.getFullYear();
  const from = `${year - 9}-01-01`;
  const to = `${year}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

  await withBrowser(t, DESKTOP, async (page) => {
    await logIn(page, 'province');
    await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Bảng số liệu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bảng số liệu — Tỉnh Sơn La' }).waitFor();
    // The province's 75 communes on the map, whose boundaries are fetched only now.
    await page.getByRole('img', { name: /^Bản đồ các xã, phường tô màu theo/ }).waitFor();
    await page.getByText(/thanglequoc\/vietnamese-provinces-database/).waitFor();

    // Ten years: the numbers on the cards are those the API sent for that period.
    const answer = page.waitForResponse(
      (response) => response.url().includes('/api/v1/dashboard?') && response.url().includes(`from=${from}`),
    );
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: `10 năm gần nhất (${year - 9}–${year})` });
    const dashboard = await (await answer).json();
    await page.waitForURL((url) => url.searchParams.get('from') === from && url.searchParams.get('to') === to);
    await page.getByText(`Từ 01/01/${year - 9} đến ${to.split('-').reverse().join('/')}`).waitFor();
    const province = await cardNumbers(page);
    for (const [label, field] of CARDS) assert.equal(province[field], dashboard.figures[field] ?? null, label);
    await fitsTheScreen(page);

    // Down to the hamlet through the table; the breadcrumb leads back up, and so does Back.
    await openUnit(page, 'Huyện Mai Sơn');
    await openUnit(page, 'Xã Mai Sơn');
    await openUnit(page, 'Tiểu khu 20');
    assert.deepEqual(await breadcrumb(page).locator('li').allInnerTexts(), [
      'Tỉnh Sơn La', 'Huyện Mai Sơn', 'Xã Mai Sơn', 'Tiểu khu 20',
    ]);
    await breadcrumb(page).getByRole('link', { name: 'Xã Mai Sơn' }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('from'), from);
    const hamlet = await cardNumbers(page);
    assert.equal(hamlet.groups, 2);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Bảng số liệu — Xã Mai Sơn' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Bảng số liệu — Tiểu khu 20' }).waitFor();
    assert.deepEqual(await cardNumbers(page), hamlet);

    // The Excel report of the same unit and period says what the cards say.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo Excel' }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^bao-cao-lgtq-04105-TK20-${from}-${to}\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const summary = workbook.getWorksheet('Tổng hợp');
    assert.ok(summary, 'the workbook has a "Tổng hợp" sheet');
    // label | Kỳ này | Kỳ trước | Thay đổi, under the header row "Chỉ tiêu"
    const rows = new Map();
    let header = false;
    summary.eachRow((row) => {
      const label = row.getCell(1).value;
      if (header) rows.set(label, [row.getCell(2).value, row.getCell(3).value]);
      header ||= label === 'Chỉ tiêu';
    });
    for (const [label, field, rowLabel] of CARDS) {
      assert.ok(rows.has(rowLabel), `row "${rowLabel}" in the workbook`);
      assert.equal(rows.get(rowLabel)[0] ?? null, hamlet[field], `${label}: card and workbook`);
    }
    assert.equal(rows.get('Nhóm liên gia tự quản')[0], 2);

    // The printable report: no navigation, the workbook's rows in its order, with the same numbers.
    await page.getByRole('link', { name: 'Bản in' }).click();
    await page.waitForURL((next) => next.pathname === '/dashboard/print' && next.search === url.search);
    const printed = page.getByRole('table', { name: 'Tổng hợp' });
    await printed.waitFor();
    await page.getByText('Đơn vị: Tiểu khu 20').waitFor();
    await page.getByRole('button', { name: 'In / Lưu PDF' }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Mục chính' }).count(), 0);
    const lines = await printed.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())),
    );
    assert.deepEqual(lines.map(([label]) => label), [...rows.keys()]);
    for (const [label, thisPeriod, previous] of lines) {
      const [sheetNow, sheetBefore] = rows.get(label);
      assert.equal(parseVi(thisPeriod), sheetNow ?? null, `${label}: printed and workbook`);
      assert.equal(parseVi(previous), sheetBefore ?? null, `${label} (kỳ trước): printed and workbook`);
    }
    for (const [label, , rowLabel] of CARDS) {
      const line = lines.find(([l]) => l === rowLabel);
      assert.equal(parseVi(line[1]), hamlet[CARDS.find(([l]) => l === label)[1]], `${label}: printed and card`);
    }
  });
});

test('the national officer lands on the provinces compared and opens Sơn La with its own figures', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, DESKTOP, async (page) => {
    const answer = page.waitForResponse((response) => response.url().includes('/api/v1/dashboard'));
    await logIn(page, 'national');
    await page.getByRole('heading', { level: 1, name: 'Bảng số liệu — Việt Nam' }).waitFor();
    const country = await (await answer).json();
    assert.equal(country.children.length, 34);
    const nav = page.getByRole('navigation', { name: 'Mục chính' });
    assert.equal(await nav.getByRole('link', { name: 'Tin báo' }).count(), 0, 'no records of any unit');
    const sonLa = country.children.find((row) => row.unit.code === '14');

    await openUnit(page, 'Tỉnh Sơn La');
    assert.deepEqual(await breadcrumb(page).locator('li').allInnerTexts(), ['Việt Nam', 'Tỉnh Sơn La']);
    const cards = await cardNumbers(page);
    for (const [label, field] of CARDS) assert.equal(cards[field], sonLa.figures[field] ?? null, label);
  });
});

test('a group leader has no dashboard', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, DESKTOP, async (page) => {
    await logIn(page, 'group');
    const nav = page.getByRole('navigation', { name: 'Mục chính' });
    await nav.getByRole('link', { name: 'Tin báo' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Bảng số liệu' }).count(), 0);
    await page.goto(new URL('dashboard', SPA_URL).href);
    await page.getByText('Bảng số liệu dành cho cán bộ Công an và trưởng thôn, bản, tổ dân phố.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Bạn không có quyền thực hiện thao tác này.' }).waitFor();
  });
});
