import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
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
  const files = await snapshotRenderer();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
    const path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^\/+/, '');
    const body = files.get(path);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body, headers: { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' } });
  });
}

/**
 * The built renderer, read into memory once: other work in the same tree may rebuild out/renderer
 * at any moment, and a page must not load half of one build and half of the next. A snapshot
 * whose index.html names files that are not there is a build in progress: wait for it.
 */
async function snapshotRenderer(timeoutMs = 120_000): Promise<Map<string, Buffer>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = readTree();
    const index = files.get('index.html')?.toString('utf8');
    const referenced = index ? [...index.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]) : null;
    if (referenced && referenced.every((path) => files.has(path))) return files;
    if (Date.now() > deadline) throw new Error(`No complete renderer build in ${RENDERER_OUT}; run the e2e global setup or npm run build`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function readTree(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      try {
        if (statSync(full).isDirectory()) walk(full);
        else files.set(relative(RENDERER_OUT, full).split('\\').join('/'), readFileSync(full));
      } catch {
        // Removed between listing and reading: a rebuild is under way; the caller retries.
      }
    }
  };
  walk(RENDERER_OUT);
  return files;
}
