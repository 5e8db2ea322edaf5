import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../main/core';
import * as hashedCopy from '../../../main/backup/hashed-copy';
import { Keyring } from '../../../main/keys/keyring';
import { ADMIN, makeCore, setUp, TEST_KDF, type TestCore } from '../../support/core-fixture';
import { addPerson, backUp, dataKeyOf, dumpDatabase, makeDrive, officeWithCase, OFFICER, putAttachments, treeHashes, waitForJob } from './backup-fixture';

let t: TestCore;
let recoveryKey: string;
let drive: string;
beforeEach(async () => {
  t = makeCore();
  recoveryKey = (await setUp(t)).recoveryKey;
  drive = makeDrive();
});
afterEach(() => {
  vi.restoreAllMocks();
  t.dispose();
  fs.chmodSync(drive, 0o700);
  fs.rmSync(drive, { recursive: true, force: true });
});

const DAY = 24 * 60 * 60 * 1000;

describe('a backup', () => {
  it('is a folder named after the office and the time, with an encrypted database copy, the keyring, the attachments and a manifest of hashes', async () => {
    await officeWithCase(t, ADMIN.password);
    putAttachments(t.dir);
    const report = await backUp(t, drive);

    expect(path.basename(report.folder)).toBe('清正备份-绵纪-20261128-090000');
    expect(fs.readdirSync(drive)).toEqual(['清正备份-绵纪-20261128-090000']);
    expect(fs.readdirSync(report.folder).sort()).toEqual(['attachments', 'keyring.json', 'manifest.json', 'qingzheng.db']);
    expect(treeHashes(path.join(report.folder, 'attachments'))).toEqual(treeHashes(path.join(t.dir, 'attachments')));
    expect(fs.readFileSync(path.join(report.folder, 'keyring.json')).equals(fs.readFileSync(path.join(t.dir, 'keyring.json')))).toBe(true);

    // Encrypted with the same key: no SQLite header, no readable text, and nothing opens it without the key.
    const copyFile = path.join(report.folder, 'qingzheng.db');
    const bytes = fs.readFileSync(copyFile);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    for (const marker of ['绵阳市纪委监委', '张明远', 'fault-tolerance']) expect(bytes.includes(Buffer.from(marker))).toBe(false);
    const keyless = new Database(copyFile, { readonly: true });
    expect(() => keyless.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    keyless.close();
    const dump = dumpDatabase(copyFile, dataKeyOf(t.dir, recoveryKey));
    expect(dump.cases).toHaveLength(1);

    const manifest = JSON.parse(fs.readFileSync(path.join(report.folder, 'manifest.json'), 'utf8'));
    const adminId = (await t.call('app.status', {})).session!.userId;
    expect(manifest).toMatchObject({
      format: 'qingzheng-backup',
      formatVersion: 1,
      schemaVersion: Number(dump['#user_version'][0]),
      dbId: Keyring.load(path.join(t.dir, 'keyring.json')).dbId,
      officeCode: '绵纪',
      createdAt: '2026-11-28T01:00:00.000Z',
      createdBy: adminId,
      attachmentsFolder: true,
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Names stay inside the encrypted database.
    expect(JSON.stringify(manifest)).not.toContain('王管理');
    const onDisk = Object.entries(treeHashes(report.folder)).filter(([p]) => p !== 'manifest.json');
    expect(manifest.entries.map((e: { path: string; sha256: string }) => [e.path, e.sha256]).sort()).toEqual(onDisk.sort());
    for (const e of manifest.entries) expect(fs.statSync(path.join(report.folder, e.path)).size).toBe(e.size);
    const lastEntry = dump.audit_log.map((r) => JSON.parse(r) as unknown[]).sort((a, b) => Number(b[0]) - Number(a[0]))[0];
    expect(manifest.auditHead).toEqual({ seq: lastEntry[0], hash: lastEntry[10] });
    expect(lastEntry[4]).toBe('backup.create');
    expect(report).toMatchObject({ officeCode: '绵纪', fileCount: 5, attachmentCount: 3, totalBytes: manifest.entries.reduce((n: number, e: { size: number }) => n + e.size, 0) });

    // The live trail records the backup and its completion.
    const live = dumpDatabase(path.join(t.dir, 'qingzheng.db'), dataKeyOf(t.dir, recoveryKey));
    const actions = live.audit_log.map((r) => (JSON.parse(r) as unknown[])[4]);
    expect(actions).toEqual(expect.arrayContaining(['backup.create', 'backup.completed']));
  });

  it('is offered at the login screen with only what is not secret: folder, date and office', async () => {
    expect(await t.call('backup.latest', {})).toEqual({ backup: null });
    await backUp(t, drive);
    t.clock.advance(60_000);
    const second = await backUp(t, drive);
    await t.call('auth.logout', {});
    expect(await t.call('backup.latest', {})).toEqual({ backup: { folder: second.folder, createdAt: second.createdAt, officeCode: '绵纪' } });
    expect(await t.call('backup.inspect', { folder: second.folder })).toMatchObject({
      folder: second.folder,
      officeCode: '绵纪',
      fileCount: 2,
      attachmentCount: 0,
      supported: true,
      sameInstallation: true,
    });
  });

  it('goes only into an existing folder outside the data folder, and says plainly why not', async () => {
    const listing = () => [fs.readdirSync(t.dir).sort(), fs.readdirSync(drive).sort()];
    const before = listing();
    const inData = await t.fail('backup.start', { folder: t.dir });
    expect(inData).toMatchObject({ code: 'BACKUP_FOLDER_IN_DATA_DIR', fields: ['folder'] });
    expect(inData.message['zh-CN']).toContain('不能在清正自己的数据文件夹里备份');
    fs.mkdirSync(path.join(t.dir, 'backups'));
    expect((await t.fail('backup.start', { folder: path.join(t.dir, 'backups') })).code).toBe('BACKUP_FOLDER_IN_DATA_DIR');
    // A link that leads back into the data folder is followed to where it really points.
    fs.symlinkSync(t.dir, path.join(drive, 'looks-like-a-drive'));
    expect((await t.fail('backup.start', { folder: path.join(drive, 'looks-like-a-drive') })).code).toBe('BACKUP_FOLDER_IN_DATA_DIR');
    fs.rmSync(path.join(drive, 'looks-like-a-drive'));
    fs.rmSync(path.join(t.dir, 'backups'), { recursive: true });

    const missing = await t.fail('backup.start', { folder: path.join(drive, 'not-there') });
    expect(missing).toMatchObject({ code: 'BACKUP_FOLDER_MISSING', params: { folder: path.join(drive, 'not-there') }, fields: ['folder'] });
    expect(missing.message['zh-CN']).toContain('不存在或不是文件夹');
    expect((await t.fail('backup.start', { folder: 'backups' })).code).toBe('BACKUP_FOLDER_MISSING');
    fs.writeFileSync(path.join(drive, 'a-file'), 'x');
    expect((await t.fail('backup.start', { folder: path.join(drive, 'a-file') })).code).toBe('BACKUP_FOLDER_MISSING');
    fs.rmSync(path.join(drive, 'a-file'));
    expect(listing()).toEqual(before);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it cannot write to', async () => {
    fs.chmodSync(drive, 0o500);
    expect((await t.fail('backup.start', { folder: drive })).code).toBe('BACKUP_FOLDER_NOT_WRITABLE');
  });

  it('reports its phase and percent while it runs, and 100 when done', async () => {
    putAttachments(t.dir);
    const started = await t.call('backup.start', { folder: drive });
    if (!('jobId' in started)) throw new Error('cancelled');
    const seen = [];
    for (;;) {
      const s = await t.call('backup.status', { jobId: started.jobId });
      seen.push(s);
      if (s.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 1));
    }
    const percents = seen.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ state: 'done', percent: 100, kind: 'backup', error: null });
    expect(seen.at(-1)!.doneBytes).toBe(seen.at(-1)!.totalBytes);
    expect(seen.every((s) => ['database', 'attachments', 'finishing'].includes(s.phase))).toBe(true);
    expect((await t.fail('backup.status', { jobId: crypto.randomUUID() })).code).toBe('NOT_FOUND');
  });

  it('asks the shell for a folder when none is given, and does nothing when the officer cancels', async () => {
    let answer: string | null = null;
    t.core.close();
    t.core = createCore({ dataDir: t.dir, kdf: TEST_KDF, now: () => t.clock.now, host: { chooseFolder: async () => answer } });
    await t.call('auth.login', ADMIN);
    expect(await t.call('backup.start', {})).toEqual({ cancelled: true });
    expect(fs.readdirSync(drive)).toEqual([]);
    answer = drive;
    const started = await t.call('backup.start', {});
    expect((await waitForJob(t, (started as { jobId: string }).jobId)).state).toBe('done');
    expect(fs.readdirSync(drive)).toHaveLength(1);
  });

  it('cut off half-way (the drive pulled out) leaves no half backup, and is on the record', async () => {
    putAttachments(t.dir);
    vi.spyOn(hashedCopy, 'copyHashed').mockRejectedValueOnce(Object.assign(new Error('drive removed'), { code: 'EIO' }));
    const started = await t.call('backup.start', { folder: drive });
    const s = await waitForJob(t, (started as { jobId: string }).jobId);
    expect(s).toMatchObject({ state: 'failed', error: { code: 'BACKUP_WRITE_FAILED' } });
    expect(s.error!.message['zh-CN']).toContain('未完成的备份已删除');
    expect(fs.readdirSync(drive)).toEqual([]);
    expect((await t.call('backup.reminder', {})).lastBackupAt).toBeNull();
    const actions = dumpDatabase(path.join(t.dir, 'qingzheng.db'), dataKeyOf(t.dir, recoveryKey)).audit_log.map((r) => (JSON.parse(r) as unknown[])[4]);
    expect(actions).toContain('backup.failed');
    expect(actions).not.toContain('backup.completed');
  });

  it('is one at a time: a second backup or a restore waits until the first has finished', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const realHash = hashedCopy.hashFile;
    vi.spyOn(hashedCopy, 'hashFile').mockImplementationOnce(async (...args) => {
      await gate;
      return realHash(...args);
    });
    const first = (await t.call('backup.start', { folder: drive })) as { jobId: string };
    expect((await t.fail('backup.start', { folder: drive })).code).toBe('BACKUP_BUSY');
    expect((await t.fail('backup.restore', { folder: drive, password: ADMIN.password })).code).toBe('BACKUP_BUSY');
    release();
    expect((await waitForJob(t, first.jobId)).state).toBe('done');
    await backUp(t, drive);
  });
});

