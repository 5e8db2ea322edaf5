import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { ErrorPayload } from '../../../shared/errors';
import { ADMIN, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { backUp, dataKeyOf, dumpDatabase, flipByte, makeDrive, officeWithCase, putAttachments, treeHashes, waitForJob, type Dump } from './backup-fixture';

/**
 * One office and one good backup for the whole file; each test damages a fresh copy of that backup,
 * tries to restore it, and checks that the data on this computer is exactly as it was.
 */
let t: TestCore;
let drive: string;
let good: string;
let key: Buffer;

beforeAll(async () => {
  t = makeCore();
  const { recoveryKey } = await setUp(t);
  await officeWithCase(t, ADMIN.password);
  putAttachments(t.dir);
  drive = makeDrive();
  good = (await backUp(t, drive)).folder;
  key = dataKeyOf(t.dir, recoveryKey);
});
afterAll(() => {
  t.dispose();
  fs.rmSync(drive, { recursive: true, force: true });
});

let trial: string;
let before: Snapshot;
beforeEach(async () => {
  await t.call('auth.login', ADMIN);
  trial = path.join(drive, `trial-${crypto.randomBytes(4).toString('hex')}`);
  fs.cpSync(good, trial, { recursive: true });
  before = snapshot();
});
afterEach(() => fs.rmSync(trial, { recursive: true, force: true }));

interface Snapshot {
  keyring: string;
  attachments: Record<string, string>;
  db: Dump;
}

function snapshot(): Snapshot {
  return {
    keyring: crypto.createHash('sha256').update(fs.readFileSync(path.join(t.dir, 'keyring.json'))).digest('hex'),
    attachments: treeHashes(path.join(t.dir, 'attachments')),
    db: dumpDatabase(path.join(t.dir, 'qingzheng.db'), key),
  };
}

/**
 * The keyring and attachments are byte-identical, every table row-identical, and the audit trail
 * only grew, by the entries that record the refusal itself.
 */
function expectUntouched(...codes: string[]): void {
  const now = snapshot();
  expect(now.keyring).toBe(before.keyring);
  expect(now.attachments).toEqual(before.attachments);
  const strip = ({ audit_log: _a, settings, ...rest }: Dump) => ({ ...rest, settings: settings.filter((r) => !r.startsWith('["audit.head"')) });
  expect(strip(now.db)).toEqual(strip(before.db));
  const added = now.db.audit_log.filter((row) => !before.db.audit_log.includes(row)).map((row) => JSON.parse(row) as unknown[]);
  expect(added.length).toBeGreaterThan(0);
  for (const entry of added) {
    expect([entry[4], entry[7]]).toEqual(['backup.restore', 'refused']);
    expect(codes).toContain(JSON.parse(String(entry[8])).code);
  }
  expect(fs.readdirSync(t.dir).filter((n) => n.startsWith('.restore-') || n.startsWith('replaced-'))).toEqual([]);
}

/** Tries a restore as the screen does: a refusal comes either from the call itself or from the job it started. */
async function tryRestore(input: Record<string, unknown> = {}): Promise<ErrorPayload> {
  const r = await t.core.dispatch('backup.restore', { folder: trial, password: ADMIN.password, ...input });
  if (!r.ok) return r.error;
  const status = await waitForJob(t, (r.value as { jobId: string }).jobId);
  if (status.state !== 'failed' || !status.error) throw new Error(`restore was expected to be refused but ended ${status.state}`);
  return status.error;
}

const manifestFile = () => path.join(trial, 'manifest.json');
const editManifest = (edit: (m: Record<string, unknown> & { entries: { path: string; size: number; sha256: string }[] }) => void) => {
  const m = JSON.parse(fs.readFileSync(manifestFile(), 'utf8'));
  edit(m);
  fs.writeFileSync(manifestFile(), JSON.stringify(m, null, 2));
};

describe('a damaged or altered backup is refused before anything is replaced', () => {
  it('one flipped byte in the database copy', async () => {
    flipByte(path.join(trial, 'qingzheng.db'));
    const err = await tryRestore();
    expect(err).toMatchObject({ code: 'BACKUP_DAMAGED', params: { item: 'qingzheng.db' } });
    expect(err.message['zh-CN']).toContain('现有数据没有任何改动');
    expectUntouched('BACKUP_DAMAGED');
  });

  it('one flipped byte in an attachment', async () => {
    flipByte(path.join(trial, 'attachments', 'ab', 'cd', 'abcd01.blob'));
    expect(await tryRestore()).toMatchObject({ code: 'BACKUP_DAMAGED', params: { item: 'attachments/ab/cd/abcd01.blob' } });
    expectUntouched('BACKUP_DAMAGED');
  });

  it('a manifest edited by hand (the office code changed)', async () => {
    editManifest((m) => (m.officeCode = '别的单位'));
    expect(await tryRestore()).toMatchObject({ code: 'BACKUP_DAMAGED', params: { item: 'manifest.json' } });
    expectUntouched('BACKUP_DAMAGED');
  });

  it('an attachment swapped for another file with its size and hash rewritten in the manifest', async () => {
    const forged = Buffer.from('another file entirely');
    fs.writeFileSync(path.join(trial, 'attachments', 'ab', 'abc002.blob'), forged);
    editManifest((m) => {
      const e = m.entries.find((x) => x.path === 'attachments/ab/abc002.blob')!;
      e.size = forged.length;
      e.sha256 = crypto.createHash('sha256').update(forged).digest('hex');
    });
    expect(await tryRestore()).toMatchObject({ code: 'BACKUP_DAMAGED', params: { item: 'manifest.json' } });
    expectUntouched('BACKUP_DAMAGED');
  });

  it('a manifest that is not JSON, or names a file outside the backup', async () => {
    fs.writeFileSync(manifestFile(), '{"format": "qingzheng-backup", "formatVersion": 1, ');
    expect(await tryRestore()).toMatchObject({ code: 'BACKUP_DAMAGED', params: { item: 'manifest.json' } });
    fs.cpSync(path.join(good, 'manifest.json'), manifestFile());
    editManifest((m) => m.entries.push({ path: 'attachments/../../keyring.json', size: 1, sha256: '0'.repeat(64) }));
    expect(await tryRestore()).toMatchObject({ code: 'BACKUP_DAMAGED', params: { item: 'manifest.json' } });
    expectUntouched('BACKUP_DAMAGED');
  });

  it('a missing keyring, a missing attachment, or no manifest at all', async () => {
    fs.rmSync(path.join(trial, 'keyring.json'));
    expect(await tryRestore()).toMatchObject({ code: 'BACKUP_INCOMPLETE', params: { item: 'keyring.json' } });
    fs.cpSync(path.join(good, 'keyring.json'), path.join(trial, 'keyring.json'));
    fs.rmSync(path.join(trial, 'attachments', 'ef', 'ef0003.blob'));
    const missing = await tryRestore();
    expect(missing).toMatchObject({ code: 'BACKUP_INCOMPLETE', params: { item: 'attachments/ef/ef0003.blob' } });
    expect(missing.message['zh-CN']).toContain('缺少 attachments/ef/ef0003.blob');
    fs.rmSync(manifestFile());
    expect((await tryRestore()).code).toBe('BACKUP_NOT_FOUND');
    expectUntouched('BACKUP_INCOMPLETE', 'BACKUP_NOT_FOUND');
  });

  it('a wrong password, which also leaves the backup itself exactly as it was made', async () => {
    const backupBefore = treeHashes(trial);
    const err = await tryRestore({ password: 'Wrong2026pass' });
    expect(err).toMatchObject({ code: 'BACKUP_BAD_PASSWORD', fields: ['password'] });
    expect(treeHashes(trial)).toEqual(backupBefore);
    expectUntouched('BACKUP_BAD_PASSWORD');
  });

  it('a backup made by a newer program', async () => {
    editManifest((m) => (m.formatVersion = 2));
    expect(await tryRestore()).toMatchObject({ code: 'BACKUP_FORMAT_UNSUPPORTED', params: { found: 2, supported: 1 } });
    fs.cpSync(path.join(good, 'manifest.json'), manifestFile());
    editManifest((m) => (m.schemaVersion = 999));
    expect((await tryRestore()).code).toBe('DB_NEWER_VERSION');
    expectUntouched('BACKUP_FORMAT_UNSUPPORTED', 'DB_NEWER_VERSION');
  });

  it('a folder inside the data folder, or one that does not exist', async () => {
    expect(await tryRestore({ folder: t.dir })).toMatchObject({ code: 'BACKUP_FOLDER_IN_DATA_DIR', fields: ['folder'] });
    expect(await tryRestore({ folder: path.join(drive, 'no-such-backup') })).toMatchObject({ code: 'BACKUP_FOLDER_MISSING', fields: ['folder'] });
    expectUntouched('BACKUP_FOLDER_IN_DATA_DIR', 'BACKUP_FOLDER_MISSING');
  });
});
