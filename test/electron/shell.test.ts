import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary, ROOT } from './electron-binary';

const electron = findElectronBinary();
const missing = 'missing' in electron ? electron.missing : undefined;
if (missing) {
  // Said once, where the run's output shows it; the tests below are then reported as skipped, not passed.
  console.log(`Electron shell tests did not run: ${missing}. They need a machine that could download Electron; \`npm run start:browser\` and the e2e project cover the UI without it.`);
}

const require = createRequire(join(ROOT, 'package.json'));

function run(label: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

function launchEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Set at all, it would make Electron run as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  env.QZ_USER_DATA_DIR = userData;
  return env;
}

describe.skipIf(missing !== undefined)('the real Electron shell', () => {
  let userData = '';
  let outDir = '';
  let app: ElectronApplication;
  let page: Page;
  const cspReports: string[] = [];

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'qz-electron-'));
    // The app needs its Electron-ABI SQLite addon (a no-op when present) and current bundles, built to a private
    // folder because the e2e suites read out/renderer meanwhile; under node_modules so require() still resolves.
    run('build:native-electron', [join(ROOT, 'scripts', 'build-native-electron.mjs')]);
    const cache = join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    outDir = mkdtempSync(join(cache, 'qz-electron-'));
    run('electron-vite build', [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build', '--outDir', outDir]);
    app = await _electron.launch({
      executablePath: (electron as { path: string }).path,
      // Chromium refuses to start its sandbox as root, which is how CI runs here.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), join(outDir, 'main', 'index.js')],
      cwd: ROOT,
      env: launchEnv(userData),
      timeout: 60_000,
    });
    page = await app.firstWindow();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspReports.push(message.text());
    });
    await page.waitForLoadState('domcontentloaded');
  }, 1_200_000);

  afterAll(async () => {
    await app?.close();
    for (const dir of [userData, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads the window from app://qingzheng/', () => {
    expect(page.url()).toMatch(/^app:\/\/qingzheng\//);
  });

  it('gives the page exactly one bridge function, window.api.invoke', async () => {
    const api = await page.evaluate(() => {
      const exposed = (window as unknown as { api?: Record<string, unknown> }).api;
      return exposed ? { keys: Object.keys(exposed), invoke: typeof exposed.invoke } : null;
    });
    expect(api).toEqual({ keys: ['invoke'], invoke: 'function' });
  });

  it('carries an invoke from the page through the sender check to the core and back as an envelope', async () => {
    const answer = await page.evaluate(() =>
      (window as unknown as { api: { invoke: (channel: string, input: unknown) => Promise<unknown> } }).api.invoke('no.such-channel', {}),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('gives the page no Node: require, process, module and Buffer are undefined', async () => {
    const types = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer'].map((name) => typeof g[name]);
    });
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('shows the first-run setup screen, through the real core, with no Content-Security-Policy violation', async () => {
    await page.getByText('首次设置').first().waitFor({ timeout: 30_000 });
    expect(await page.title()).toBe('清正');
    expect(cspReports).toEqual([]);
  });

  it('cannot reach a network from the page', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
  });
});
