/**
 * The real task pane page in a browser that lacks ES2017 (as Internet Explorer 11, which hosts add-ins in
 * Excel 2016 volume-licence builds): a plain message instead of a blank pane. office.js is answered locally.
 */
import { startSession, type Session } from './browser';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

async function openTaskpane(simulateLegacy: boolean) {
  const page = await session.context.newPage();
  // No request may leave the machine: office.js is stubbed with a page that never initialises Office.
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function () {} };' }));
  if (simulateLegacy) await page.addInitScript(() => delete (Array.prototype as { includes?: unknown }).includes);
  await page.goto(`${session.baseUrl}taskpane.html`);
  return page;
}

test('a host without ES2017 gets a clear message in Chinese and English, not a blank pane', async () => {
  const page = await openTaskpane(true);
  const message = page.locator('#legacy');
  await message.waitFor();
  expect(await message.textContent()).toContain('此版本的 Excel 无法运行绩效目标表助手');
  expect(await message.textContent()).toContain('goaltable check');
  await page.close();
});

test('a modern host does not see that message', async () => {
  const page = await openTaskpane(false);
  await page.waitForLoadState('load');
  expect(await page.locator('#legacy').count()).toBe(0);
  await page.close();
});

test('the ribbon command on such a host opens that message in a dialog and completes its event', async () => {
  const page = await session.context.newPage();
  const stub = `window.Office = { onReady: function () {}, context: { ui: { displayDialogAsync: function (url, options, done) {
    window.__dialog = url; done({ status: 'succeeded' }); } } } };`;
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
  // IE11 cannot parse the ES2017 bundle: serve it something it fails on, as IE11 would.
  await page.route('**/commands.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'const (' }));
  await page.addInitScript(() => delete (Array.prototype as { includes?: unknown }).includes);
  await page.goto(`${session.baseUrl}commands.html`);
  const outcome = await page.evaluate(() => {
    const w = window as unknown as { validateSheet(e: { completed(): void }): void; __dialog?: string };
    let completed = 0;
    w.validateSheet({ completed: () => void completed++ });
    return { completed, dialog: w.__dialog };
  });
  expect(outcome.completed).toBe(1);
  expect(outcome.dialog).toBe(`${session.baseUrl}taskpane.html`);
  await page.close();
});
