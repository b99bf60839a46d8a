// End-to-end tests against the running system (SPA 5173, Keycloak 8180, backend 8080 with demo data).
// scripts/e2e.sh starts all of it; run alone with `npm run e2e` when `make run` is up.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeAll, logIn, logOut, withBrowser } from './browser.mjs';

const TIMEOUT = 180_000;
after(closeAll);

const children = (page) => page.getByRole('region', { name: /Đơn vị trực thuộc/ });

async function bodyText(page) {
  return page.locator('body').innerText();
}

test('a commune officer sees only their commune and can search and browse it', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune');
    await page.getByRole('banner').getByText('Xã Mai Sơn').waitFor();
    await children(page).getByRole('link', { name: /Tiểu khu 20/ }).waitFor();
    await page.getByRole('banner').getByText('Cán bộ Công an xã').waitFor();
    assert.doesNotMatch(await bodyText(page), /Tổ dân phố 1\b/);

    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
    const results = page.getByRole('region', { name: 'Kết quả tìm kiếm' });
    await search.fill('tieu khu');
    await results.getByRole('link', { name: /Tiểu khu 20/ }).waitFor();
    await search.fill('to dan pho');
    await results.getByText(/Không tìm thấy đơn vị nào/).waitFor();
    assert.doesNotMatch(await bodyText(page), /Tổ dân phố 1\b/);
    await results.getByRole('button', { name: 'Xóa tìm kiếm' }).click();

    await children(page).getByRole('link', { name: /Tiểu khu 20/ }).click();
    await page.waitForURL(/\/units\/\d+$/);
    await page.getByRole('heading', { level: 1, name: /Tiểu khu 20/ }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Xã Mai Sơn' }).waitFor();

    // A deep link survives the round trip through Keycloak on reload.
    const deepLink = page.url();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Tiểu khu 20/ }).waitFor();
    assert.equal(page.url(), deepLink);

    await logOut(page);

    await logIn(page, 'commune2');
    await page.getByRole('banner').getByText('Phường Tô Hiệu').waitFor();
    await children(page).getByRole('link', { name: /Tổ dân phố 1/ }).waitFor();
    assert.doesNotMatch(await bodyText(page), /Tiểu khu 20/);
  });
});

test('the language choice switches the texts and is remembered', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'commune2');
    await page.getByRole('heading', { name: /Đơn vị trực thuộc/ }).waitFor();
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await page.getByRole('heading', { name: /Subordinate units/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });
});

test('at 360 px the page fits the screen without horizontal scrolling', { timeout: TIMEOUT }, async (t) => {
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
  await withBrowser(t, phone, async (page) => {
    await logIn(page, 'commune');
    await children(page).getByRole('link', { name: /Tiểu khu 20/ }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('tieu khu');
    await page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('link', { name: /Tiểu khu 20/ }).waitFor();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
  });
});

test('the province officer sees the whole province and nothing of other provinces', { timeout: TIMEOUT }, async (t) => {
  await withBrowser(t, {}, async (page) => {
    await logIn(page, 'province');
    await page.getByRole('banner').getByText('Tỉnh Sơn La').waitFor();
    // The 75 communes since the 2025 reform, paged.
    await children(page).getByText('Tổng số: 75').waitFor();
    await children(page).getByRole('link', { name: /Phường Tô Hiệu/ }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
    const results = page.getByRole('region', { name: 'Kết quả tìm kiếm' });
    await search.fill('tieu khu 20');
    await results.getByRole('link', { name: /Tiểu khu 20/ }).waitFor();
    await search.fill('ha noi');
    await results.getByText(/Không tìm thấy đơn vị nào/).waitFor();
  });
});
