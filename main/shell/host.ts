import { BrowserWindow, dialog, type WebPreferences } from 'electron';
import type { Host } from '../core';
import { webPreferencesFor } from './window';

/**
 * What only Electron can do for the core: the native file dialogs, over the main window, and
 * printing HTML to PDF with the program's own Chromium.
 */

/**
 * Chromium refuses URLs longer than 2 MiB; a case-file page is far smaller, and a page that is not
 * must not be cut short silently.
 */
const MAX_DATA_URL = 2 * 1024 * 1024 - 1024;

/**
 * The print window's preferences: the main window's hardening (sandbox, isolation, no Node, the
 * in-memory partition whose session refuses every request but the app's and data: URLs), without
 * the preload, with JavaScript off, rendered offscreen and never shown.
 */
export function printWebPreferences(): WebPreferences {
  const { preload: _preload, ...hardened } = webPreferencesFor('', false);
  return { ...hardened, javascript: false, offscreen: true };
}

function filters(extensions: string[]): Electron.FileFilter[] {
  return extensions.length ? [{ name: extensions.map((e) => e.toUpperCase()).join(' / '), extensions }] : [];
}

export function createElectronHost(mainWindow: () => BrowserWindow | null): Host {
  const parent = () => {
    const w = mainWindow();
    return w && !w.isDestroyed() ? w : null;
  };
  return {
    async chooseSavePath({ suggestedName, extensions }) {
      const options = { defaultPath: suggestedName, filters: filters(extensions), properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenPaths({ multiple, extensions }) {
      const properties: ('openFile' | 'multiSelections')[] = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const options = { properties, filters: filters(extensions) };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? [] : r.filePaths;
    },
    async chooseFolder() {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
    },
    async printToPdf(html) {
      // A data: URL, not a file: the case's text never touches the disk on its way to the printer.
      const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
      if (url.length > MAX_DATA_URL) throw new RangeError('page too large to print');
      const win = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: printWebPreferences() });
      try {
        await win.loadURL(url);
        // Margins come from the page's own @page rule (GB/T 9704), as they do in the test harness.
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
      } finally {
        win.destroy();
      }
    },
  };
}
