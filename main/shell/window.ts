import { join } from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

/**
 * An in-memory partition: whatever the renderer keeps in localStorage, IndexedDB or Chromium's caches is
 * gone when the app quits instead of lying unencrypted in the profile folder. Lasting state belongs in the
 * core's encrypted database.
 */
export const APP_PARTITION = 'qingzheng';

export function webPreferencesFor(preloadPath: string, allowDevTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    partition: APP_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's spell checker fetches dictionaries over the network.
    spellcheck: false,
    navigateOnDragDrop: false,
    // Chromium's own PDF viewer, for viewing evidence from a blob: the core hands over; it runs in its
    // own sandboxed process, and the CSP admits only blob: frames, never a remote document.
    plugins: true,
    safeDialogs: true,
    devTools: allowDevTools,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** False in packaged builds: DevTools would let anyone at the keyboard call the core from the console. */
  allowDevTools: boolean;
  title: string;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 680,
    title: opts.title,
    // Shown on ready-to-show so the officer never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferencesFor(opts.preloadPath, opts.allowDevTools),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // Nothing to show the officer yet; the log is what a support engineer will ask for.
    console.error('Qingzheng: the app page did not load', error);
  });
  return window;
}

/** Where electron-vite puts the preload bundle relative to the main bundle (out/main → out/preload). */
export function preloadPathFrom(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.js');
}
