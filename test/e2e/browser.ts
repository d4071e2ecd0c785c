/** Chromium and the dist/ server for the end-to-end tests; every page records errors and requests. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import type { Server } from 'http';
import { tmpdir } from 'os';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as { serve(dir: string, port?: number): Promise<{ server: Server; url: string }> };

export const DIST = path.join(__dirname, '..', '..', 'dist');
/** The README's screenshots are refreshed with `UPDATE_SCREENSHOTS=1 npm run test:e2e`; otherwise they go to test-results/. */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? path.join(__dirname, '..', '..', 'docs', 'screenshots')
  : path.join(__dirname, '..', '..', 'test-results', 'screenshots');

export interface Session {
  browser: Browser;
  context: BrowserContext;
  server: Server;
  baseUrl: string;
  profile: string;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  if (!existsSync(path.join(DIST, 'playground.html'))) throw new Error('dist/playground.html is missing: run `npm run build` first');
  const { server, url } = await serve(DIST, 0);
  const profile = mkdtempSync(path.join(tmpdir(), 'goaltable-e2e-'));
  // A persistent context on a fresh, throw-away profile: nothing from another run leaks in.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const browser = context.browser() as Browser;
  return {
    browser,
    context,
    server,
    baseUrl: url,
    profile,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Opens the playground in a new page, recording every request, page error and console error. */
export async function openPlayground(session: Session, query = ''): Promise<Watched> {
  const page = await session.context.newPage();
  const watched: Watched = { page, requests: [], errors: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${session.baseUrl}playground.html${query}`);
  await page.getByRole('button', { name: '校验', exact: true }).or(page.getByRole('button', { name: 'Validate', exact: true })).first().waitFor();
  return watched;
}

/** Requests that left the local server (data: and blob: URLs stay in the page). */
export function foreignRequests(watched: Watched, baseUrl: string): string[] {
  return watched.requests.filter((url) => !url.startsWith(baseUrl) && !/^(data|blob):/.test(url));
}

/** Background colour of every drawn cell of the grid, by address. */
export async function gridStyles(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-testid=grid] td[data-cell]').evaluateAll((cells) =>
    Object.fromEntries(cells.map((td) => [td.getAttribute('data-cell') ?? '', getComputedStyle(td).backgroundColor])),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}
