#!/usr/bin/env node
// `npm start`: build the bundles and run 清正 in Electron. Where the Electron binary is missing (it was
// installed with ELECTRON_SKIP_BINARY_DOWNLOAD, or its download failed) say so once, plainly, and stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** require('electron') gives the binary's path, and throws when the download was skipped. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const electron = electronBinary();
if (!electron) {
  console.error(
    [
      '清正无法以桌面应用启动：本机没有 Electron 运行时（node_modules/electron 中缺少 Electron 程序文件，',
      '通常是因为安装时设置了 ELECTRON_SKIP_BINARY_DOWNLOAD，或无法访问 Electron 的下载地址）。',
      '  · 在能访问 Electron 下载地址的机器上删除 node_modules/electron 后重新运行 npm install；或',
      '  · 运行 npm run start:browser，在系统自带的 Chromium 中打开同一界面，使用真实的核心与加密数据库。',
      '',
      'Qingzheng cannot start as a desktop app: the Electron runtime is missing (node_modules/electron has no',
      'Electron binary, usually because it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD or could not reach',
      "Electron's downloads).",
      '  · On a machine that can reach Electron\'s downloads, delete node_modules/electron and run npm install again; or',
      '  · run `npm run start:browser`, which opens the same UI in the system Chromium with the real core and',
      '    encrypted database.',
    ].join('\n'),
  );
  process.exit(1);
}

function runStep(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[start] ${label} failed; 清正 was not started. / ${label} 失败，未启动清正。`);
    process.exit(result.status ?? 1);
  }
}

// A no-op when native/electron-<abi>/ already matches this Electron and addon version.
runStep('build:native-electron', [join(root, 'scripts', 'build-native-electron.mjs')]);
runStep('electron-vite build', [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build']);

const env = { ...process.env };
// Set in the environment, it would make Electron behave as plain Node and ignore the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
