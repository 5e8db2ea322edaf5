import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const security = await import('../../main/shell/security');

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

function hardenedSession() {
  const session = new fake.FakeSession('qingzheng');
  security.hardenSession(session as never);
  return session;
}

function hardenedContents() {
  const contents = new fake.FakeWebContents();
  security.hardenWebContents(contents as never);
  return contents;
}

const FOREIGN_URLS = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'app://qingzheng.evil/',
  'app://qingzheng@evil/',
  'javascript:alert(1)',
  'not a url',
];

describe('navigation and new windows', () => {
  beforeEach(() => fake.resetFakeElectron());

  it.each(FOREIGN_URLS)('refuses to navigate or be redirected to %s', (url) => {
    const contents = hardenedContents();
    for (const eventName of ['will-navigate', 'will-redirect']) {
      const event = fake.fakeEvent();
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented, eventName).toBe(true);
    }
  });

  it('lets the page move within its own origin', () => {
    const contents = hardenedContents();
    const event = fake.fakeEvent();
    contents.emit('will-navigate', event, 'app://qingzheng/index.html');
    expect(event.defaultPrevented).toBe(false);
  });

  it('opens no new window, whatever the page asks', () => {
    const contents = hardenedContents();
    for (const url of ['app://qingzheng/', 'https://evil.example/', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a webview and gives WebRTC no direct UDP route', () => {
    const contents = hardenedContents();
    const event = fake.fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
    expect(contents.webRtcPolicy).toBe('disable_non_proxied_udp');
  });

  it('hardens every web contents the app creates, not only the main window', () => {
    security.hardenAllWebContents(fake.app as never);
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', fake.fakeEvent(), contents);
    const event = fake.fakeEvent();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  beforeEach(() => fake.resetFakeElectron());

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])('denies a request for %s', (permission) => {
    const session = hardenedSession();
    const [handler] = session.setPermissionRequestHandler.mock.calls[0] as [(...args: unknown[]) => void];
    const callback = vi.fn();
    handler({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('denies every permission check and every device', () => {
    const session = hardenedSession();
    const [check] = session.setPermissionCheckHandler.mock.calls[0] as [(...args: unknown[]) => boolean];
    const [device] = session.setDevicePermissionHandler.mock.calls[0] as [(...args: unknown[]) => boolean];
    for (const permission of ['media', 'hid', 'serial', 'usb', 'clipboard-sanitized-write', 'fileSystem']) {
      expect(check(null, permission, 'app://qingzheng', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://qingzheng' })).toBe(false);
  });

  it('turns off the spell checker, which would download dictionaries', () => {
    expect(hardenedSession().setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels page-initiated downloads', () => {
    const session = hardenedSession();
    const event = fake.fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('the network filter', () => {
  beforeEach(() => fake.resetFakeElectron());

  function filter() {
    const session = hardenedSession();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    const [scope, listener] = session.webRequest.onBeforeRequest.mock.calls[0] as [{ urls: string[] }, RequestListener];
    expect(scope.urls).toEqual(['<all_urls>']);
    return (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return (callback.mock.calls[0][0] as { cancel: boolean }).cancel;
    };
  }

  it.each([
    'http://example.com/',
    'https://example.com/track.gif',
    'https://clients2.google.com/service/update2',
    'ws://127.0.0.1:9000/',
    'wss://example.com/',
    'ftp://example.com/',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
  ])('cancels %s', (url) => {
    expect(filter()(url)).toBe(true);
  });

  it.each(['app://qingzheng/', 'app://qingzheng/assets/index.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AA==', 'blob:app://qingzheng/1234'])(
    'lets %s through',
    (url) => {
      expect(filter()(url)).toBe(false);
    },
  );
});

describe('Chromium background networking', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('is switched off before the app starts', () => {
    security.applyOfflineSwitches(fake.app as never);
    for (const name of ['disable-background-networking', 'disable-component-update', 'disable-domain-reliability', 'no-pings']) {
      expect(fake.app.commandLine.hasSwitch(name), name).toBe(true);
    }
    expect(fake.app.commandLine.getSwitchValue('disable-features').split(',')).toEqual(expect.arrayContaining(['MediaRouter', 'OptimizationHints', 'Translate']));
  });

  it('keeps features another party already disabled', () => {
    fake.app.commandLine.appendSwitch('disable-features', 'SomethingElse');
    security.applyOfflineSwitches(fake.app as never);
    expect(fake.app.commandLine.getSwitchValue('disable-features').split(',')).toEqual(expect.arrayContaining(['SomethingElse', 'MediaRouter']));
  });
});
