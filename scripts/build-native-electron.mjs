#!/usr/bin/env node
// Builds the Electron flavour of better-sqlite3-multiple-ciphers into native/electron-<abi>/, beside (never over)
// the Node build that `npm install` left in node_modules, so one install serves the tests (Node) and the app
// (Electron) without rebuilding between them. main/db/native-binding.ts picks the file at run time.
//
//   node scripts/build-native-electron.mjs [--force] [--headers <dir|tarball>] [--postinstall]
//
// --headers        Electron's node headers already on disk (an unpacked node-v<version>-headers folder, or the
//                  .tar.gz itself), for build machines with no route to the headers site. Also QZ_ELECTRON_HEADERS.
// --postinstall    as run by `npm install`: skip quietly when the Electron binary is absent, and never fail the install.
// QZ_ELECTRON_HEADERS_URL  another place to download headers from (a mirror), instead of Electron's own site.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const ADDON_PACKAGE = 'better-sqlite3-multiple-ciphers';
const ADDON_FILE = 'better_sqlite3.node';
const DEFAULT_HEADERS_URL = 'https://www.electronjs.org/headers';

const args = process.argv.slice(2);
const postinstall = args.includes('--postinstall');
const force = args.includes('--force');
const headersAt = args.indexOf('--headers');
const localHeaders = headersAt !== -1 ? args[headersAt + 1] : process.env.QZ_ELECTRON_HEADERS;

/** Ends the script: a postinstall never breaks `npm install`, an explicit run reports failure by its exit code. */
function finish(code, lines = []) {
  for (const line of lines) console.log(line);
  process.exit(postinstall ? 0 : code);
}

/** Where the Electron binary is, or undefined: require('electron') throws when its download was skipped. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const electronPackage = join(root, 'node_modules', 'electron', 'package.json');
if (!existsSync(electronPackage)) {
  finish(1, ['[native] electron is not installed in node_modules; run npm install first. / 未安装 electron，请先运行 npm install。']);
}
if (postinstall && !electronBinary()) {
  // No Electron to run the addon with (ELECTRON_SKIP_BINARY_DOWNLOAD, CI, the test machines): nothing to do.
  finish(0);
}

const electronVersion = readJson(electronPackage).version;
const abi = electronAbi(electronVersion);
const addonDir = dirname(require.resolve(`${ADDON_PACKAGE}/package.json`));
const addonVersion = readJson(join(addonDir, 'package.json')).version;
const outDir = join(root, 'native', `electron-${abi}`);
const outFile = join(outDir, ADDON_FILE);
const infoFile = join(outDir, 'build-info.json');
const wanted = { electron: electronVersion, abi, addon: `${ADDON_PACKAGE}@${addonVersion}`, platform: process.platform, arch: process.arch };

function electronAbi(version) {
  const shipped = join(root, 'node_modules', 'electron', 'abi_version');
  if (existsSync(shipped)) return readFileSync(shipped, 'utf8').trim();
  return require('node-abi').getAbi(version, 'electron');
}

function upToDate() {
  if (!existsSync(outFile) || !existsSync(infoFile)) return false;
  try {
    const info = readJson(infoFile);
    return Object.entries(wanted).every(([key, value]) => info[key] === value);
  } catch {
    return false;
  }
}

if (!force && upToDate()) {
  if (!postinstall) console.log(`[native] ${outFile} is up to date (Electron ${electronVersion}, ABI ${abi}).`);
  finish(0);
}

const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
const devdir = join(homedir(), '.electron-gyp');
const common = [`--target=${electronVersion}`, `--arch=${process.arch}`, `--devdir=${devdir}`];

const headersUrl = process.env.QZ_ELECTRON_HEADERS_URL || DEFAULT_HEADERS_URL;
const localHeadersPath = localHeaders ? resolve(localHeaders) : undefined;
if (localHeadersPath && !existsSync(localHeadersPath)) {
  finish(1, [`[native] --headers ${localHeadersPath} does not exist. / 指定的头文件路径不存在。`]);
}

function headerArgs() {
  if (!localHeadersPath) return [`--dist-url=${headersUrl}`];
  return statSync(localHeadersPath).isDirectory() ? [`--nodedir=${localHeadersPath}`] : [`--tarball=${localHeadersPath}`, `--dist-url=${headersUrl}`];
}

function run(gypArgs, cwd) {
  return spawnSync(process.execPath, [nodeGyp, ...gypArgs], { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

/** The URL node-gyp tried and its verdict, which say more than the final "not ok". */
function downloadFailureDetail(log) {
  const url = /gyp http GET (\S+)/.exec(log)?.[1];
  const reason = /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|40\d|50\d/.exec(log)?.[0];
  return [url && `tried ${url}`, reason && `node-gyp says: ${reason}`].filter(Boolean).join('; ') || 'node-gyp gave no reason';
}

