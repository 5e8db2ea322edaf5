import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The scripts' behaviour on a machine without the Electron binary, which is every machine these tests run on
// unless someone installed Electron; with the binary present, these paths are not reachable and are skipped.
const root = resolve(__dirname, '..', '..');

function electronBinaryPresent(): boolean {
  const probe = spawnSync(process.execPath, ['-e', "try { require('fs').existsSync(require('electron')) || process.exit(1) } catch { process.exit(1) }"], { cwd: root });
  return probe.status === 0;
}
const present = electronBinaryPresent();

function runScript(script: string, args: string[] = []) {
  return spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe.skipIf(present)('npm start and npm install without the Electron binary', () => {
  it('npm start says once, in Chinese and English, what is missing and what to do, and fails', () => {
    const started = runScript('start.mjs');
    expect(started.status).not.toBe(0);
    const said = started.stdout + started.stderr;
    expect(said).toContain('没有 Electron 运行时');
    expect(said).toContain('the Electron runtime is missing');
    expect(said).toContain('npm run start:browser');
    expect(said.match(/npm run start:browser/g)).toHaveLength(2);
  });

  it('the postinstall step skips the Electron addon build quietly and never fails the install', () => {
    const installed = runScript('build-native-electron.mjs', ['--postinstall']);
    expect(installed.status).toBe(0);
    expect(installed.stdout + installed.stderr).toBe('');
  });
});

describe('build:native-electron given headers that are not there', () => {
  it('says so plainly and fails, before building anything', () => {
    const built = runScript('build-native-electron.mjs', ['--force', '--headers', join(root, 'no-such-headers-dir')]);
    expect(built.status).toBe(1);
    expect(built.stdout).toContain('does not exist');
    expect(built.stdout).not.toContain('Building');
  });
});
