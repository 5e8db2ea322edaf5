import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { protocol, type Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Types for what a Vite build emits; anything else is served as opaque bytes that the page may not sniff. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const FALLBACK_MIME = 'application/octet-stream';

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_MIME;
}

/**
 * Must run before app `ready`: Chromium fixes scheme privileges at start-up.
 * standard: relative URLs and a real origin (module scripts refuse file://'s opaque one);
 * secure: a secure context, as https would be; supportFetchAPI + corsEnabled: module scripts and fonts
 * are fetched in CORS mode even from the same origin; codeCache: V8 may cache the bundle between starts.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Case screens must not linger in Chromium's disk cache under the user's profile.
    'Cache-Control': 'no-store',
  };
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * Turns a URL path into a path relative to the served root, or undefined when the request tries to leave it.
 * Chromium canonicalises `..` out of standard-scheme URLs before they reach us, but percent-encoded
 * separators (`..%2F`) and backslashes survive that, so the decoded path is checked segment by segment.
 */
export function toServedPath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const withoutLead = decoded.replace(/^\//, '');
  if (withoutLead === '') return 'index.html';
  // A leading separator left after the strip, a drive letter or a UNC prefix would make join() ignore the root.
  if (/^[\\/]/.test(withoutLead) || /^[a-zA-Z]:/.test(withoutLead) || isAbsolute(withoutLead)) return undefined;
  const segments = withoutLead.split(/[\\/]+/);
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  return segments.join('/');
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The app:// handler: serves files under rootDir and nothing else. Every answer, refusals included, carries
 * the CSP, so no document of this origin ever runs without it.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refusal(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST) return refusal(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');

    const served = toServedPath(url.pathname);
    if (served === undefined) return refusal(403, 'Forbidden');
    const filePath = join(root, served);
    if (!isInside(root, filePath)) return refusal(403, 'Forbidden');

    try {
      const info = await stat(filePath);
      if (!info.isFile()) return refusal(404, 'Not found');
      // A symlink inside the root must not lead out of it.
      realRoot ??= realpath(root);
      if (!isInside(await realRoot, await realpath(filePath))) return refusal(403, 'Forbidden');
      const body = request.method === 'HEAD' ? null : await readFile(filePath);
      const headers = securityHeaders(mimeTypeFor(filePath));
      headers['Content-Length'] = String(info.size);
      return new Response(body, { status: 200, headers });
    } catch {
      return refusal(404, 'Not found');
    }
  };
}

/** Serves the renderer bundle on the window's session, the only session the app uses. */
export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
