/**
 * `npm run start:browser`: the app in the system Chromium instead of Electron, with the real core
 * and the real encrypted database behind it. Useful where the Electron binary is missing.
 *
 * Nothing listens on a port: Playwright drives Chromium over its debugging pipe, the renderer is
 * served by request interception and every other request is refused.
 *
 *   QZ_DATA_DIR           data folder (default $XDG_DATA_HOME/qingzheng, else ~/.local/share/qingzheng)
 *   QZ_CHROMIUM           browser binary (default /usr/bin/chromium)
 *   QZ_BROWSER_HEADLESS=1 no window, for a smoke test on a machine without a display; stop with Ctrl+C
 *   --demo                a fictional office with cases at every step, in its own data folder
 *                         (<data folder>-demo unless QZ_DATA_DIR is set); never mixed with real data
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createCore } from '../main/core';
import { demoSummaryLines, loadDemoIfNew } from '../main/demo/load-if-new';
import { APP_URL, bridgeContext, launchOptions } from '../test/e2e/browser-bridge';
import { ensureRendererBuilt } from '../test/e2e/renderer-build';

function dataDirectory(demo: boolean): string {
  if (process.env.QZ_DATA_DIR) return process.env.QZ_DATA_DIR;
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, demo ? 'qingzheng-demo' : 'qingzheng');
}

async function main(): Promise<void> {
  const demo = process.argv.slice(2).includes('--demo');

  await ensureRendererBuilt((line) => console.log(line));

  const dataDir = dataDirectory(demo);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Beside the data folder, not inside it: a backup of the data should not carry a browser profile.
  const profileDir = `${dataDir}-browser-profile`;
  console.log(`数据目录 / data folder: ${dataDir}`);
  console.log(`浏览器配置 / browser profile: ${profileDir}`);

  const core = createCore({ dataDir });
  if (demo) {
    console.log('正在载入演示数据…… / Loading demonstration data…');
    for (const line of demoSummaryLines(await loadDemoIfNew((c, i) => core.dispatch(c, i)), dataDir)) console.log(line);
  }
  const headless = process.env.QZ_BROWSER_HEADLESS === '1';
  const context = await chromium.launchPersistentContext(profileDir, {
    ...launchOptions(headless),
    viewport: headless ? { width: 1366, height: 860 } : null,
    args: [...launchOptions(headless).args!, '--window-size=1366,900'],
    locale: 'zh-CN',
  });
  await bridgeContext(context, (channel, input) => core.dispatch(channel, input));

  let closing = false;
  const shutDown = async (code = 0) => {
    if (closing) return;
    closing = true;
    await context.close().catch(() => undefined);
    core.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutDown());
  process.on('SIGTERM', () => void shutDown());
  context.on('close', () => void shutDown());

  const page = context.pages()[0] ?? (await context.newPage());
  // Closing the window ends the program, as closing the Electron window would.
  page.on('close', () => void shutDown());
  page.on('pageerror', (error) => console.error(`页面错误 / page error: ${error.message}`));
  await page.goto(APP_URL);
  console.log(headless ? '已启动（无窗口）。按 Ctrl+C 退出。 / Running headless; Ctrl+C to stop.' : '已打开窗口；关闭窗口即退出。 / Window open; close it to quit.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