describe('the backup reminder', () => {
  it('reminds when there was never a backup, and again once the last one is more than 7 days old', async () => {
    expect(await t.call('backup.reminder', {})).toEqual({ lastBackupAt: null, daysSince: null, reminderDays: 7, overdue: true });
    const backup = await backUp(t, drive);
    expect(await t.call('backup.reminder', {})).toEqual({ lastBackupAt: backup.createdAt, daysSince: 0, reminderDays: 7, overdue: false });

    t.clock.advance(6 * DAY);
    await t.call('auth.login', ADMIN);
    expect(await t.call('backup.reminder', {})).toMatchObject({ daysSince: 6, overdue: false });
    t.clock.advance(2 * DAY);
    await t.call('auth.login', ADMIN);
    expect(await t.call('backup.reminder', {})).toMatchObject({ daysSince: 8, overdue: true });
  });

  it('waits as many days as the administrator sets; other users see it but cannot change it', async () => {
    await backUp(t, drive);
    t.clock.advance(8 * DAY);
    await t.call('auth.login', ADMIN);
    expect(await t.call('backup.configure', { reminderDays: 10 })).toEqual({ reminderDays: 10 });
    expect(await t.call('backup.reminder', {})).toMatchObject({ daysSince: 8, reminderDays: 10, overdue: false });
    expect((await t.fail('backup.configure', { reminderDays: 0 })).code).toBe('INVALID_INPUT');
    await addPerson(t, OFFICER, ['officer']);
    expect(await t.call('backup.reminder', {})).toMatchObject({ overdue: false });
    expect((await t.fail('backup.configure', { reminderDays: 30 })).code).toBe('FORBIDDEN');
  });
});

