import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getRawHeader, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../main/db/native-binding';

const root = resolve(__dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));

// electron-builder's own loader and schema check, the same two steps it runs before every build.
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, debugLogger: unknown): Promise<void>;
}
const configModule = require('app-builder-lib/out/util/config/config') as ConfigModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema check, offline', async () => {
    const config = await configModule.getConfig(root, null, null);
    await expect(configModule.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({ appId: 'cn.qingzheng.app', productName: '清正', asar: true });
  });

  it('would be refused by that check if it named an option electron-builder does not know', async () => {
    const config = await configModule.getConfig(root, null, { notAnElectronBuilderOption: true });
    await expect(configModule.validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/notAnElectronBuilderOption/);
  });

  it('targets Windows x64 NSIS and Linux deb and AppImage on x64 and arm64, and rebuilds the addon per target', async () => {
    const config = (await configModule.getConfig(root, null, null)) as {
      win: { target: Array<{ target: string; arch: string[] }> };
      linux: { target: Array<{ target: string; arch: string[] }> };
      npmRebuild?: boolean;
    };
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.npmRebuild).not.toBe(false);
  });
});

// The platforms the stand-in Electron is made for; elsewhere the pack is not attempted and says why.
const packable = process.platform === 'linux' || process.platform === 'win32';
if (!packable) console.log(`Packaging test did not run: scripts/pack-dir.mjs packs on Linux and Windows only, not ${process.platform}.`);

describe.skipIf(!packable)('the offline --dir pack', () => {
  let output = '';
  let unpackedDir = '';
  let resources = '';
  let asarPath = '';
  let entries: string[] = [];

  beforeAll(() => {
    output = mkdtempSync(join(tmpdir(), 'qz-pack-test-'));
    // pack-dir runs electron-vite build itself when out/ is missing; that alone can take minutes.
    const packed = spawnSync(process.execPath, [join(root, 'scripts', 'pack-dir.mjs'), '--output', output], {
      cwd: root,
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (packed.status !== 0) {
      throw new Error(`pack-dir failed (${packed.status}):\n${packed.stdout}\n${packed.stderr}`);
    }
    const dirs = readdirSync(output).filter((name) => name.endsWith('-unpacked'));
    expect(dirs).toHaveLength(1);
    unpackedDir = join(output, dirs[0]);
    resources = join(unpackedDir, 'resources');
    asarPath = join(resources, 'app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  }, 660_000);

  afterAll(() => {
    if (output) rmSync(output, { recursive: true, force: true });
  });

  it('holds the three bundles and the manifest, and no source folders', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']) {
      expect(entries, file).toContain(file);
    }
    const topLevel = new Set(entries.map((entry) => entry.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
  });

  it('holds no TypeScript sources and no source maps', () => {
    expect(entries.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
  });

  it('holds no test files', () => {
    expect(entries.filter((entry) => /\/(test|tests|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(entry))).toEqual([]);
  });

  it('holds no development dependencies', () => {
    const devOnly = ['vitest', 'playwright-core', 'typescript', 'electron', 'electron-builder', 'electron-vite', 'vite', 'react', 'react-dom', 'antd', 'happy-dom', 'fast-check', 'tsx', 'dependency-cruiser', '@testing-library/react'];
    const present = devOnly.filter((name) => entries.includes(`/node_modules/${name}`));
    expect(present).toEqual([]);
    // The runtime dependencies are there, so the check above is not passing on an empty archive.
    expect(entries).toContain('/node_modules/better-sqlite3-multiple-ciphers/lib/index.js');
    expect(entries).toContain('/node_modules/zod/package.json');
  });

  it('leaves out the addon’s C sources and the developer’s own native/ build', () => {
    expect(entries.filter((entry) => entry.startsWith('/node_modules/better-sqlite3-multiple-ciphers/deps/'))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('/native/'))).toEqual([]);
  });

  it('keeps better_sqlite3.node unpacked, exactly where the app will look for it', () => {
    const header = getRawHeader(asarPath).header as { files: Record<string, unknown> };
    let node: unknown = header;
    for (const part of ['node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node']) {
      node = (node as { files: Record<string, unknown> }).files[part];
    }
    expect(node).toMatchObject({ unpacked: true });
    const expected = nativeBindingPath({ electron: '39.5.0', modules: '140', fromDir: join(asarPath, 'out', 'main'), resourcesPath: resources });
    expect(expected).toBeDefined();
    expect(existsSync(expected as string)).toBe(true);
  });

  it('keeps only the Chinese and English Chromium locales', () => {
    expect(readdirSync(join(unpackedDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });
});