function headersCached() {
  return existsSync(join(devdir, electronVersion, 'include', 'node', 'node.h'));
}

// Fetch the headers on their own first: a failure here means "no network", which deserves its own plain words
// rather than a compiler log.
if (!localHeaders && !headersCached()) {
  console.log(`[native] Downloading Electron ${electronVersion} headers… / 正在下载 Electron ${electronVersion} 头文件…`);
  const got = run(['install', ...common, ...headerArgs()], root);
  if (got.status !== 0) {
    finish(2, [
      `[native] Could not download the Electron ${electronVersion} headers needed to build the database addon for Electron.`,
      `         无法下载为 Electron 编译数据库组件所需的 Electron ${electronVersion} 头文件。`,
      '         The app cannot start under Electron until this is done; tests under Node are unaffected.',
      '         在此之前无法以 Electron 启动本应用；Node 下的测试不受影响。',
      '         Fix: on a machine with network access run `npm run build:native-electron`, or copy',
      `         node-v${electronVersion}-headers.tar.gz here and run \`npm run build:native-electron -- --headers <file>\`.`,
      '         解决：在能联网的机器上运行 `npm run build:native-electron`，或将头文件包拷贝到本机后用 --headers 指定。',
      `         (${downloadFailureDetail(`${got.stdout}\n${got.stderr}`)})`,
    ]);
  }
}

// Build in a scratch copy: node-gyp writes build/ next to binding.gyp, and that build/ in node_modules is Node's.
const scratch = mkdtempSync(join(tmpdir(), 'qz-native-electron-'));
let failure;
try {
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps']) {
    cpSync(join(addonDir, entry), join(scratch, entry), { recursive: true });
  }
  console.log(`[native] Building ${ADDON_PACKAGE} ${addonVersion} for Electron ${electronVersion} (ABI ${abi}, ${process.platform}-${process.arch}); this takes a few minutes… / 正在编译，需要几分钟…`);
  const built = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release', '--jobs=max', ...common, ...headerArgs()], {
    cwd: scratch,
    stdio: 'inherit',
  });
  const product = join(scratch, 'build', 'Release', ADDON_FILE);
  if (built.status !== 0 || !existsSync(product)) {
    failure = [
      `[native] The Electron build of ${ADDON_PACKAGE} failed (see the compiler output above). / 编译失败，详见上方输出。`,
      '         It needs a C++20 compiler, make and Python 3 (on Windows: Visual Studio Build Tools).',
    ];
  } else {
    mkdirSync(outDir, { recursive: true });
    // Copy then rename, so a half-written file never sits where the app looks for the addon.
    const staging = `${outFile}.partial`;
    cpSync(product, staging);
    renameSync(staging, outFile);
    writeFileSync(infoFile, `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(`[native] Wrote ${outFile}`);
  }
} finally {
  // process.exit would skip a finally block, so the scratch copy goes before finish() is called.
  rmSync(scratch, { recursive: true, force: true });
}
finish(failure ? 1 : 0, failure);
