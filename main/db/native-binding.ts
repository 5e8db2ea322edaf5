import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** The addon's file name inside every flavour's folder. */
const ADDON_FILE = 'better_sqlite3.node';
const PACKAGE_DIR = join('node_modules', 'better-sqlite3-multiple-ciphers');

/** What decides which addon build a process can load; injectable so both branches are testable under Node. */
export interface RuntimeFacts {
  /** `process.versions.electron`: undefined under plain Node. */
  electron?: string;
  /** `process.versions.modules`, the ABI the addon must have been compiled for. */
  modules: string;
  /** A folder inside the app (the bundle's own folder): the app root is found by walking up from it. */
  fromDir: string;
  /** `process.resourcesPath` under Electron: an app root inside it is a packaged app. */
  resourcesPath?: string;
}

function currentRuntime(): RuntimeFacts {
  return {
    electron: process.versions.electron,
    modules: process.versions.modules,
    // Under Electron this module runs bundled as CommonJS (out/main/index.js), where __dirname exists;
    // the fallback only matters for callers that inject facts anyway.
    fromDir: typeof __dirname === 'string' ? __dirname : process.cwd(),
    resourcesPath: (process as { resourcesPath?: string }).resourcesPath,
  };
}

/** The folder, relative to the app root, that scripts/build-native-electron.mjs fills for one Electron ABI. */
export function electronNativeDir(modules: string): string {
  return join('native', `electron-${modules}`);
}

function findAppRoot(fromDir: string): string {
  let dir = fromDir;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    // Reaching the filesystem root means the layout is not ours; the caller's path then names what is missing.
    if (parent === dir) return fromDir;
    dir = parent;
  }
}

/**
 * Which better_sqlite3.node to hand to better-sqlite3's `nativeBinding` option.
 *
 * Under Node: undefined, so the default build that `npm install` compiled in node_modules serves the
 * tests. Under Electron in a checkout: the Electron-ABI build kept beside it in native/electron-<abi>/,
 * so one `npm install` serves both runtimes without rebuilding in place. In a packaged app: the copy
 * electron-builder rebuilt for that target's platform and arch, which asarUnpack leaves on disk because
 * a native library cannot be loaded from inside an asar archive.
 */
export function nativeBindingPath(facts: RuntimeFacts = currentRuntime()): string | undefined {
  if (!facts.electron) return undefined;
  // Read from the path itself, not the disk: only Electron's patched fs can look inside app.asar.
  const asarAt = facts.fromDir.split(/[\\/]/).indexOf('app.asar');
  if (asarAt !== -1) {
    const resources = facts.fromDir.split(/[\\/]/).slice(0, asarAt).join(sep);
    // Electron reads files inside app.asar transparently but cannot dlopen from it.
    return join(resources, 'app.asar.unpacked', PACKAGE_DIR, 'build', 'Release', ADDON_FILE);
  }
  const root = findAppRoot(facts.fromDir);
  if (facts.resourcesPath !== undefined && root.startsWith(facts.resourcesPath + sep)) {
    // Packaged without an asar archive: the rebuilt addon sits in the app's own node_modules.
    return join(root, PACKAGE_DIR, 'build', 'Release', ADDON_FILE);
  }
  return join(root, electronNativeDir(facts.modules), ADDON_FILE);
}