describe('who may back up and restore', () => {
  it('only the system administrator; case roles, the security administrator and the auditor are refused', async () => {
    const backup = await backUp(t, drive);
    const people = [
      { who: { username: 'libanli', displayName: '李办理', firstPassword: 'Officer2026', password: 'Officer2026own' }, roles: ['officer'] as const },
      { who: { username: 'wangshenhe', displayName: '王审核', firstPassword: 'Reviewer2026', password: 'Reviewer2026own' }, roles: ['reviewer'] as const },
      { who: { username: 'liushenpi', displayName: '刘审批', firstPassword: 'Approver2026', password: 'Approver2026own' }, roles: ['approver'] as const },
      { who: { username: 'shenji', displayName: '审计员甲', firstPassword: 'Audit2026pass', password: 'Audit2026own' }, roles: ['auditor'] as const },
      // Last: once a security administrator exists, the system administrator no longer grants roles.
      { who: { username: 'anquan', displayName: '保密员甲', firstPassword: 'Secure2026pass', password: 'Secure2026own' }, roles: ['secadmin'] as const },
    ];
    for (const p of people) {
      await t.call('auth.login', ADMIN);
      await addPerson(t, p.who, [...p.roles]);
      expect((await t.fail('backup.start', { folder: drive })).code, p.roles[0]).toBe('FORBIDDEN');
      expect((await t.fail('backup.restore', { folder: backup.folder, password: p.who.password })).code, p.roles[0]).toBe('FORBIDDEN');
    }
    // Signed in, nobody restores through the login-screen door either.
    expect((await t.fail('backup.restoreAtStart', { folder: backup.folder, username: 'admin', password: ADMIN.password })).code).toBe('RESTORE_NEEDS_SIGN_IN');
    await t.call('auth.login', ADMIN);
    await backUp(t, drive);
    expect((await verifyOk(backup.folder)).state).toBe('verified');
  });
});

async function verifyOk(folder: string) {
  const { jobId } = await t.call('backup.restore', { folder, password: ADMIN.password });
  return waitForJob(t, jobId);
}
