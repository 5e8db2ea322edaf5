import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../main/core';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const { DATA_DIR_NAME, startShell } = await import('../../main/shell/lifecycle');
const { APP_PARTITION } = await import('../../main/shell/window');

const userData = mkdtempSync(join(tmpdir(), 'qz-lifecycle-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

function fakeCore() {
  const core = { dispatch: vi.fn(), tick: vi.fn(), close: vi.fn() } satisfies Core;
  const createCore = vi.fn(() => core);
  return { core, createCore };
}

async function readyUp(): Promise<void> {
  fake.app.becomeReady();
  // Let the whenReady().then(...) chain run.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the app lifecycle', () => {
  beforeEach(() => {
    fake.resetFakeElectron();
    fake.app.setPath('userData', userData);
  });

  it('registers the app scheme and the offline switches before ready', () => {
    startShell({ mainDir: '/app/out/main', createCore: fakeCore().createCore });
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.app.commandLine.hasSwitch('disable-background-networking')).toBe(true);
    expect(openWindows()).toHaveLength(0);
  });

  it('quits at once, without opening the database, when another instance already runs', async () => {
    fake.app.singleInstance = false;
    const { createCore } = fakeCore();
    startShell({ mainDir: '/app/out/main', createCore });
    await readyUp();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(createCore).not.toHaveBeenCalled();
    expect(openWindows()).toHaveLength(0);
  });

  it('once ready, opens the core on a data folder under userData and shows one hardened window', async () => {
    const { createCore } = fakeCore();
    startShell({ mainDir: join('/app', 'out', 'main'), createCore });
    await readyUp();

    const dataDir = join(userData, DATA_DIR_NAME);
    expect(createCore).toHaveBeenCalledExactlyOnceWith({ dataDir, host: expect.objectContaining({ printToPdf: expect.any(Function) }) });
    expect(existsSync(dataDir)).toBe(true);

    const appSession = fake.session.fromPartition(APP_PARTITION);
    expect(appSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(appSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    const windows = openWindows();
    expect(windows).toHaveLength(1);
    expect(windows[0].loadedUrl).toBe('app://qingzheng/');
    expect((windows[0].options.webPreferences as { preload: string }).preload).toBe(join('/app', 'out', 'preload', 'index.js'));
  });

  it('closes the core, dropping the data key, when the app quits', async () => {
    const { core, createCore } = fakeCore();
    startShell({ mainDir: '/app/out/main', createCore });
    await readyUp();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalled();
    fake.app.emit('will-quit', fake.fakeEvent());
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('lets a development run use a throwaway profile, but never a packaged build', async () => {
    const throwaway = join(userData, 'throwaway');
    vi.stubEnv('QZ_USER_DATA_DIR', throwaway);
    try {
      const dev = fakeCore();
      startShell({ mainDir: '/app/out/main', createCore: dev.createCore });
      await readyUp();
      expect(dev.createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: join(throwaway, DATA_DIR_NAME) }));

      fake.resetFakeElectron();
      fake.app.setPath('userData', userData);
      fake.app.isPackaged = true;
      const packaged = fakeCore();
      startShell({ mainDir: '/app/out/main', createCore: packaged.createCore });
      await readyUp();
      expect(packaged.createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: join(userData, DATA_DIR_NAME) }));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('tells the officer, in both languages, when the app cannot start, and exits', async () => {
    const createCore = vi.fn((): Core => {
      throw new Error('disk is read-only');
    });
    startShell({ mainDir: '/app/out/main', createCore });
    await readyUp();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toContain('清正无法启动');
    expect(message).toContain('could not start');
    expect(message).toContain('disk is read-only');
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(openWindows()).toHaveLength(0);
  });
});

function openWindows() {
  return fake.BrowserWindow.instances;
}
