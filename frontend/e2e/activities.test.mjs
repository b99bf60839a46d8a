// Mediation and group activities through the real login page and API, on the demo data of Tiểu khu 20:
// the group leader opens a case between two households, records a session, closes it as reconciled and
// records this month's meeting from a phone; the hamlet leader's figures follow.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeAll, fitsTheScreen, logIn, PHONE, withBrowser } from './browser.mjs';

const TIMEOUT = 240_000;
const GROUP_1 = 'Nhóm LGTQ số 1, Tiểu khu 20';
after(closeAll);

const figureValue = (page, label) =>
  page.getByRole('region', { name: 'Hòa giải và hoạt động của nhóm' }).locator('.figure-card').filter({ hasText: label }).locator('dd');

/** The number on a figure card, once it has loaded. */
async function figure(page, label) {
  const value = figureValue(page, label);
  await value.filter({ hasText: /^\d/ }).waitFor();
  return Number((await value.innerText()).replace(/\D/g, ''));
}

test('on a phone, the group leader mediates between two households and records a meeting; the hamlet sees it', { timeout: TIMEOUT }, async (t) => {
  const stamp = Date.now() % 100000;
  let closedBefore;
  let meetingsBefore;
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'hamlet');
    closedBefore = await figure(page, 'Vụ việc đã kết thúc');
    meetingsBefore = await figure(page, 'Cuộc họp nhóm');
  });

  await withBrowser(t, PHONE, async (page) => {
    await logIn(page, 'group');
    await page.getByRole('link', { name: new RegExp(GROUP_1) }).first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(GROUP_1) }).waitFor();

    await page.getByRole('link', { name: 'Mở vụ hòa giải' }).click();
    await page.getByRole('heading', { level: 1, name: /Mở vụ hòa giải/ }).waitFor();
    await page.getByLabel('Loại tranh chấp').selectOption({ label: 'Mâu thuẫn hàng xóm' });
    await page.getByLabel('Nội dung vụ việc').fill(`Hai hộ tranh chấp lối đi chung (${stamp}).`);
    const add = page.getByRole('button', { name: /^Thêm hộ / });
    await add.first().click();
    await add.first().click();
    assert.equal(await page.getByRole('list', { name: 'Các bên' }).getByRole('listitem').count(), 2);
    await fitsTheScreen(page);
    await page.getByRole('button', { name: 'Mở vụ việc' }).click();

    await page.waitForURL(/\/mediation-cases\/\d+$/);
    await page.getByRole('heading', { level: 1, name: /Vụ hòa giải #\d+ · Mâu thuẫn hàng xóm/ }).waitFor();
    await page.getByText('Chưa có buổi hòa giải nào.').waitFor();

    const session = page.getByRole('form', { name: 'Ghi buổi hòa giải' });
    await session.getByLabel('Địa điểm').fill('Nhà văn hóa Tiểu khu 20');
    await session.getByLabel('Người tham dự').fill('Đại diện hai hộ, nhóm trưởng');
    await session.getByLabel('Diễn biến, ghi chép').fill('Hai bên trình bày, đồng ý mở lối đi rộng 1,5 m.');
    await session.getByRole('button', { name: 'Lưu buổi hòa giải' }).click();
    await page.getByText('Đã ghi buổi hòa giải.').waitFor();
    await page.getByRole('list', { name: 'Các buổi hòa giải' }).getByRole('listitem').first().waitFor();

    const closing = page.getByRole('form', { name: 'Kết thúc vụ việc' });
    await closing.getByLabel('Kết quả').selectOption({ label: 'Hòa giải thành' });
    await closing.getByLabel('Nội dung thỏa thuận').fill('Hai hộ cùng mở lối đi chung rộng 1,5 m trước ngày 15.');
    await fitsTheScreen(page);
    await closing.getByRole('button', { name: 'Kết thúc vụ việc' }).click();
    await page.getByText('Hai hộ cùng mở lối đi chung rộng 1,5 m trước ngày 15.').waitFor();
    await page.locator('.badge', { hasText: 'Hòa giải thành' }).first().waitFor();

    await page.getByRole('link', { name: GROUP_1 }).click();
    await page.getByRole('link', { name: 'Ghi cuộc họp' }).click();
    await page.getByRole('heading', { level: 1, name: /Ghi cuộc họp/ }).waitFor();
    const households = page.getByRole('group', { name: /Hộ dự họp/ }).getByRole('checkbox');
    const members = await households.count();
    assert.ok(members >= 2, 'the group has member households');
    await households.first().uncheck();
    await page.getByText(`${members - 1}/${members} hộ dự họp`).waitFor();
    await page.getByLabel('Nội dung họp').fill('Phổ biến phòng chống trộm cắp dịp cuối năm.');
    await fitsTheScreen(page);
    await page.getByRole('button', { name: 'Lưu cuộc họp' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(GROUP_1) }).waitFor();
    await page.getByText(`${members - 1}/${members} hộ dự họp`).first().waitFor();
    const today = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    await page.getByText(`Lần họp gần nhất: ${today}`).waitFor();
  });

  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'hamlet');
    await figureValue(page, 'Vụ việc đã kết thúc').filter({ hasText: new RegExp(`^${closedBefore + 1}$`) }).waitFor();
    await figureValue(page, 'Cuộc họp nhóm').filter({ hasText: new RegExp(`^${meetingsBefore + 1}$`) }).waitFor();
  });
});

