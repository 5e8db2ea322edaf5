import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core';
import { TEST_KDF } from '../../support/core-fixture';
import { application } from '../../support/fault-tolerance-data';
import { dataKeyOf } from './raw-database';

/**
 * After an end-to-end run through the core — setup, accounts, a case whose facts carry a marker, an
 * attachment carrying it too, an encrypted case package, lock, sign-in again, an audit export — no
 * file the app wrote (the data folder, the temporary folder it was given, the exports meant to be
 * encrypted, the audit export) holds the marker, in UTF-8 or UTF-16LE, inside zip containers too;
 * and nothing the program printed holds a password, a key or case text.
 */
const MARKER = '泄露检测标记QZ7';
const PASSWORDS = {
  admin: 'Admin2026pass',
  officerInitial: 'Officer2026',
  officer: 'Officer2026own',
  secadminInitial: 'Secadmin2026',
  secadmin: 'Secadmin2026own',
  auditorInitial: 'Auditor2026',
  auditor: 'Auditor2026own',
  packagePassphrase: 'Package2026phrase',
};

let root: string;
let dataDir: string;
let exportsDir: string;
let savedTmp: string | undefined;
let core: Core;
let recoveryKey = '';
let dataKey: Buffer;
const printed: string[] = [];
/** The folders as they stood while the officer was signed in, the WAL still open beside the database. */
let midRun: { name: string; bytes: Buffer }[] = [];
const restore: (() => void)[] = [];

function capture(): void {
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[name];
    console[name] = (...args: unknown[]) => void printed.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    restore.push(() => void (console[name] = original));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => void (stream.write = original as typeof stream.write));
  }
}

async function call<T = unknown>(channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
  return r.value as T;
}

async function finished(job: { id: string }): Promise<{ state: string; result: { path: string } }> {
  for (let i = 0; i < 400; i++) {
    const s = await call<{ state: string; result: { path: string } }>('jobs.status', { id: job.id });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('job did not finish');
}

/** Every file under a folder, with the entries of any zip container among them. */
async function everyFile(dir: string): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath, e.name);
    const bytes = fs.readFileSync(p);
    out.push({ name: path.relative(root, p), bytes });
    if (bytes.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) out.push(...(await zipEntries(p)).map((z) => ({ name: `${path.relative(root, p)}!${z.name}`, bytes: z.bytes })));
  }
  return out;
}

function zipEntries(file: string): Promise<{ name: string; bytes: Buffer }[]> {
  return new Promise((resolve) => {
    const entries: { name: string; bytes: Buffer }[] = [];
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return resolve(entries);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return zip.readEntry();
          const parts: Buffer[] = [];
          stream.on('data', (d: Buffer) => parts.push(d));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, bytes: Buffer.concat(parts) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => resolve(entries));
      zip.readEntry();
    });
  });
}

