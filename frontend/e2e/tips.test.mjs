// Security tips through the real login page and API: a group leader's phone form, the informant reveal,
// and the whole anonymous flow — public page, the commune's inbox, a question answered with the tracking
// code, closing with one arrest, the commune's figures — and commune2 seeing none of it.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeAll, fitsTheScreen, logIn, PHONE, SPA_URL, withBrowser } from './browser.mjs';

const TIMEOUT = 240_000;
// A 1×1 PNG, as a phone's gallery might hand over (the app re-encodes it as JPEG before upload).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
after(closeAll);

const bodyText = (page) => page.locator('body').innerText();
const history = (page) => page.getByRole('list', { name: 'Diễn biến' });

const figureValue = (region, label) => region.locator('.figure-card').filter({ hasText: label }).locator('dd');

/** The number on a figure card ("Tổng số tin báo" → 3), once it has loaded. */
async function figure(region, label) {
  const value = figureValue(region, label);
  await value.filter({ hasText: /^\d/ }).waitFor();
  return Number((await value.innerText()).replace(/\D/g, ''));
}

/** Waits until the card shows the number (cards refresh by themselves). */
const figureBecomes = (region, label, number, timeout) =>
  figureValue(region, label).filter({ hasText: new RegExp(`^${number}$`) }).waitFor({ timeout });

test('on a phone, a group leader files a tip with a named informant and a photo', { timeout: TIMEOUT }, async (t) => {
  const informant = `Lò Thị Kín ${Date.now() % 100000}`;
  let tipId;
  await withBrowser(t, PHONE, async (page) => {
    await logIn(page, 'group');
    await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Tin báo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tin báo tôi đã gửi' }).waitFor();
    await page.getByRole('link', { name: 'Gửi tin báo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gửi tin báo mới' }).waitFor();
    await page.getByText('Thôn, tổ dân phố: Tiểu khu 20').waitFor();
    await fitsTheScreen(page);

    // Nothing filled in: every required field says so, nothing is sent.
    await page.getByRole('button', { name: 'Gửi tin báo' }).click();
    assert.equal(await page.getByText('Hãy điền mục này.').count(), 3);

    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Trộm cắp, cướp giật' });
    await page.getByLabel('Không rõ thời điểm').check();
    await page.getByLabel('Địa điểm cụ thể').fill('Sân nhà văn hóa Tiểu khu 20');
    await page.getByLabel('Sự việc đã thấy').fill('Hai người lạ dắt xe máy không chìa khóa ra khỏi sân lúc nửa đêm.');
    await page.getByLabel('Người cung cấp tin (ghi tên)').check();
    await page.getByLabel('Họ tên người cung cấp tin').fill(informant);
    await page.getByLabel('Cách liên lạc (điện thoại, địa chỉ)').fill('0912 345 678');
    await page.getByLabel('Ảnh (không bắt buộc)').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Bỏ ảnh anh.png' }).waitFor();
    await fitsTheScreen(page);
    await page.getByRole('button', { name: 'Gửi tin báo' }).click();

    await page.waitForURL(/\/tips\/\d+$/);
    tipId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByText('Đã gửi tin báo.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Tin báo #${tipId} · Trộm cắp, cướp giật` }).waitFor();
    await page.getByRole('img', { name: 'Ảnh 1 của tin báo' }).waitFor();
    await page.getByText('Người cung cấp tin (ghi tên)').waitFor();
    assert.doesNotMatch(await bodyText(page), new RegExp(informant));
    await fitsTheScreen(page);

    await page.getByRole('link', { name: 'Tin báo tôi đã gửi' }).click();
    await page.getByRole('link', { name: new RegExp(`Tin báo #${tipId} `) }).waitFor();
  });

  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune');
    await page.goto(new URL(`tips/${tipId}`, SPA_URL).href);
    await page.getByText('Có ghi tên người cung cấp tin (được bảo vệ).').waitFor();
    assert.doesNotMatch(await bodyText(page), new RegExp(informant));

    await page.getByRole('button', { name: 'Xem danh tính người cung cấp tin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xem danh tính người cung cấp tin' });
    await dialog.getByLabel('Lý do cần xem').fill('Cần');
    await dialog.getByRole('button', { name: 'Xem và ghi nhật ký' }).click();
    await dialog.getByText('Lý do phải có ít nhất 10 ký tự.').waitFor();
    await dialog.getByLabel('Lý do cần xem').fill('Cần gặp trực tiếp để lấy lời khai');
    await dialog.getByRole('button', { name: 'Xem và ghi nhật ký' }).click();
    await dialog.getByText('Đã ghi nhật ký lần xem này.').waitFor();
    await dialog.getByText(informant).waitFor();
    await dialog.getByText('0912 345 678').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.doesNotMatch(await bodyText(page), new RegExp(informant));
  });
});

