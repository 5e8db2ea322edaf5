import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { CoreState, Session } from '../core-state';
import type { Db } from '../db/database';
import { userVersion } from '../db/migrate';
import { appendAudit } from '../audit/audit-log';
import { renameWithRetry, syncDir, writeFileAtomic } from '../keys/atomic-write';
import { getOffice } from '../repos/settings.repo';
import { signedIn } from '../auth/session-info';
import { backupFolderName, checkDestination, PARTIAL_SUFFIX } from './backup-folder';
import { recordBackup } from './backup-index';
import { asAppError, jobsOf, type BackupJob } from './backup-jobs';
import {
  ATTACHMENTS_DIR,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DB_ENTRY,
  KEYRING_ENTRY,
  MANIFEST_NAME,
  manifestMacKey,
  manifestTotals,
  sealManifest,
  type ManifestEntry,
} from './backup-manifest';
import { openEncryptedReadOnly, passesIntegrityCheck } from './encrypted-copy';
import { listTree, type TreeFile } from './file-tree';
import { assertFreeSpace } from './free-space';
import { copyHashed, hashFile } from './hashed-copy';

/** Room for the manifest, the folder entries and a database that grows while it is copied. */
const headroom = (bytes: number) => Math.ceil(bytes * 1.1) + 16 * 1024 * 1024;

interface Snapshot {
  name: string;
  destination: string;
  partial: string;
  final: string;
  createdAt: string;
  officeCode: string;
  schemaVersion: number;
  dbId: string;
  auditHead: { seq: number; hash: string } | null;
  attachments: TreeFile[];
  attachmentsFolder: boolean;
  macKey: Buffer;
}

/**
 * Starts a backup into a new folder inside `folder` and returns the job to poll. The database copy
 * is made here, in one synchronous step, so that it is a consistent snapshot taken while the key is
 * certainly present; the attachments, the hashes and the manifest follow in the job.
 */
export function startBackup(state: CoreState, folder: string): string {
  const { session, db } = signedIn(state);
  const jobs = jobsOf(state);
  jobs.assertIdle();
  jobs.flushAudit(state);
  const destination = checkDestination(folder, state.paths.dir);

  const attachmentsDir = path.join(state.paths.dir, ATTACHMENTS_DIR);
  const attachmentsFolder = isFolder(attachmentsDir);
  const attachments = attachmentsFolder ? listTree(attachmentsDir, ATTACHMENTS_DIR) : [];
  const dbBytes = sizeOf(state.paths.db) + sizeOf(`${state.paths.db}-wal`);
  assertFreeSpace(destination, headroom(dbBytes + sizeOf(state.paths.keyring) + attachments.reduce((n, f) => n + f.size, 0)));

  const officeCode = getOffice(db).code;
  const name = backupFolderName(destination, officeCode, state.now());
  const final = path.join(destination, name);
  const partial = `${final}${PARTIAL_SUFFIX}`;
  try {
    fs.mkdirSync(partial);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('BACKUP_FOLDER_NOT_WRITABLE', { folder }, ['folder']);
    throw asAppError(e);
  }

  const job = jobs.start('backup', 'database');
  let snap: Snapshot;
  try {
    snap = snapshot(state, db, session, {
      name,
      destination,
      partial,
      final,
      createdAt: new Date(state.now()).toISOString(),
      officeCode,
      attachments,
      attachmentsFolder,
    });
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    const err = asAppError(e);
    job.finish('failed', err);
    jobs.audit(state, failedEntry(session, name, err));
    throw err;
  }
  void copyRest(state, job, session, snap);
  return job.id;
}