/** The ways a secret could sit in a file: as UTF-8, as UTF-16LE, and a key also as hex or base64. */
function forms(secret: string | Buffer): Buffer[] {
  if (Buffer.isBuffer(secret)) return [secret, Buffer.from(secret.toString('hex')), Buffer.from(secret.toString('base64'))];
  return [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')];
}

const holds = (bytes: Buffer, secret: string | Buffer) => forms(secret).some((f) => bytes.includes(f));

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-leak-'));
  dataDir = path.join(root, 'data');
  exportsDir = path.join(root, 'exports');
  const tmp = path.join(root, 'tmp');
  for (const d of [dataDir, exportsDir, tmp]) fs.mkdirSync(d);
  // Whatever the app puts in the temporary folder lands here, where it is scanned too.
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  expect(os.tmpdir()).toBe(tmp);
  capture();
  try {
    let now = Date.parse('2026-11-28T09:00:00+08:00');
    core = createCore({ dataDir, kdf: TEST_KDF, now: () => now });
    const setup = await call<{ recoveryKey: string }>('setup.create', {
      officeName: '绵阳市纪委监委',
      officeCode: '绵纪',
      unitName: '绵阳市纪委监委机关',
      adminUsername: 'admin',
      adminDisplayName: '王管理',
      password: PASSWORDS.admin,
    });
    recoveryKey = setup.recoveryKey;
    await call('setup.confirmRecovery', { recoveryKey });
    await call('users.create', { username: 'libanli', displayName: '李办理', password: PASSWORDS.officerInitial, unitId: 1, roles: ['officer'] });
    await call('users.create', { username: 'zhoushenji', displayName: '周审计', password: PASSWORDS.auditorInitial, unitId: 1, roles: ['auditor'] });
    await call('users.create', { username: 'chenanbao', displayName: '陈安保', password: PASSWORDS.secadminInitial, unitId: 1, roles: ['secadmin'] });
    for (const [u, a, b] of [['libanli', PASSWORDS.officerInitial, PASSWORDS.officer], ['zhoushenji', PASSWORDS.auditorInitial, PASSWORDS.auditor], ['chenanbao', PASSWORDS.secadminInitial, PASSWORDS.secadmin]]) {
      await call('auth.login', { username: u, password: a });
      await call('auth.changePassword', { oldPassword: a, newPassword: b });
    }
    await call('auth.login', { username: 'chenanbao', password: PASSWORDS.secadmin });
    await call('users.resetPassword', { id: (await call<{ id: string; username: string }[]>('users.list', {})).find((u) => u.username === 'zhoushenji')!.id, temporaryPassword: 'Reset2026temp' });

    await call('auth.login', { username: 'libanli', password: PASSWORDS.officer });
    const cadre = await call<{ id: number }>('cadres.create', { name: '张明远', gender: 'male', unitId: 1, post: '镇长' });
    const kase = await call<{ summary: { id: number } }>('cases.create', { kind: 'fault-tolerance', cadreId: cadre.id, data: { ...application, factsClaimed: `${application.factsClaimed}${MARKER}` } });
    const caseId = kase.summary.id;
    const text = Buffer.from(`证据材料：${MARKER}\n`.repeat(200), 'utf8');
    const upload = await call<{ uploadId: string }>('attachments.uploadBegin', { caseId, step: 'application', name: '证据.txt', size: text.length, sha256: crypto.createHash('sha256').update(text).digest('hex') });
    await call('attachments.uploadChunk', { uploadId: upload.uploadId, offset: 0, data: text.toString('base64') });
    await call('attachments.uploadCommit', { uploadId: upload.uploadId });
    midRun = await everyFile(root);
    const pkg = await finished(await call<{ id: string }>('packages.export', { caseIds: [caseId], passphrase: PASSWORDS.packagePassphrase, path: path.join(exportsDir, '案件交换包.qzpkg') }));
    expect(pkg.state).toBe('done');

    await call('auth.lock', {});
    now += 60_000;
    await call('auth.unlock', { password: PASSWORDS.officer });
    expect(JSON.stringify(await call('cases.get', { id: caseId }))).toContain(MARKER);

    await call('auth.login', { username: 'zhoushenji', password: 'Reset2026temp' });
    await call('auth.changePassword', { oldPassword: 'Reset2026temp', newPassword: PASSWORDS.auditor });
    await call('audit.export', { path: path.join(exportsDir, '审计日志.xlsx') });
    await call('auth.logout', {});
  } finally {
    core?.close();
    for (const undo of restore.splice(0).reverse()) undo();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  dataKey = await dataKeyOf(dataDir, 'admin', PASSWORDS.admin);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('leak scan after an end-to-end run', () => {
  it('the scanner itself finds the marker in UTF-8, in UTF-16LE and inside a zip', async () => {
    const control = fs.mkdtempSync(path.join(root, 'control-'));
    fs.writeFileSync(path.join(control, 'a.txt'), `x${MARKER}x`, 'utf16le');
    fs.writeFileSync(path.join(control, 'b.txt'), `x${MARKER}x`, 'utf8');
    const files = await everyFile(control);
    expect(files.filter((f) => holds(f.bytes, MARKER)).map((f) => path.basename(f.name)).sort()).toEqual(['a.txt', 'b.txt']);
    fs.rmSync(control, { recursive: true });
    const xlsx = (await everyFile(exportsDir)).filter((f) => f.name.includes('审计日志.xlsx!'));
    expect(xlsx.length).toBeGreaterThan(3);
  });

  it('no file in the data folder, the temporary folder or the exports holds the case text, a password or the key', async () => {
    const files = [...midRun, ...(await everyFile(root))];
    const names = new Set(files.map((f) => f.name));
    const expected = [
      path.join('data', 'qingzheng.db'),
      path.join('data', 'qingzheng.db-wal'),
      path.join('data', 'keyring.json'),
      path.join('exports', '案件交换包.qzpkg'),
      `${path.join('exports', '审计日志.xlsx')}!xl/worksheets/sheet1.xml`,
    ];
    for (const name of expected) expect(names, name).toContain(name);
    expect(files.some((f) => f.name.endsWith('.qzpkg'))).toBe(true);
    const secrets: [string, string | Buffer][] = [['marker', MARKER], ['data key', dataKey], ['recovery key', recoveryKey], ...Object.entries(PASSWORDS)];
    const found = files.flatMap((f) => secrets.filter(([, s]) => holds(f.bytes, s)).map(([what]) => `${what} in ${f.name}`));
    expect(found).toEqual([]);
  });

  it('nothing the program printed holds a password, a key or case text', () => {
    const out = printed.join('\n');
    for (const [what, secret] of [['marker', MARKER], ['recovery key', recoveryKey], ['data key (hex)', dataKey.toString('hex')], ['data key (base64)', dataKey.toString('base64')], ...Object.entries(PASSWORDS)] as [string, string][])
      expect(out.includes(secret), what).toBe(false);
    expect(out).not.toContain(application.factsClaimed);
  });
});
