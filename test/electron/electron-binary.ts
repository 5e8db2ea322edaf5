import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

/**
 * The Electron binary's path, or why there is none. require('electron') answers with the path and throws
 * when the download was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD) or failed.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const require = createRequire(join(ROOT, 'package.json'));
  let path: unknown;
  try {
    path = require('electron');
  } catch {
    return { missing: 'the Electron binary is absent (node_modules/electron was installed without its download)' };
  }
  if (typeof path !== 'string' || !existsSync(path)) {
    return { missing: `the Electron binary is absent (${String(path)} does not exist)` };
  }
  return { path };
}
