/** The privileged scheme the renderer is served from; never file://, which gives a page the whole disk's origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'qingzheng';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads; the protocol handler answers `/` with index.html. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * True only for URLs of the app's own origin. Parsed rather than prefix-matched, so that look-alikes such as
 * `app://qingzheng.evil/` or `app://qingzheng@evil/` are not mistaken for ours.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
