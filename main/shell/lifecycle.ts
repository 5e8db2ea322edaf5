import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoSummaryLines, loadDemoIfNew } from '../demo/load-if-new';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import type { Core, CoreOptions } from '../core';
import { createElectronHost } from './host';
import { registerInvokeHandler } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { applyOfflineSwitches, hardenAllWebContents, hardenSession } from './security';
import { APP_PARTITION, createMainWindow, preloadPathFrom } from './window';

/** Matches appId in electron-builder.yml, so Windows groups the taskbar entry with the installed shortcut. */
export const APP_ID = 'cn.qingzheng.app';
export const APP_TITLE = '清正';
/** Beside, not among, Chromium's own profile files in userData. */
export const DATA_DIR_NAME = 'case-data';

export interface ShellOptions {
  /** The folder of the main bundle (out/main); the renderer and preload bundles sit beside it. */
  mainDir: string;
  createCore: (opts: CoreOptions) => Core;
}

/**
 * Tests launch the real shell on a throwaway profile; a packaged build ignores the variable. Applied before
 * the single-instance lock, which Chromium takes inside the userData folder.
 */
function applyUserDataOverride(): void {
  const override = process.env.QZ_USER_DATA_DIR;
  if (override && !app.isPackaged) app.setPath('userData', override);
}

/**
 * The app's whole life: switches and scheme before `ready`, one instance only, then core, session,
 * protocol, IPC, menu and window; quitting closes the core, which drops the data key.
 */
export function startShell(opts: ShellOptions): void {
  applyUserDataOverride();
  applyOfflineSwitches(app);
  registerAppScheme();
  hardenAllWebContents(app);

  // A second copy would open the same encrypted database and keyring behind the first one's back.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  let window: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(async () => {
      // --demo: the fictional office in a folder of its own, filled before the window opens so the
      // screens never see it half-made.
      const demo = process.argv.includes('--demo');
      const dataDir = join(app.getPath('userData'), demo ? `${DATA_DIR_NAME}-demo` : DATA_DIR_NAME);
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      core = opts.createCore({ dataDir, host: createElectronHost(() => window) });
      const activeCore = core;
      if (demo) for (const line of demoSummaryLines(await loadDemoIfNew((c, i) => activeCore.dispatch(c, i)), dataDir)) console.log(line);

      const appSession = session.fromPartition(APP_PARTITION);
      hardenSession(appSession);
      // The default session serves no window, but anything that falls back to it gets the same walls.
      hardenSession(session.defaultSession);
      serveAppProtocol(appSession, join(opts.mainDir, '..', 'renderer'));
      registerInvokeHandler(ipcMain, { core: activeCore, window: () => window });

      const development = !app.isPackaged;
      installMenu(development);
      window = createMainWindow({ preloadPath: preloadPathFrom(opts.mainDir), allowDevTools: development, title: APP_TITLE });
      window.on('closed', () => {
        window = null;
      });
    })
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(APP_TITLE, `清正无法启动。\nQingzheng could not start.\n\n${detail}`);
      app.exit(1);
    });
}
