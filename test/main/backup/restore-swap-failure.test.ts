import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as atomicWrite from '../../../main/keys/atomic-write';
import * as journal from '../../../main/backup/restore-journal';
import * as restoredCheck from '../../../main/backup/restored-data-check';
import { ADMIN, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { backUp, dataKeyOf, dumpDatabase, flipByte, makeDrive, officeWithCase, putAttachments, treeHashes, verifyRestore, type Dump } from './backup-fixture';

let t: TestCore;
let drive: string;
let backupFolder: string;
let key: Buffer;
beforeEach(async () => {
  t = makeCore();
  const { recoveryKey } = await setUp(t);
  await officeWithCase(t, ADMIN.password);
  putAttachments(t.dir);
  drive = makeDrive();
  backupFolder = (await backUp(t, drive)).folder;
  // Work after the backup, which a failed restore must not lose.
  await t.call('users.create', { username: 'houlai', displayName: '后来者', password: 'Later2026pass', unitId: 1, roles: [] });
  fs.writeFileSync(path.join(t.dir, 'attachments', 'new.blob'), 'added after the backup');
  key = dataKeyOf(t.dir, recoveryKey);
});
afterEach(() => {
  vi.restoreAllMocks();
  t.dispose();
  fs.rmSync(drive, { recursive: true, force: true });
});

interface Snapshot {
  keyring: string;
  attachments: Record<string, string>;
  tables: Dump;
}

/** Everything an officer could lose: the keyring byte for byte, the attachments, every table but the growing audit trail. */
function snapshot(): Snapshot {
  const { audit_log: _a, settings, ...rest } = dumpDatabase(path.join(t.dir, 'qingzheng.db'), key);
  return {
    keyring: crypto.createHash('sha256').update(fs.readFileSync(path.join(t.dir, 'keyring.json'))).digest('hex'),
    attachments: treeHashes(path.join(t.dir, 'attachments')),
    tables: { ...rest, settings: settings.filter((r) => !r.startsWith('["audit.head"')) },
  };
}

const leftovers = () => fs.readdirSync(t.dir).filter((n) => n.startsWith('.restore-') || n.startsWith('replaced-') || n === 'restore-journal.json');

describe('a restore that fails half-way puts the current data back', () => {
  it('a restored database that fails its check after the swap is taken out again, and the officer carries on', async () => {
    const before = snapshot();
    const realCheck = restoredCheck.checkRestoredData;
    vi.spyOn(restoredCheck, 'checkRestoredData').mockImplementationOnce((paths, dataKey) => {
      flipByte(paths.db);
      realCheck(paths, dataKey);
    });
    const verified = await verifyRestore(t, backupFolder, ADMIN.password);
    const err = await t.fail('backup.restoreCommit', { jobId: verified.jobId });
    expect(err.code).toBe('RESTORE_FAILED');
    expect(err.message['zh-CN']).toBe('恢复没有完成，原有数据已放回原处，没有丢失任何内容。');
    expect((await t.call('backup.status', { jobId: verified.jobId })).state).toBe('failed');

    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
    // Still signed in, on the data that was there, with its trail intact and the failure on it.
    expect((await t.call('users.list', {})).map((u) => u.username)).toContain('houlai');
    const trail = dumpDatabase(path.join(t.dir, 'qingzheng.db'), key).audit_log.map((r) => JSON.parse(r) as unknown[]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(trail.slice(-2).map((e) => [e[4], e[7]])).toEqual([['backup.restore', 'ok'], ['backup.restore', 'refused']]);

    // The same backup restores cleanly on the next try.
    const again = await verifyRestore(t, backupFolder, ADMIN.password);
    await t.call('backup.restoreCommit', { jobId: again.jobId });
    await t.call('auth.login', ADMIN);
    expect((await t.call('users.list', {})).map((u) => u.username)).not.toContain('houlai');
  });

  it('a power cut at any step of the swap is undone at the next start, and nothing done since the backup is lost', async () => {
    const before = snapshot();
    const realRename = atomicWrite.renameWithRetry;
    // Three items aside (database, keyring, attachments), three restored in: a cut after each rename.
    for (let cutAt = 1; cutAt <= 6; cutAt++) {
      const verified = await verifyRestore(t, backupFolder, ADMIN.password);
      let renames = 0;
      const rename = vi.spyOn(atomicWrite, 'renameWithRetry').mockImplementation((from, to) => {
        renames += 1;
        realRename(from, to);
        if (renames === cutAt) throw Object.assign(new Error('power cut'), { code: 'EIO' });
      });
      // The process dies at that moment: nothing in it gets to undo the swap.
      const undo = vi.spyOn(journal, 'undoSwap').mockImplementation(() => {
        throw new Error('the process is gone');
      });
      expect((await t.fail('backup.restoreCommit', { jobId: verified.jobId })).code).toBe('INTERNAL');
      expect(renames).toBe(cutAt);
      expect(fs.existsSync(path.join(t.dir, 'restore-journal.json'))).toBe(true);
      rename.mockRestore();
      undo.mockRestore();

      t.restart();
      expect(leftovers()).toEqual([]);
      expect(snapshot(), `cut after rename ${cutAt}`).toEqual(before);
      await t.call('auth.login', ADMIN);
      expect((await t.call('users.list', {})).map((u) => u.username)).toContain('houlai');
    }
    // What went back to staging was kept for a person to look at, never silently deleted.
    expect(fs.readdirSync(t.dir).filter((n) => n.startsWith('restore-undone-'))).toHaveLength(6);
  });
});
