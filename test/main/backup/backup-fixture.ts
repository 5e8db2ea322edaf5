import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../../../main/db/database';
import { Keyring } from '../../../main/keys/keyring';
import type { BackupJobStatus } from '../../../shared/ipc/backup.contract';
import type { TestCore } from '../../support/core-fixture';
import { application } from '../../support/fault-tolerance-data';
import type { Role } from '../../../shared/roles';

/** A folder outside the data folder, as a removable drive would be. */
export function makeDrive(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qz-drive-'));
}

/** Polls a job the way the screen does, until it stops running. */
export async function waitForJob(t: TestCore, jobId: string): Promise<BackupJobStatus> {
  for (let i = 0; i < 2000; i++) {
    const s = await t.call('backup.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`job ${jobId} never finished`);
}

export async function backUp(t: TestCore, drive: string): Promise<NonNullable<BackupJobStatus['backup']>> {
  const started = await t.call('backup.start', { folder: drive });
  if (!('jobId' in started)) throw new Error('backup was cancelled');
  const done = await waitForJob(t, started.jobId);
  if (done.state !== 'done' || !done.backup) throw new Error(`backup ended ${done.state}: ${done.error?.code} ${done.error?.message.en}`);
  return done.backup;
}

/** Starts a restore and waits for its verification; the status says verified or failed. */
export async function verifyRestore(t: TestCore, folder: string, password: string): Promise<BackupJobStatus> {
  const { jobId } = await t.call('backup.restore', { folder, password });
  return waitForJob(t, jobId);
}

export function dataKeyOf(dir: string, recoveryKey: string): Buffer {
  return Keyring.load(path.join(dir, 'keyring.json')).recoverDataKey(recoveryKey);
}

export type Dump = Record<string, string[]>;

/**
 * Every row of every table, opened with the data key the way a forensic examiner would: the
 * logical content, independent of page layout. Virtual tables are read through their shadow tables.
 */
export function dumpDatabase(file: string, key: Buffer): Dump {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .pluck()
      .all() as string[];
    const dump: Dump = {};
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][];
      dump[t] = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v))).sort();
    }
    dump['#user_version'] = [String(db.pragma('user_version', { simple: true }))];
    return dump;
  } finally {
    db.close();
  }
}

/** SHA-256 of every file under `dir`, by relative path. */
export function treeHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (abs: string, rel: string) => {
    if (!fs.existsSync(abs)) return;
    for (const d of fs.readdirSync(abs, { withFileTypes: true })) {
      const a = path.join(abs, d.name);
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(a, r);
      else out[r] = crypto.createHash('sha256').update(fs.readFileSync(a)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** Stand-ins for attachment files, in nested folders, one of them larger than a copy chunk. */
export function putAttachments(dataDir: string): void {
  const root = path.join(dataDir, 'attachments');
  fs.mkdirSync(path.join(root, 'ab', 'cd'), { recursive: true });
  fs.mkdirSync(path.join(root, 'ef'), { recursive: true });
  fs.writeFileSync(path.join(root, 'ab', 'cd', 'abcd01.blob'), crypto.randomBytes(3 * 1024 * 1024 + 17));
  fs.writeFileSync(path.join(root, 'ab', 'abc002.blob'), crypto.randomBytes(1000));
  fs.writeFileSync(path.join(root, 'ef', 'ef0003.blob'), Buffer.alloc(0));
}

export function flipByte(file: string, at?: number): void {
  const buf = fs.readFileSync(file);
  const i = at ?? Math.floor(buf.length / 2);
  buf[i] ^= 0xff;
  fs.writeFileSync(file, buf);
}

export interface Person {
  username: string;
  displayName: string;
  /** What the administrator set when creating the account. */
  firstPassword: string;
  /** What the holder chose at first sign-in. */
  password: string;
}

export const OFFICER: Person = { username: 'libanli', displayName: '李办理', firstPassword: 'Officer2026', password: 'Officer2026own' };

/**
 * Creates an account as the signed-in administrator and signs its holder in, replacing the
 * administrator's first password the way the holder must.
 */
export async function addPerson(t: TestCore, p: Person, roles: Role[]): Promise<void> {
  await t.call('users.create', { username: p.username, displayName: p.displayName, password: p.firstPassword, unitId: 1, roles });
  await t.call('auth.login', { username: p.username, password: p.firstPassword });
  await t.call('auth.changePassword', { oldPassword: p.firstPassword, newPassword: p.password });
}

/** An office with an officer and one case: data worth backing up. Leaves the administrator signed in. */
export async function officeWithCase(t: TestCore, adminPassword: string): Promise<{ caseId: number }> {
  await addPerson(t, OFFICER, ['officer']);
  const cadre = await t.call('cadres.create', { name: '张明远', gender: 'male', unitId: 1, post: '镇长', rank: '一级主任科员' });
  const c = await t.call('cases.create', { kind: 'fault-tolerance', cadreId: cadre.id, data: application });
  await t.call('auth.login', { username: 'admin', password: adminPassword });
  return { caseId: c.summary.id };
}
