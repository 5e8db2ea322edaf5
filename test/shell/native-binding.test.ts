import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../main/db/native-binding';

// Lives beside the shell tests because choosing the addon is the shell's half of "one npm install, two runtimes".
describe('choosing the SQLite addon build for the running runtime', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'qz-native-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('leaves Node on the default build that npm install compiled', () => {
    expect(nativeBindingPath({ modules: '115', fromDir: tmp })).toBeUndefined();
    expect(nativeBindingPath()).toBeUndefined();
  });

  it('points Electron in a checkout at native/electron-<abi>/ under the app root', () => {
    const root = join(tmp, 'checkout');
    mkdirSync(join(root, 'out', 'main'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{}');
    const path = nativeBindingPath({ electron: '39.5.0', modules: '140', fromDir: join(root, 'out', 'main'), resourcesPath: join(tmp, 'electron', 'resources') });
    expect(path).toBe(join(root, 'native', 'electron-140', 'better_sqlite3.node'));
  });

  it('points a packaged app at the addon left unpacked beside app.asar, without reading inside the archive', () => {
    // No files made: plain Node cannot look inside app.asar, and neither must the decision.
    const resources = join(tmp, 'installed', 'resources');
    const path = nativeBindingPath({ electron: '39.5.0', modules: '140', fromDir: join(resources, 'app.asar', 'out', 'main'), resourcesPath: resources });
    expect(path).toBe(join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'));
  });

  it('points a packaged app without an asar archive at its own node_modules', () => {
    const resources = join(tmp, 'plain', 'resources');
    const appDir = join(resources, 'app');
    mkdirSync(join(appDir, 'out', 'main'), { recursive: true });
    writeFileSync(join(appDir, 'package.json'), '{}');
    const path = nativeBindingPath({ electron: '39.5.0', modules: '140', fromDir: join(appDir, 'out', 'main'), resourcesPath: resources });
    expect(path).toBe(join(appDir, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'));
  });
});
