// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core, a fresh profile per test.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const SPA_URL = process.env.LGTQ_SPA_URL ?? 'http://localhost:5173/';
export const KEYCLOAK_URL = process.env.LGTQ_KEYCLOAK_URL ?? 'http://localhost:8180/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A cheap phone: 360 px wide, touch. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Nothing sticks out sideways: the page does not scroll horizontally. */
export async function fitsTheScreen(page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${page.url()} is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
}

const open = new Set();

/** Runs fn(page) in a new browser; on failure saves a screenshot to e2e/artifacts/; always closes the browser. */
export async function withBrowser(t, options, fn) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'lgtq-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'vi-VN',
    // Users are in Vietnam, and the server judges dates on Vietnam's calendar: between 17:00 and 24:00 UTC the
    // browser's "today" would otherwise be the day before the server's.
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  open.add(context);
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    await fn(page);
  } catch (error) {
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, `${t.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).then(
      () => console.error(`Screenshot: ${file} (at ${page.url()})`),
      () => {},
    );
    throw error;
  } finally {
    open.delete(context);
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** Closes browsers left open by a test that timed out. */
export async function closeAll() {
  await Promise.all([...open].map((context) => context.close().catch(() => {})));
}

const isLoginPage = (url) => url.href.startsWith(`${KEYCLOAK_URL}realms/lgtq/protocol/openid-connect/auth`);

/** Logs in as a person does: the SPA sends the browser to Keycloak's login page. */
export async function logIn(page, username, password = 'demo') {
  await page.goto(SPA_URL);
  await page.waitForURL(isLoginPage);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(SPA_URL));
}

export async function logOut(page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(isLoginPage);
}