test('the hamlet leader logs a patrol and escalates a case from a phone; the commune officer finds it in the queue', { timeout: TIMEOUT }, async (t) => {
  const stamp = Date.now() % 100000;
  const area = `Đường ven suối, cầu treo (${stamp})`;
  const description = `Tranh chấp ranh giới đất vườn (${stamp}).`;
  await withBrowser(t, PHONE, async (page) => {
    await logIn(page, 'hamlet');
    await page.getByRole('link', { name: 'Ghi buổi tuần tra' }).click();
    await page.getByRole('heading', { level: 1, name: /Ghi buổi tuần tra/ }).waitFor();
    await page.getByLabel('Người tham gia').fill('2 công an xã, 4 thành viên nhóm');
    await page.getByLabel('Khu vực').fill(area);
    await page.getByLabel('Tình hình ghi nhận').fill('Bình thường, nhắc các hộ khóa cửa.');
    await fitsTheScreen(page);
    await page.getByRole('button', { name: 'Lưu buổi tuần tra' }).click();
    await page.getByRole('list', { name: 'Các buổi tuần tra' }).getByText(area, { exact: false }).waitFor();

    await page.getByRole('link', { name: /Nhóm LGTQ số 2, Tiểu khu 20/ }).first().click();
    await page.getByRole('link', { name: 'Mở vụ hòa giải' }).click();
    await page.getByLabel('Loại tranh chấp').selectOption({ label: 'Đất đai, ranh giới' });
    await page.getByLabel('Nội dung vụ việc').fill(description);
    await page.getByRole('button', { name: /^Thêm hộ / }).first().click();
    await page.getByLabel('Người ngoài thôn, tổ: họ tên').fill('Lường Văn Ngoài');
    await page.getByLabel('Địa chỉ người ngoài').fill('Bản Nà Sản, xã Chiềng Mung');
    await page.getByRole('button', { name: 'Thêm người ngoài' }).click();
    await page.getByRole('button', { name: 'Mở vụ việc' }).click();
    await page.waitForURL(/\/mediation-cases\/\d+$/);
    const closing = page.getByRole('form', { name: 'Kết thúc vụ việc' });
    await closing.getByLabel('Kết quả').selectOption({ label: 'Chuyển cấp trên' });
    await closing.getByLabel('Chuyển đến').selectOption({ label: 'Công an xã' });
    await closing.getByRole('button', { name: 'Kết thúc vụ việc' }).click();
    await page.locator('.badge', { hasText: 'Chuyển cấp trên' }).first().waitFor();
  });

  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune');
    await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Hòa giải' }).click();
    const queue = page.getByRole('region', { name: 'Vụ việc chuyển lên xã' });
    const item = queue.getByRole('link', { name: /Đất đai, ranh giới/ }).filter({ hasText: 'Lường Văn Ngoài' }).first();
    await item.waitFor();
    assert.match(await item.innerText(), /Chuyển cấp trên → Công an xã/);
    await item.click();
    await page.getByText(description).waitFor();
    await page.getByText('Bản Nà Sản, xã Chiềng Mung').waitFor();
  });
});
