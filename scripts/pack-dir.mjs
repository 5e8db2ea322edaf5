#!/usr/bin/env node
// An offline `electron-builder --dir` pack, to check what a package would hold without the network:
// Electron is replaced by a stand-in folder (a fake executable, two locale files) and the native addon is
// not rebuilt. The result shows the real app.asar and its unpacked files, but it cannot run: real
// packages come from `npx electron-builder --linux` / `--win` on a machine that can download Electron.
//
//   node scripts/pack-dir.mjs [--output <dir>]      (default: dist/)
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const outputAt = args.indexOf('--output');
const output = outputAt !== -1 ? resolve(args[outputAt + 1]) : join(root, 'dist');

if (process.platform !== 'linux' && process.platform !== 'win32') {
  console.error(`[pack-dir] The stand-in Electron is made for Linux and Windows, the platforms 清正 ships on; not ${process.platform}.`);
  process.exit(1);
}

/** Chromium-side files electron-builder touches while packing: the executable, and locales for electronLanguages. */
function makeStandInElectron() {
  const dir = mkdtempSync(join(tmpdir(), 'qz-electron-stand-in-'));
  if (process.platform === 'win32') {
    writeFileSync(join(dir, 'electron.exe'), 'stand-in Electron made by scripts/pack-dir.mjs; not runnable\r\n');
  } else {
    const exe = join(dir, 'electron');
    writeFileSync(exe, '#!/bin/sh\necho "stand-in Electron made by scripts/pack-dir.mjs; not runnable" >&2\nexit 1\n');
    chmodSync(exe, 0o755);
  }
  mkdirSync(join(dir, 'locales'));
  for (const locale of ['zh-CN', 'en-US', 'fr']) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  return dir;
}

function ensureBundles() {
  const bundles = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];
  if (bundles.every((file) => existsSync(join(root, file)))) return;
  console.log('[pack-dir] out/ is missing or incomplete; running electron-vite build…');
  const built = spawnSync(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('[pack-dir] electron-vite build failed.');
    process.exit(built.status ?? 1);
  }
}

ensureBundles();
const { build, Platform, Arch } = require('electron-builder');
const standIn = makeStandInElectron();
try {
  const platform = process.platform === 'win32' ? Platform.WINDOWS : Platform.LINUX;
  await build({
    projectDir: root,
    targets: platform.createTarget(['dir'], Arch[process.arch]),
    publish: 'never',
    // Merged over electron-builder.yml for this pack only: nothing here may need the network or a real binary.
    config: {
      electronDist: standIn,
      npmRebuild: false,
      electronFuses: null,
      directories: { output },
      win: { signAndEditExecutable: false },
    },
  });
  const unpacked = join(output, `${process.platform === 'win32' ? 'win' : 'linux'}${process.arch === 'x64' ? '' : `-${process.arch}`}-unpacked`);
  console.log(`[pack-dir] Packed (with a stand-in Electron, not runnable) into ${unpacked}`);
} catch (error) {
  console.error(`[pack-dir] electron-builder failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(standIn, { recursive: true, force: true });
}
