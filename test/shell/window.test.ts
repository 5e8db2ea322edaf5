import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const { APP_PARTITION, createMainWindow, preloadPathFrom, webPreferencesFor } = await import('../../main/shell/window');

describe('the main window', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('isolates the page: context isolation, sandbox, no Node, web security, no webview, no spell-check downloads', () => {
    const prefs = webPreferencesFor('/app/out/preload/index.js', false);
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('lets evidence PDFs open in Chromium\'s sandboxed PDF viewer, which needs plugins on', () => {
    expect(webPreferencesFor('/p.js', false).plugins).toBe(true);
  });

  it('keeps renderer storage in memory, never in the profile folder', () => {
    expect(webPreferencesFor('/p.js', false).partition).toBe(APP_PARTITION);
    expect(APP_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('is created hidden with those preferences, loads the app origin and shows itself once painted', () => {
    const window = createMainWindow({ preloadPath: '/app/out/preload/index.js', allowDevTools: true, title: '清正' }) as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(window.options).toMatchObject({ show: false, title: '清正' });
    expect(window.options.webPreferences).toEqual(webPreferencesFor('/app/out/preload/index.js', true));
    expect(window.loadedUrl).toBe('app://qingzheng/');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('finds the preload bundle beside the main bundle', () => {
    expect(preloadPathFrom('/app/out/main').replaceAll('\\', '/')).toBe('/app/out/preload/index.js');
  });
});
