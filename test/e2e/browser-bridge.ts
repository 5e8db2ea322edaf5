import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, LaunchOptions } from 'playwright-core';
import { RENDERER_OUT } from './renderer-build';

/**
 * The built renderer is served from this origin by request interception: no port is opened,
 * and `.invalid` can never resolve, so nothing could reach a network even if interception failed.
 */
export const APP_ORIGIN = 'http://qingzheng.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;

export const CHROMIUM_PATH = process.env.QZ_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchOptions(headless: boolean): LaunchOptions {
  // Playwright talks to the browser over --remote-debugging-pipe: no debugging port either.
  return { executablePath: CHROMIUM_PATH, headless, args: CHROMIUM_ARGS };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** What main/shell/preload.ts does with contextBridge: one frozen `invoke`, nothing else. */
const PRELOAD_SCRIPT = `(() => {
  const invoke = window.__qingzhengInvoke;
  Object.defineProperty(window, 'api', {
    value: Object.freeze({ invoke: (channel, input) => invoke(channel, input) }),
    writable: false,
    configurable: false,
  });
})();`;

export type Dispatch = (channel: unknown, input: unknown) => Promise<unknown>;

/**
 * Gives every page of the context what the Electron preload gives the window: `window.api.invoke`,
 * answered here by the core's dispatch (Result envelopes cross as JSON, as over IPC), and the
 * renderer's files. Any other request is aborted.
 */
export async function bridgeContext(context: BrowserContext, dispatch: Dispatch): Promise<void> {
  await context.exposeBinding('__qingzhengInvoke', (_source, channel: unknown, input: unknown) => dispatch(channel, input));
  // A string, not a function: the TypeScript loaders rename helpers inside serialized functions.
  await context.addInitScript({ content: PRELOAD_SCRIPT });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
    const relative = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(/^[/\\]+/, '');
    const file = join(RENDERER_OUT, relative);
    if (!file.startsWith(RENDERER_OUT + sep)) return route.fulfill({ status: 403, body: 'forbidden' });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' } });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