test('an anonymous tip from the public page is answered with its code, closed with one arrest and counted', { timeout: TIMEOUT }, async (t) => {
  const description = `Có người dẫn khách qua lối mòn sang biên giới (${Date.now()}).`;
  const question = 'Bạn thấy họ đi vào giờ nào, mấy người?';
  const answer = 'Khoảng 2 giờ sáng, 3 người, có một xe máy.';
  let code;
  let tipId;

  const citizen = (fn) => withBrowser(t, PHONE, fn);

  await withBrowser(t, {}, async (officer) => {
    await logIn(officer, 'commune');
    const figures = officer.getByRole('region', { name: 'Tin báo về ANTT' });
    const totalBefore = await figure(figures, 'Tổng số tin báo');
    const arrestsBefore = await figure(figures, 'Vụ việc, đối tượng bị bắt giữ');

    await officer.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: /^Tin báo/ }).click();
    const inbox = officer.locator('dl[aria-label="Hộp tin báo"]');
    const unreadBefore = await figure(inbox, 'Chưa đọc');

    // The citizen, without an account, on a phone.
    await citizen(async (page) => {
      await page.goto(new URL('bao-tin', SPA_URL).href);
      await page.getByRole('heading', { level: 1, name: 'Báo tin về an ninh trật tự' }).waitFor();
      await page.getByLabel('Tìm xã, phường').fill('mai son');
      await page.getByLabel('Xã, phường nơi xảy ra').selectOption({ label: 'Xã Mai Sơn' });
      await page.getByLabel('Thôn, bản, tổ dân phố').selectOption({ label: 'Tiểu khu 20' });
      await page.getByLabel('Lĩnh vực').selectOption({ label: 'Xuất nhập cảnh trái phép' });
      await page.getByLabel('Sự việc đã thấy').fill(description);
      await fitsTheScreen(page);
      await page.getByRole('button', { name: 'Gửi tin báo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Đã gửi tin báo' }).waitFor();
      code = await page.getByRole('status', { name: 'Mã theo dõi của bạn' }).innerText();
      assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{3}$/);
      await fitsTheScreen(page);
    });

    // Without a reload, the inbox and the header count the new tip (they ask every 30 s).
    await figureBecomes(inbox, 'Chưa đọc', unreadBefore + 1, 45_000);
    await officer.getByRole('link', { name: `Tin báo ${unreadBefore + 1} chưa đọc` }).waitFor();

    await officer.getByLabel('Lĩnh vực').selectOption({ label: 'Xuất nhập cảnh trái phép' });
    await officer.getByLabel('Trạng thái').selectOption({ label: 'Mới' });
    await officer.getByRole('list', { name: 'Tin báo về an ninh trật tự' }).getByRole('link').first().click();
    await officer.waitForURL(/\/tips\/\d+$/);
    tipId = Number(new URL(officer.url()).pathname.split('/').pop());
    await officer.getByText(description).waitFor();
    await officer.getByText('Người dân qua trang công khai').waitFor();

    await officer.getByLabel('Hỏi người báo tin').fill(question);
    await officer.getByRole('button', { name: 'Gửi', exact: true }).click();
    await history(officer).getByText(question).waitFor();

    // The citizen comes back with the code, reads the question and answers it.
    await citizen(async (page) => {
      await page.goto(new URL('bao-tin/theo-doi', SPA_URL).href);
      await page.getByLabel('Mã theo dõi').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Xem tin báo' }).click();
      const conversation = page.getByRole('list', { name: 'Trao đổi với công an' });
      await conversation.getByText(question).waitFor();
      assert.doesNotMatch(await bodyText(page), /commune\b/);
      await page.getByLabel('Bổ sung thông tin hoặc trả lời').fill(answer);
      await page.getByRole('button', { name: 'Gửi', exact: true }).click();
      await conversation.getByText(answer).waitFor();
      await fitsTheScreen(page);
    });

    await officer.reload();
    await history(officer).getByText(answer).waitFor();

    const triage = officer.getByRole('region', { name: 'Xử lý tin báo' });
    await triage.getByRole('button', { name: 'Chuyển sang “Đang xác minh”' }).click();
    await triage.getByRole('button', { name: 'Chuyển sang “Đã xử lý”' }).click();
    await triage.getByLabel('Số vụ việc, đối tượng bị bắt giữ').fill('1');
    await triage.getByRole('button', { name: 'Lưu kết quả' }).click();
    await history(officer).getByText('Ghi kết quả xử lý').waitFor();
    await triage.getByLabel('Kết quả khi đóng').selectOption({ label: 'Đúng sự thật' });
    await triage.getByRole('button', { name: 'Đóng tin báo' }).click();
    await officer.getByText('Đã đóng · Đúng sự thật').waitFor();

    await officer.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Đơn vị' }).click();
    await figureBecomes(figures, 'Tổng số tin báo', totalBefore + 1);
    await figureBecomes(figures, 'Vụ việc, đối tượng bị bắt giữ', arrestsBefore + 1);
  });

  // The citizen sees the tip closed and can no longer write.
  await citizen(async (page) => {
    await page.goto(new URL('bao-tin/theo-doi', SPA_URL).href);
    await page.getByLabel('Mã theo dõi').fill(code);
    await page.getByRole('button', { name: 'Xem tin báo' }).click();
    await page.getByText('Tin báo đã đóng; không gửi thêm được.').waitFor();
  });

  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune2');
    await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: /^Tin báo/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Hộp tin báo' }).waitFor();
    await page.getByText(/^Tổng số: \d+$/).waitFor();
    assert.equal(await page.getByRole('link', { name: new RegExp(`Tin báo #${tipId} `) }).count(), 0);
    await page.goto(new URL(`tips/${tipId}`, SPA_URL).href);
    await page.getByText('Không tìm thấy, hoặc nằm ngoài phạm vi quản lý của bạn.').waitFor();
    assert.doesNotMatch(await bodyText(page), new RegExp(description.slice(0, 30)));
  });
});
