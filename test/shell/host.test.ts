import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for the parts of 'electron' the host uses: dialogs, and windows that load a URL and
 * print it. What matters here is what the host asks of Electron, not what Chromium draws.
 */
const electron = vi.hoisted(() => {
  class BrowserWindow {
    static instances: BrowserWindow[] = [];
    static printFails = false;
    loadedUrl: string | undefined;
    destroyed = false;
    printOptions: unknown;
    webContents = {
      printToPDF: async (options: unknown) => {
        this.printOptions = options;
        if (BrowserWindow.printFails) throw new Error('printing failed');
        return Buffer.from('%PDF-1.7 printed');
      },
    };
    constructor(public options: Record<string, unknown>) {
      BrowserWindow.instances.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
  }
  const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() };
  return { BrowserWindow, dialog };
});
vi.mock('electron', () => electron);

const { createElectronHost, printWebPreferences } = await import('../../main/shell/host');
const { APP_PARTITION } = await import('../../main/shell/window');

type FakeWindow = InstanceType<typeof electron.BrowserWindow>;
const mainWindow = new electron.BrowserWindow({ title: '清正' });

beforeEach(() => {
  electron.BrowserWindow.instances = [];
  electron.BrowserWindow.printFails = false;
  electron.dialog.showSaveDialog.mockReset();
  electron.dialog.showOpenDialog.mockReset();
});

const host = () => createElectronHost(() => mainWindow as unknown as Electron.BrowserWindow);

describe('the Electron host of the core', () => {
  it('asks where to save over the main window, suggesting the name and the type, and reads a closed dialog as no choice', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: 'E:\\移交\\案卷.pdf' });
    expect(await host().chooseSavePath!({ suggestedName: '案卷.pdf', extensions: ['pdf'] })).toBe('E:\\移交\\案卷.pdf');
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(mainWindow);
    expect(options).toMatchObject({ defaultPath: '案卷.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host().chooseSavePath!({ suggestedName: 'x.pdf', extensions: ['pdf'] })).toBeNull();
  });

  it('asks for files to open, one or several, of the accepted kinds, and for a folder', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/u/a.pdf', '/media/u/b.png'] });
    expect(await host().chooseOpenPaths!({ multiple: true, extensions: ['pdf', 'png'] })).toEqual(['/media/u/a.pdf', '/media/u/b.png']);
    expect(electron.dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({ properties: ['openFile', 'multiSelections'], filters: [{ extensions: ['pdf', 'png'] }] });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await host().chooseOpenPaths!({ multiple: false, extensions: ['qzp'] })).toEqual([]);
    expect(electron.dialog.showOpenDialog.mock.calls[1]![1]).toMatchObject({ properties: ['openFile'] });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/u'] });
    expect(await host().chooseFolder!()).toBe('/media/u');
    expect(electron.dialog.showOpenDialog.mock.calls[2]![1]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  });

  it('prints in a hidden offscreen window as hardened as the main one, without its preload and with JavaScript off', async () => {
    const prefs = printWebPreferences();
    expect(prefs).toMatchObject({
      partition: APP_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      javascript: false,
      offscreen: true,
    });
    expect(prefs).not.toHaveProperty('preload');

    const html = '<!DOCTYPE html><html><body><p>关于张明远同志容错纠错申请的认定意见书</p></body></html>';
    const pdf = await host().printToPdf!(html);
    expect(pdf.toString('latin1')).toMatch(/^%PDF/);
    const win = electron.BrowserWindow.instances[0] as FakeWindow;
    expect(win.options).toMatchObject({ show: false, webPreferences: prefs });
    // The page goes in as a data: URL: the case's text is never written to a file to be printed.
    const url = win.loadedUrl!;
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')).toBe(html);
    expect(win.printOptions).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect(win.destroyed).toBe(true);
  });

  it('closes the print window when printing fails, and refuses a page too large to pass as a URL', async () => {
    electron.BrowserWindow.printFails = true;
    await expect(host().printToPdf!('<p>x</p>')).rejects.toThrow('printing failed');
    expect((electron.BrowserWindow.instances[0] as FakeWindow).destroyed).toBe(true);
    await expect(host().printToPdf!('案'.repeat(600_000))).rejects.toThrow(RangeError);
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });
});
