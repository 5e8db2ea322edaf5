import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../main/audit/audit-log';
import { applyKey } from '../../../main/db/database';
import { ADMIN, diskFingerprint, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { backUp, dataKeyOf, dumpDatabase, flipByte, makeDrive, officeWithCase, OFFICER, waitForJob } from './backup-fixture';

let t: TestCore;
let recoveryKey: string;
let drive: string;
let backupFolder: string;
beforeEach(async () => {
  t = makeCore();
  recoveryKey = (await setUp(t)).recoveryKey;
  await officeWithCase(t, ADMIN.password);
  drive = makeDrive();
  backupFolder = (await backUp(t, drive)).folder;
  await t.call('auth.logout', {});
});
afterEach(() => {
  t.dispose();
  fs.rmSync(drive, { recursive: true, force: true });
});

const dbFile = () => path.join(t.dir, 'qingzheng.db');

/** What an intruder with the key and a plain SQLite tool could do: decrypt, edit, write back. */
function editAsIntruder(sql: string): void {
  const db = new Database(dbFile());
  applyKey(db, dataKeyOf(t.dir, recoveryKey));
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; DROP TRIGGER IF EXISTS audit_head_forward_only;');
  db.exec(sql);
  db.close();
}

function lastSeq(): number {
  const rows = dumpDatabase(dbFile(), dataKeyOf(t.dir, recoveryKey)).audit_log.map((r) => Number((JSON.parse(r) as unknown[])[0]));
  return Math.max(...rows);
}

async function restoreAtStart(input: { username: string; password: string }) {
  const { jobId } = await t.call('backup.restoreAtStart', { folder: backupFolder, ...input });
  return waitForJob(t, jobId);
}

describe('every start checks the data and never opens it half-broken', () => {
  it('a database with one byte flipped is reported as damaged at sign-in, and the latest backup is offered', async () => {
    flipByte(dbFile(), 4096 + 200);
    t.restart();
    const err = await t.fail('auth.login', ADMIN);
    expect(err.code).toBe('DB_DAMAGED');
    expect(err.message['zh-CN']).toContain('请从最近的备份恢复');
    expect((await t.call('app.status', {})).session).toBeNull();
    expect(await t.call('backup.latest', {})).toEqual({ backup: { folder: backupFolder, createdAt: '2026-11-28T01:00:00.000Z', officeCode: '绵纪' } });
  });

  it('an audit entry edited with a plain SQLite tool is reported as tampering, naming the entry where the trail breaks', async () => {
    const seq = lastSeq() - 1;
    editAsIntruder(`UPDATE audit_log SET actor_name = '某人' WHERE seq = ${seq}`);
    t.restart();
    const err = await t.fail('auth.login', ADMIN);
    expect(err).toMatchObject({ code: 'DB_TAMPERED', params: { seq } });
    expect(err.message['zh-CN']).toContain(`从第 ${seq} 条起对不上`);
  });

  it('audit entries cut off the end are reported as tampering too', async () => {
    const seq = lastSeq();
    editAsIntruder(`DELETE FROM audit_log WHERE seq >= ${seq - 1}`);
    t.restart();
    expect(await t.fail('auth.login', ADMIN)).toMatchObject({ code: 'DB_TAMPERED', params: { seq: seq - 1 } });
  });

  it('the backup’s system administrator restores the damaged data from the login screen, and signs in to the restored data', async () => {
    flipByte(dbFile(), 4096 + 200);
    t.restart();
    expect((await t.fail('auth.login', ADMIN)).code).toBe('DB_DAMAGED');
    const offered = (await t.call('backup.latest', {})).backup!;
    expect(await t.call('backup.inspect', { folder: offered.folder })).toMatchObject({ sameInstallation: true, supported: true });

    const verified = await restoreAtStart({ username: 'admin', password: ADMIN.password });
    expect(verified).toMatchObject({ state: 'verified', restore: { counts: { cases: 1, users: 2 } } });
    const report = await t.call('backup.restoreCommit', { jobId: verified.jobId });
    // The damaged file is kept, for whoever investigates it.
    expect(fs.existsSync(path.join(report.replacedKeptIn!, 'qingzheng.db'))).toBe(true);
    await t.call('auth.login', ADMIN);
    await t.call('auth.login', { username: OFFICER.username, password: OFFICER.password });
    expect((await t.call('cases.list', { kind: 'fault-tolerance' })).total).toBe(1);
  });

  it('an officer of the backup may not restore from the login screen; only its system administrator may', async () => {
    flipByte(dbFile(), 4096 + 200);
    t.restart();
    const refused = await restoreAtStart({ username: OFFICER.username, password: OFFICER.password });
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'BACKUP_USER_MISSING' } });
    expect(fs.readdirSync(t.dir).filter((n) => n.startsWith('.restore-') || n.startsWith('replaced-'))).toEqual([]);
  });

  it('is refused at the login screen while the data here opens normally, and nothing on disk changes', async () => {
    t.restart();
    const before = diskFingerprint(t.dir);
    const err = await t.fail('backup.restoreAtStart', { folder: backupFolder, username: 'admin', password: ADMIN.password });
    expect(err.code).toBe('RESTORE_NEEDS_SIGN_IN');
    expect(err.message['zh-CN']).toContain('请以系统管理员身份登录');
    const wrong = await t.fail('backup.restoreAtStart', { folder: backupFolder, username: 'admin', password: 'Wrong2026pass' });
    expect(wrong).toMatchObject({ code: 'BACKUP_BAD_PASSWORD', fields: ['username', 'password'] });
    expect(diskFingerprint(t.dir)).toBe(before);
    await t.call('auth.login', ADMIN);
  });

  it('is refused at the login screen for a backup of another installation, even when the data here is damaged', async () => {
    const other = makeCore();
    const otherDrive = makeDrive();
    try {
      await setUp(other);
      const foreign = await backUp(other, otherDrive);
      flipByte(dbFile(), 4096 + 200);
      t.restart();
      const before = diskFingerprint(t.dir);
      const err = await t.fail('backup.restoreAtStart', { folder: foreign.folder, username: 'admin', password: ADMIN.password });
      expect(err.code).toBe('RESTORE_NEEDS_SIGN_IN');
      expect(diskFingerprint(t.dir)).toBe(before);
    } finally {
      other.dispose();
      fs.rmSync(otherDrive, { recursive: true, force: true });
    }
  });

  it('a new computer with no data restores a backup and signs in to it', async () => {
    const fresh = makeCore();
    try {
      expect((await fresh.call('app.status', {})).initialized).toBe(false);
      const { jobId } = await fresh.call('backup.restoreAtStart', { folder: backupFolder, username: 'admin', password: ADMIN.password });
      expect((await waitForJob(fresh, jobId)).state).toBe('verified');
      const report = await fresh.call('backup.restoreCommit', { jobId });
      expect(report.replacedKeptIn).toBeNull();
      expect((await fresh.call('app.status', {})).initialized).toBe(true);
      expect((await fresh.call('auth.login', ADMIN)).displayName).toBe('王管理');
      expect(fs.readdirSync(fresh.dir).sort()).toEqual(expect.arrayContaining(['keyring.json', 'qingzheng.db']));
      expect(fs.readdirSync(fresh.dir).some((n) => n.startsWith('replaced-') || n.startsWith('.restore-'))).toBe(false);
    } finally {
      fresh.dispose();
    }
  });
});

describe('the start check', () => {
  it('opens a healthy database whose trail is longer than the part checked at every start', async () => {
    const db = new Database(dbFile());
    applyKey(db, dataKeyOf(t.dir, recoveryKey));
    db.transaction(() => {
      for (let i = 0; i < 1500; i++) appendAudit(db, { actorId: null, actorName: null, action: 'test.entry', result: 'ok', detail: { i } });
    })();
    db.close();
    t.restart();
    expect((await t.call('auth.login', ADMIN)).username).toBe('admin');
  });
});
