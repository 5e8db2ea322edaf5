import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { addPerson, backUp, dataKeyOf, dumpDatabase, makeDrive, officeWithCase, OFFICER, putAttachments, treeHashes, verifyRestore, waitForJob, type Dump } from './backup-fixture';

let t: TestCore;
let recoveryKey: string;
let drive: string;
beforeEach(async () => {
  t = makeCore();
  recoveryKey = (await setUp(t)).recoveryKey;
  drive = makeDrive();
});
afterEach(() => {
  t.dispose();
  fs.rmSync(drive, { recursive: true, force: true });
});

const liveDb = () => path.join(t.dir, 'qingzheng.db');

/** Every table except the audit trail and its head anchor, which a backup and a restore each add one entry to. */
function withoutAuditGrowth(d: Dump): Dump {
  const { audit_log: _log, settings, ...rest } = d;
  return { ...rest, settings: settings.filter((row) => !row.startsWith('["audit.head"')) };
}

function actionsOf(d: Dump): string[] {
  return d.audit_log.map((row) => JSON.parse(row) as unknown[]).sort((a, b) => Number(a[0]) - Number(b[0])).map((r) => String(r[4]));
}

describe('backing up and restoring brings every record and every attachment back exactly', () => {
  it('restores every table row by row and every attachment byte for byte, and drops what was done after the backup', async () => {
    const { caseId } = await officeWithCase(t, ADMIN.password);
    putAttachments(t.dir);
    await t.call('auth.login', { username: OFFICER.username, password: OFFICER.password });
    const caseBefore = await t.call('cases.get', { id: caseId });
    await t.call('auth.login', ADMIN);
    const key = dataKeyOf(t.dir, recoveryKey);
    const before = dumpDatabase(liveDb(), key);
    const attachmentsBefore = treeHashes(path.join(t.dir, 'attachments'));

    const backup = await backUp(t, drive);
    const copy = dumpDatabase(path.join(backup.folder, 'qingzheng.db'), key);
    // The copy is the data as it stood, plus the entry that records the backup itself.
    expect(withoutAuditGrowth(copy)).toEqual(withoutAuditGrowth(before));
    expect(copy.audit_log.length).toBe(before.audit_log.length + 1);
    expect(actionsOf(copy).at(-1)).toBe('backup.create');

    // Work after the backup: a new user, an edited attachment, a removed one, a new one.
    await t.call('users.create', { username: 'houlai', displayName: '后来者', password: 'Later2026pass', unitId: 1, roles: [] });
    fs.writeFileSync(path.join(t.dir, 'attachments', 'ab', 'abc002.blob'), 'changed after the backup');
    fs.rmSync(path.join(t.dir, 'attachments', 'ef', 'ef0003.blob'));
    fs.writeFileSync(path.join(t.dir, 'attachments', 'new.blob'), 'added after the backup');

    const verified = await verifyRestore(t, backup.folder, ADMIN.password);
    expect(verified.state).toBe('verified');
    const report = await t.call('backup.restoreCommit', { jobId: verified.jobId });

    const restored = dumpDatabase(liveDb(), key);
    expect(withoutAuditGrowth(restored)).toEqual(withoutAuditGrowth(before));
    // The trail is the backup's, entry for entry, then one entry saying it was restored.
    expect(restored.audit_log.slice().sort()).toEqual(expect.arrayContaining(copy.audit_log));
    expect(actionsOf(restored)).toEqual([...actionsOf(copy), 'backup.restore']);
    expect(treeHashes(path.join(t.dir, 'attachments'))).toEqual(attachmentsBefore);
    expect(report).toMatchObject({
      folder: backup.folder,
      backupCreatedAt: backup.createdAt,
      backupCreatedBy: '王管理',
      office: { name: '绵阳市纪委监委', code: '绵纪' },
      counts: { cases: 1, users: 2, auditEntries: copy.audit_log.length, attachments: 3 },
    });

    // The session ended; signing in again shows the case as it was, and the audit chain holds.
    expect((await t.call('app.status', {})).session).toBeNull();
    await t.call('auth.login', ADMIN);
    expect((await t.call('users.list', {})).map((u) => u.username)).not.toContain('houlai');
    await t.call('auth.login', { username: OFFICER.username, password: OFFICER.password });
    expect(await t.call('cases.get', { id: caseId })).toEqual(caseBefore);
  });

  it('keeps the replaced data aside, whole, instead of deleting it', async () => {
    await officeWithCase(t, ADMIN.password);
    putAttachments(t.dir);
    const backup = await backUp(t, drive);
    await t.call('users.create', { username: 'houlai', displayName: '后来者', password: 'Later2026pass', unitId: 1, roles: [] });
    fs.writeFileSync(path.join(t.dir, 'attachments', 'new.blob'), 'added after the backup');
    const key = dataKeyOf(t.dir, recoveryKey);
    const keyringBefore = fs.readFileSync(path.join(t.dir, 'keyring.json'));
    const attachmentsBefore = treeHashes(path.join(t.dir, 'attachments'));

    const report = await t.call('backup.restoreCommit', { jobId: (await verifyRestore(t, backup.folder, ADMIN.password)).jobId });
    expect(report.replacedKeptIn).toMatch(/replaced-20261128-\d{6}$/);
    const aside = report.replacedKeptIn!;
    expect(fs.readFileSync(path.join(aside, 'keyring.json')).equals(keyringBefore)).toBe(true);
    expect(treeHashes(path.join(aside, 'attachments'))).toEqual(attachmentsBefore);
    const kept = dumpDatabase(path.join(aside, 'qingzheng.db'), key);
    expect(kept.users.some((row) => row.includes('houlai'))).toBe(true);
    // The replaced trail itself says where it went.
    expect(actionsOf(kept).at(-1)).toBe('backup.restore');
  });

  it('asks for the password the officer had when the backup was made, which is the one that signs in afterwards', async () => {
    const backup = await backUp(t, drive);
    await t.call('auth.changePassword', { oldPassword: ADMIN.password, newPassword: 'Changed2026pass' });

    const refused = await t.fail('backup.restore', { folder: backup.folder, password: 'Changed2026pass' });
    expect(refused).toMatchObject({ code: 'BACKUP_BAD_PASSWORD', fields: ['password'] });
    expect(refused.message['zh-CN']).toContain('制作这份备份时');

    const verified = await verifyRestore(t, backup.folder, ADMIN.password);
    await t.call('backup.restoreCommit', { jobId: verified.jobId });
    expect((await t.fail('auth.login', { username: 'admin', password: 'Changed2026pass' })).code).toBe('BAD_CREDENTIALS');
    await t.call('auth.login', ADMIN);
  });

  it('restores with the backup’s recovery key instead, and the new password chosen then signs in', async () => {
    const backup = await backUp(t, drive);
    const weak = await t.fail('backup.restore', { folder: backup.folder, recoveryKey, newPassword: 'short' });
    expect(weak).toMatchObject({ code: 'WEAK_PASSWORD', fields: ['newPassword'] });
    expect((await t.fail('backup.restore', { folder: backup.folder, recoveryKey: 'AAAA-BBBB-CCCC', newPassword: 'Fresh2026pass' })).code).toBe('BAD_RECOVERY_KEY');

    const { jobId } = await t.call('backup.restore', { folder: backup.folder, recoveryKey, newPassword: 'Fresh2026pass' });
    expect((await waitForJob(t, jobId)).state).toBe('verified');
    await t.call('backup.restoreCommit', { jobId });
    expect((await t.fail('auth.login', ADMIN)).code).toBe('BAD_CREDENTIALS');
    await t.call('auth.login', { username: 'admin', password: 'Fresh2026pass' });
  });

  it('refuses an officer whose account the backup does not have, since they could not sign in to what they restored', async () => {
    const backup = await backUp(t, drive);
    await addPerson(t, { username: 'xinguan', displayName: '新管理', firstPassword: 'Admin2new2026', password: 'Admin2mine2026' }, ['sysadmin']);
    const err = await t.fail('backup.restore', { folder: backup.folder, password: 'Admin2mine2026' });
    expect(err.code).toBe('BACKUP_BAD_PASSWORD');
    const viaRecovery = await t.fail('backup.restore', { folder: backup.folder, recoveryKey, newPassword: 'Fresh2026pass' });
    expect(viaRecovery.code).toBe('BACKUP_USER_MISSING');
    expect(viaRecovery.message['zh-CN']).toContain('恢复后将无法登录');
  });

  it('shows what a verified backup holds and replaces nothing until the officer confirms; a cancelled one cannot be committed', async () => {
    await officeWithCase(t, ADMIN.password);
    const backup = await backUp(t, drive);
    const keyBefore = fs.readFileSync(path.join(t.dir, 'keyring.json'));
    const verified = await verifyRestore(t, backup.folder, ADMIN.password);
    expect(verified).toMatchObject({ state: 'verified', percent: 100, restore: { counts: { cases: 1 }, replacedKeptIn: null } });
    expect(fs.readFileSync(path.join(t.dir, 'keyring.json')).equals(keyBefore)).toBe(true);
    expect(fs.readdirSync(t.dir).filter((n) => n.startsWith('replaced-'))).toEqual([]);

    await t.call('backup.restoreCancel', { jobId: verified.jobId });
    expect((await t.call('backup.status', { jobId: verified.jobId })).state).toBe('cancelled');
    expect((await t.fail('backup.restoreCommit', { jobId: verified.jobId })).code).toBe('RESTORE_EXPIRED');
    // Nothing staged is left behind, and the session carries on.
    expect(fs.readdirSync(t.dir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
    expect((await t.call('app.status', {})).session?.username).toBe('admin');
  });

  it('a verified restore confirmed by someone else after the officer signed out is refused', async () => {
    await addPerson(t, OFFICER, ['officer']);
    await t.call('auth.login', ADMIN);
    const backup = await backUp(t, drive);
    const verified = await verifyRestore(t, backup.folder, ADMIN.password);
    await t.call('auth.login', { username: OFFICER.username, password: OFFICER.password });
    expect((await t.fail('backup.restoreCommit', { jobId: verified.jobId })).code).toBe('RESTORE_EXPIRED');
  });
});
