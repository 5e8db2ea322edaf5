/**
 * A stand-in for the 'electron' module, just wide enough for main/shell: the Electron binary is absent on
 * the build machines, and these tests are about what the shell asks of Electron, not about Chromium.
 * Use with `vi.mock('electron', () => import('./fake-electron'))` and call `resetFakeElectron()` in beforeEach.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebFrame {
  parent: FakeWebFrame | null = null;
  constructor(
    public url: string,
    public processId = 1,
    public routingId = 1,
  ) {}
  get top(): FakeWebFrame {
    return this.parent ? this.parent.top : this;
  }
  child(url: string, routingId: number): FakeWebFrame {
    const frame = new FakeWebFrame(url, this.processId, routingId);
    frame.parent = this;
    return frame;
  }
}

let nextContentsId = 1;
export class FakeWebContents extends EventEmitter {
  id = nextContentsId++;
  mainFrame: FakeWebFrame;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  webRtcPolicy: string | undefined;
  constructor(url = 'app://qingzheng/') {
    super();
    this.mainFrame = new FakeWebFrame(url, this.id, 1);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  setWebRTCIPHandlingPolicy(policy: string): void {
    this.webRtcPolicy = policy;
  }
}

/** An Electron-style event: listeners cancel with preventDefault and tests read `defaultPrevented`. */
export function fakeEvent(): { defaultPrevented: boolean; preventDefault: () => void } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeSession extends EventEmitter {
  protocol = { handle: vi.fn() };
  webRequest = { onBeforeRequest: vi.fn() };
  setPermissionRequestHandler = vi.fn();
  setPermissionCheckHandler = vi.fn();
  setDevicePermissionHandler = vi.fn();
  setSpellCheckerEnabled = vi.fn();
  constructor(public partition: string) {
    super();
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  shown = false;
  loadedUrl: string | undefined;
  constructor(public options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

class FakeCommandLine {
  switches = new Map<string, string>();
  appendSwitch(name: string, value = ''): void {
    this.switches.set(name, value);
  }
  hasSwitch(name: string): boolean {
    return this.switches.has(name);
  }
  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? '';
  }
}

class FakeApp extends EventEmitter {
  commandLine = new FakeCommandLine();
  isPackaged = false;
  singleInstance = true;
  paths = new Map<string, string>([['userData', '/tmp/qz-fake-user-data']]);
  private ready: () => void = () => undefined;
  private readyPromise = new Promise<void>((resolve) => {
    this.ready = resolve;
  });
  quit = vi.fn();
  exit = vi.fn();
  setAppUserModelId = vi.fn();
  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** Test control: resolves whenReady(). */
  becomeReady(): void {
    this.ready();
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new TypeError(`fake app has no path ${name}`);
    return path;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
}

export let app = new FakeApp();
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const ipcMain = { handle: vi.fn() };
export const ipcRenderer = { invoke: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const dialog = { showErrorBox: vi.fn() };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

const partitions = new Map<string, FakeSession>();
export const session = {
  defaultSession: new FakeSession(''),
  fromPartition(partition: string): FakeSession {
    let found = partitions.get(partition);
    if (!found) {
      found = new FakeSession(partition);
      partitions.set(partition, found);
    }
    return found;
  },
};

export function resetFakeElectron(): void {
  app = new FakeApp();
  partitions.clear();
  session.defaultSession = new FakeSession('');
  BrowserWindow.instances = [];
  for (const mock of [protocol.registerSchemesAsPrivileged, protocol.handle, ipcMain.handle, ipcRenderer.invoke, contextBridge.exposeInMainWorld, dialog.showErrorBox, Menu.buildFromTemplate, Menu.setApplicationMenu]) {
    mock.mockClear();
  }
}
