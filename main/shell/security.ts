import type { App, Event, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Chromium switches that stop its own background traffic (component updates, domain reliability reports,
 * hyperlink pings, DNS prefetch, media-router discovery on the LAN, optimisation hints, translation).
 * The machines this runs on hold case files and are often on a closed network: the app sends nothing.
 */
export const OFFLINE_SWITCHES: readonly string[] = [
  'disable-background-networking',
  'disable-component-update',
  'disable-domain-reliability',
  'disable-client-side-phishing-detection',
  'dns-prefetch-disable',
  'no-pings',
];
export const OFFLINE_DISABLED_FEATURES: readonly string[] = [
  'MediaRouter',
  'DialMediaRouteProvider',
  'OptimizationHints',
  'AutofillServerCommunication',
  'Translate',
  'NetworkTimeServiceQuerying',
  'CertificateTransparencyComponentUpdater',
];

/** Must run before app `ready`, like every command-line switch. */
export function applyOfflineSwitches(app: Pick<App, 'commandLine'>): void {
  for (const name of OFFLINE_SWITCHES) app.commandLine.appendSwitch(name);
  // Appending the switch again would replace a list someone else (a test driver) already set, so merge.
  const existing = app.commandLine.hasSwitch('disable-features') ? app.commandLine.getSwitchValue('disable-features') : '';
  const merged = new Set([...existing.split(',').filter(Boolean), ...OFFLINE_DISABLED_FEATURES]);
  app.commandLine.appendSwitch('disable-features', [...merged].join(','));
}

/**
 * Which requests may leave a page at all: its own origin, DevTools' own pages (development only; packaged
 * builds have DevTools off), and data:/blob: URLs, which never reach a network. Everything else, http(s),
 * ws(s), ftp and file:// included, is cancelled.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'devtools:' || scheme === 'data:' || scheme === 'blob:';
}

/** Navigation stays on the app's origin; anything else (a pasted link, a redirect, a dropped file) is refused. */
export function denyForeignNavigation(event: Pick<Event, 'preventDefault'>, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

/** Camera, microphone, geolocation, notifications, clipboard reads, HID, serial, USB…: the app needs none. */
export const denyPermissionRequest: NonNullable<PermissionRequestHandler> = (_contents, _permission, callback) => callback(false);
export const denyPermissionCheck: NonNullable<PermissionCheckHandler> = () => false;

/** Locks down the one session the window uses. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(() => false);
  // Spell checking would download Hunspell dictionaries from a CDN.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  // Exports go through main, with a save dialog and the audit log; a page-initiated download bypasses both.
  session.on('will-download', (event) => event.preventDefault());
}

/** Applied to every WebContents the app ever creates, so a forgotten window cannot be the weak one. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // WebRTC is not covered by CSP or webRequest; without a proxy this leaves it no UDP route out at all.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
}

export function hardenAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
