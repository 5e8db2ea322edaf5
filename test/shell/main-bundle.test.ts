import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors';
import { INVOKE_CHANNEL } from '../../shared/ipc/api';
import * as fake from './fake-electron';

/**
 * The built main bundle (out/main/index.js, here built to a private folder), loaded by Node's own require with the stand-in in place of 'electron': proves
 * the bundle (not only the sources) starts, finds the renderer and preload beside it, serves app:// and
 * carries IPC to the real core on a real encrypted database. Only Chromium is missing.
 */
const root = resolve(__dirname, '..', '..');
const nodeRequire = createRequire(join(root, 'package.json'));

type InvokeHandler = (event: unknown, channel: unknown, input: unknown) => Promise<Result<unknown>>;
type ProtocolHandler = (request: Request) => Promise<Response>;

describe('the built main bundle, started against a stand-in Electron', () => {
  let userData = '';
  let outDir = '';
  let invoke: InvokeHandler;
  let serve: ProtocolHandler;
  let window: fake.BrowserWindow;

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'qz-bundle-'));
    // A private build, not out/: other suites read out/renderer while this one runs. Under node_modules so the
    // bundle's require() of its runtime dependencies still resolves.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    outDir = mkdtempSync(join(cache, 'qz-main-bundle-'));
    const cli = join(dirname(nodeRequire.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    const built = spawnSync(process.execPath, [cli, 'build', '--outDir', outDir], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    if (built.status !== 0) throw new Error(`electron-vite build failed:\n${built.stdout}\n${built.stderr}`);
    const bundle = join(outDir, 'main', 'index.js');
    expect(existsSync(bundle)).toBe(true);

    fake.resetFakeElectron();
    process.env.QZ_USER_DATA_DIR = userData;
    const electronId = nodeRequire.resolve('electron');
    nodeRequire.cache[electronId] = { id: electronId, filename: electronId, loaded: true, exports: fake } as NodeJS.Module;
    try {
      nodeRequire(bundle);
    } finally {
      delete nodeRequire.cache[electronId];
      delete process.env.QZ_USER_DATA_DIR;
    }
    fake.app.becomeReady();
    await new Promise((done) => setTimeout(done, 50));

    expect(fake.BrowserWindow.instances).toHaveLength(1);
    window = fake.BrowserWindow.instances[0];
    invoke = (fake.ipcMain.handle.mock.calls[0] as [string, InvokeHandler])[1];
    serve = (fake.session.fromPartition('qingzheng').protocol.handle.mock.calls[0] as [string, ProtocolHandler])[1];
  }, 360_000);

  afterAll(() => {
    fake.app.emit('will-quit', fake.fakeEvent());
    for (const dir of [userData, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens one window on app://qingzheng/ with the preload bundle that sits beside it', () => {
    expect(window.loadedUrl).toBe('app://qingzheng/');
    const preload = (window.options.webPreferences as { preload: string }).preload;
    expect(preload).toBe(join(outDir, 'preload', 'index.js'));
    expect(existsSync(preload)).toBe(true);
    expect(fake.ipcMain.handle.mock.calls[0][0]).toBe(INVOKE_CHANNEL);
  });

  it('serves the renderer built beside it, with the CSP', async () => {
    const response = await serve(new Request('app://qingzheng/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(join(outDir, 'renderer', 'index.html'), 'utf8'));
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers the page through the real core, on a database folder under userData', async () => {
    const answer = await invoke({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, 'app.status', {});
    expect(answer).toMatchObject({ ok: true, value: { initialized: false } });
    expect(existsSync(join(userData, 'case-data'))).toBe(true);
  });

  it('refuses a frame that is not the window’s own', async () => {
    const other = new fake.FakeWebContents('https://evil.example/');
    const answer = await invoke({ sender: other, senderFrame: other.mainFrame }, 'app.status', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'SENDER_REFUSED' } });
  });
});
