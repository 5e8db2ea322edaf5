import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { RestoreReport } from '../../shared/ipc/backup.contract';
import { appendAudit } from '../audit/audit-log';
import { auditFlow } from '../auth/audit-flow';
import type { CoreState, DataPaths } from '../core-state';
import { openDatabase, type Db } from '../db/database';
import { nativeBindingPath } from '../db/native-binding';
import { renameWithRetry, syncDir } from '../keys/atomic-write';
import { beijingStamp } from './backup-folder';
import { asAppError, jobsOf } from './backup-jobs';
import { DB_ENTRY } from './backup-manifest';
import { checkRestoredData } from './restored-data-check';
import { INSTALLED_ITEMS, removeJournal, SWAPPED_ITEMS, undoSwap, writeJournal } from './restore-journal';
import { restorePlanOf, type RestorePlan } from './verify-backup';

/**
 * Replaces the data with a verified backup. Runs as one synchronous router call, so no other call
 * can touch the database or the keyring while files move. The data it replaces is renamed into a
 * `replaced-<time>` folder beside it and kept; on any failure it is put back and the session goes
 * on as before. On success the session ends: the user signs in again, against the restored data.
 */
export function commitRestore(state: CoreState, jobId: string): RestoreReport {
  const job = jobsOf(state).find(jobId);
  const plan = job ? restorePlanOf(job) : null;
  if (!job || !plan || job.kind !== 'restore' || job.state !== 'verified' || !job.restore) throw new AppError('RESTORE_EXPIRED');
  const { authority } = plan;
  const sameAsker = authority.kind === 'session' ? state.session?.userId === authority.userId : !state.session && !state.lockedUser;
  if (!sameAsker) {
    job.finish('cancelled');
    throw new AppError('RESTORE_EXPIRED');
  }
  job.setPhase('replacing');

  const session = state.session;
  const asideName = uniqueAsideName(state.paths.dir, state.now());
  const replacedHead = state.db ? lastAuditHead(state.db) : null;
  try {
    stampRestoredDatabase(plan, asideName, replacedHead);
  } catch (e) {
    const err = asAppError(e);
    job.finish('failed', err);
    throw err;
  }
  // The data being replaced records it too: whoever opens the set-aside copy later sees what happened to it.
  if (session && state.db) auditFlow(state, 'backup.restore', session, { from: plan.folder, backupCreatedAt: plan.manifest.createdAt, keptIn: asideName });
  const currentKey = state.db ? Buffer.from(state.requireKey()) : null;
  state.closeDb();
  // The cached keyring would otherwise write the old file back over the restored one.
  state.keyring = null;

  try {
    swapIn(state.paths, plan.staging, asideName, plan.dataKey);
  } catch (e) {
    const err = asAppError(e);
    reopenAfterFailure(state, session, currentKey, err);
    job.finish('failed', err);
    throw err;
  }
  currentKey?.fill(0);
  state.signOut();
  const aside = path.join(state.paths.dir, asideName);
  const keptAnything = fs.existsSync(aside) && fs.readdirSync(aside).length > 0;
  if (!keptAnything) fs.rmSync(aside, { recursive: true, force: true });
  job.restore = { ...job.restore, replacedKeptIn: keptAnything ? aside : null };
  job.finish('done');
  return job.restore;
}

/**
 * The swap itself. A journal is written first, so a crash at any point is undone at the next start;
 * its removal after the restored files have passed their checks is the commit point.
 */
export function swapIn(paths: DataPaths, staging: string, asideName: string, dataKey: Buffer): void {
  const dataDir = paths.dir;
  const aside = path.join(dataDir, asideName);
  const originals = SWAPPED_ITEMS.filter((item) => fs.existsSync(path.join(dataDir, item)));
  const journal = writeJournal(dataDir, { staging: path.basename(staging), aside: asideName, originals });
  try {
    fs.mkdirSync(aside);
    for (const item of originals) renameWithRetry(path.join(dataDir, item), path.join(aside, item));
    syncDir(aside);
    for (const item of INSTALLED_ITEMS) if (fs.existsSync(path.join(staging, item))) renameWithRetry(path.join(staging, item), path.join(dataDir, item));
    syncDir(dataDir);
    checkRestoredData(paths, dataKey);
  } catch (e) {
    try {
      undoSwap(dataDir, journal);
      removeJournal(dataDir);
    } catch (undoFailed) {
      // The journal stays: the next start finishes putting the data back before anything opens it.
      const err = new AppError('INTERNAL');
      err.cause = undoFailed;
      throw err;
    }
    const err = new AppError('RESTORE_FAILED');
    err.cause = e;
    throw err;
  }
  removeJournal(dataDir);
}

/**
 * Brings the staged copy to this program's schema (what the first sign-in would do anyway) and
 * records the restore in its own audit trail, with the head of the trail it replaces.
 */
function stampRestoredDatabase(plan: RestorePlan, asideName: string, replacedHead: { seq: number; hash: string } | null): void {
  const db = openDatabase(path.join(plan.staging, DB_ENTRY), plan.dataKey, { keyVerified: true, nativeBinding: nativeBindingPath() });
  try {
    db.transaction(() =>
      appendAudit(db, {
        actorId: plan.userId,
        actorName: plan.displayName,
        action: 'backup.restore',
        recordType: 'backup',
        recordId: path.basename(plan.folder),
        result: 'ok',
        detail: {
          from: plan.folder,
          backupCreatedAt: plan.manifest.createdAt,
          backupAuditHead: plan.manifest.auditHead,
          replaced: { keptIn: asideName, auditHead: replacedHead },
        },
      }),
    )();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** After a failed swap whose data is back in place, the user who asked carries on where they were. */
function reopenAfterFailure(state: CoreState, session: CoreState['session'], key: Buffer | null, err: AppError): void {
  if (!session || !key || err.code !== 'RESTORE_FAILED') {
    key?.fill(0);
    state.signOut();
    return;
  }
  try {
    state.open(key);
    jobsOf(state).audit(state, {
      actorId: session.userId,
      actorName: session.displayName,
      action: 'backup.restore',
      recordType: 'backup',
      result: 'refused',
      detail: { code: err.code },
    });
  } catch {
    state.signOut();
  }
}

function lastAuditHead(db: Db): { seq: number; hash: string } | null {
  return (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
}

function uniqueAsideName(dataDir: string, ms: number): string {
  const base = `replaced-${beijingStamp(ms)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!fs.existsSync(path.join(dataDir, name))) return name;
  }
}