function snapshot(state: CoreState, db: Db, session: Session, s: Omit<Snapshot, 'schemaVersion' | 'dbId' | 'auditHead' | 'macKey'>): Snapshot {
  // Written first, so the copy itself records that it was made, and its hash is the head the manifest names.
  db.transaction(() =>
    appendAudit(db, {
      actorId: session.userId,
      actorName: session.displayName,
      action: 'backup.create',
      recordType: 'backup',
      recordId: s.name,
      result: 'ok',
      detail: { folder: s.final },
    }),
  )();
  const auditHead = (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
  const schemaVersion = userVersion(db);
  const dbCopy = path.join(s.partial, DB_ENTRY);
  // VACUUM INTO on the keyed connection writes a copy encrypted with the same key and cipher;
  // the copy is a consistent snapshot of everything committed, the WAL included.
  db.prepare('VACUUM INTO ?').run(dbCopy);
  fs.chmodSync(dbCopy, 0o600);
  writeDurably(path.join(s.partial, KEYRING_ENTRY), fs.readFileSync(state.paths.keyring));

  const key = state.requireKey();
  // A backup is only worth its name if it opens: check the copy with the key before going on.
  const copy = openEncryptedReadOnly(dbCopy, key, new AppError('BACKUP_WRITE_FAILED'));
  try {
    if (!passesIntegrityCheck(copy, true) || userVersion(copy) !== schemaVersion) throw new AppError('BACKUP_WRITE_FAILED');
  } finally {
    copy.close();
  }
  const dbId = state.loadKeyring().dbId;
  return { ...s, schemaVersion, dbId, auditHead, macKey: manifestMacKey(key, dbId) };
}

/** Hashes the copies, copies the attachments, writes the manifest and only then gives the folder its name. */
async function copyRest(state: CoreState, job: BackupJob, session: Session, snap: Snapshot): Promise<void> {
  const jobs = jobsOf(state);
  const tick = (n: number) => {
    job.doneBytes += n;
    // A backup in progress is activity: the idle lock must not cut it off half-way.
    if (state.session) state.lastActivity = state.now();
  };
  try {
    const copied = [DB_ENTRY, KEYRING_ENTRY].map((p) => path.join(snap.partial, p));
    job.setPhase('database', copied.reduce((n, f) => n + sizeOf(f), 0) + snap.attachments.reduce((n, f) => n + f.size, 0));
    const entries: ManifestEntry[] = [];
    for (const entry of [DB_ENTRY, KEYRING_ENTRY]) entries.push({ path: entry, ...(await hashFile(path.join(snap.partial, entry), tick)) });

    job.setPhase('attachments');
    const folders = new Set<string>([snap.partial]);
    if (snap.attachmentsFolder) fs.mkdirSync(path.join(snap.partial, ATTACHMENTS_DIR));
    for (const file of snap.attachments) {
      const to = path.join(snap.partial, ...file.rel.split('/'));
      for (let dir = path.dirname(to); dir !== snap.partial; dir = path.dirname(dir)) folders.add(dir);
      entries.push({ path: file.rel, ...(await copyHashed(file.abs, to, tick)) });
    }

    job.setPhase('finishing');
    const manifest = sealManifest(
      {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: snap.schemaVersion,
        dbId: snap.dbId,
        officeCode: snap.officeCode,
        createdAt: snap.createdAt,
        createdBy: session.userId,
        auditHead: snap.auditHead,
        attachmentsFolder: snap.attachmentsFolder,
        entries,
      },
      snap.macKey,
    );
    writeFileAtomic(path.join(snap.partial, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const dir of folders) syncDir(dir);
    renameWithRetry(snap.partial, snap.final);
    syncDir(snap.destination);

    recordBackup(state.paths.dir, snap.destination, { folder: snap.final, createdAt: snap.createdAt, officeCode: snap.officeCode, dbId: snap.dbId });
    job.backup = {
      folder: snap.final,
      createdAt: snap.createdAt,
      officeCode: snap.officeCode,
      schemaVersion: snap.schemaVersion,
      ...manifestTotals(manifest),
      auditHead: snap.auditHead,
    };
    job.finish('done');
    jobs.audit(state, {
      actorId: session.userId,
      actorName: session.displayName,
      action: 'backup.completed',
      recordType: 'backup',
      recordId: snap.name,
      result: 'ok',
      detail: { folder: snap.final, bytes: job.backup.totalBytes, files: job.backup.fileCount },
    });
  } catch (e) {
    try {
      fs.rmSync(snap.partial, { recursive: true, force: true });
    } catch {
      // The drive may be gone; the .partial name already says the folder is no backup.
    }
    const err = asAppError(e);
    job.finish('failed', err);
    jobs.audit(state, failedEntry(session, snap.name, err));
  } finally {
    snap.macKey.fill(0);
  }
}

function failedEntry(session: Session, name: string, err: AppError) {
  return {
    actorId: session.userId,
    actorName: session.displayName,
    action: 'backup.failed',
    recordType: 'backup',
    recordId: name,
    result: 'ok' as const,
    detail: { code: err.code },
  };
}

function writeDurably(file: string, data: Buffer): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function isFolder(p: string): boolean {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}
