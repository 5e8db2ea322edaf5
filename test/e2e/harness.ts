import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createCore, type Core, type Host } from '../../main/core';
import { APP_URL, bridgeContext, launchOptions } from './browser-bridge';
import { ROOT } from './renderer-build';

export const SCREENSHOT_DIR = join(ROOT, 'test-results');

export interface AppHarness {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  /** Uncaught page errors and console errors/warnings seen so far (React and antd warn through these). */
  problems: string[];
  /**
   * Quits and starts the app again on the same data folder: a new core and a new browser context,
   * so nothing survives in window storage, as in the Electron window, whose storage is not kept.
   */
  restart(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchAppOptions {
  /** Install Playwright's fake clock before the app loads, so idle timers can be fast-forwarded. */
  clock?: boolean;
  /** What the Electron shell gives the core (dialogs, printToPdf); none by default, as a browser has none. */
  host?: Host;
}

/**
 * The renderer in Chromium, driven through the real core on a fresh encrypted database in a
 * temporary folder. The KDF is made cheap so sign-ins take milliseconds, not half a second.
 */
export async function launchApp(options: LaunchAppOptions = {}): Promise<AppHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qingzheng-e2e-'));
  const newCore = () => createCore({ dataDir, kdf: { N: 2 ** 12 }, ...(options.host ? { host: options.host } : {}) });
  let core: Core = newCore();
  const browser: Browser = await chromium.launch(launchOptions(true));
  const problems: string[] = [];

  const openPage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await bridgeContext(context, (channel, input) => core.dispatch(channel, input));
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
    });
    if (options.clock) await page.clock.install();
    await page.goto(APP_URL);
    return page;
  };

  const harness: AppHarness = {
    page: await openPage(),
    get context() {
      return harness.page.context();
    },
    dataDir,
    problems,
    async restart() {
      await harness.page.context().close();
      core.close();
      core = newCore();
      harness.page = await openPage();
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name.replace(/[^\p{L}\p{N}_.-]+/gu, '-')}.png`);
      await harness.page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close().catch(() => undefined);
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
