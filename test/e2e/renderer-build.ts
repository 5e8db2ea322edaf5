import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const RENDERER_OUT = join(ROOT, 'out', 'renderer');

/** Everything the renderer bundle is made of: its own sources and the shared code it imports. */
const INPUTS = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function rendererIsStale(): boolean {
  const built = join(RENDERER_OUT, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(ROOT, input)) > builtAt);
}

/**
 * Builds only the renderer, with the renderer section of electron.vite.config.ts, so the
 * browser harness runs the same bundle as the app without needing the Electron main build.
 */
export async function buildRenderer(): Promise<void> {
  const { loadConfigFromFile } = await import('electron-vite');
  const { build } = await import('vite');
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'electron.vite.config.ts', ROOT, 'warn');
  const renderer = config.renderer;
  if (!renderer || typeof renderer === 'function') throw new Error('electron.vite.config.ts has no plain renderer section');
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'warn',
    // One local file read from disk, not a download: the size warning is noise here.
    build: { ...renderer.build, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  });
}

export async function ensureRendererBuilt(log: (line: string) => void = () => undefined): Promise<void> {
  if (!rendererIsStale()) return;
  log('Building the renderer (out/renderer is missing or older than its sources)…');
  const started = Date.now();
  await buildRenderer();
  log(`Renderer built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
