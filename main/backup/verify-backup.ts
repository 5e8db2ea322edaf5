import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { isStrongPassword, PASSWORD_MIN } from '../../shared/password-policy';
import { can, type Role } from '../../shared/roles';
import type { RestoreReport } from '../../shared/ipc/backup.contract';
import { verifyAudit } from '../audit/audit-log';
import type { CoreState } from '../core-state';
import type { Db } from '../db/database';
import { assertSupportedVersion, userVersion } from '../db/migrate';
import { SCHEMA_VERSION } from '../db/migrations';
import { Keyring } from '../keys/keyring';
import { checkSource } from './backup-folder';
import { jobsOf, type BackupJob } from './backup-jobs';
import { ATTACHMENTS_DIR, DB_ENTRY, KEYRING_ENTRY, manifestMacHolds, manifestMacKey, manifestTotals, readManifest, type Manifest, type ManifestEntry } from './backup-manifest';
import { summarize } from './data-summary';
import { openEncryptedReadOnly, passesIntegrityCheck } from './encrypted-copy';
import { assertFreeSpace } from './free-space';
import { copyHashed } from './hashed-copy';
import { STAGING_PREFIX } from './restore-journal';
import { opensCleanly } from './start-check';

/** How long a verified restore waits for the officer's confirmation while holding the backup's key. */
export const VERIFIED_RESTORE_TTL_MS = 10 * 60_000;

export interface RestoreRequest {
  folder: string;
  username: string;
  password?: string;
  recoveryKey?: string;
  newPassword?: string;
}

/** Who asks: the signed-in user (the router has checked their permission), or nobody yet, at the login screen. */
export type RestoreAuthority = { kind: 'session'; userId: string; displayName: string } | { kind: 'start' };

/** What a verified restore holds until it is committed or dropped. */
export interface RestorePlan {
  authority: RestoreAuthority;
  folder: string;
  staging: string;
  manifest: Manifest;
  dataKey: Buffer;
  /** The restoring user, as the backup knows them. */
  userId: string;
  displayName: string;
}

const plans = new WeakMap<BackupJob, RestorePlan>();

export function restorePlanOf(job: BackupJob): RestorePlan | null {
  return plans.get(job) ?? null;
}

/**
 * Starts a restore: everything quick is checked here, so a wrong password or a foreign folder is
 * answered at once (manifest, the keyring's hash, the credentials, the manifest's MAC); the copy
 * into a staging folder with every hash, the integrity check and the audit chain follow in the job.
 * Nothing in the data folder is replaced until the verified job is committed.
 */
export async function startRestore(state: CoreState, req: RestoreRequest, authority: RestoreAuthority): Promise<string> {
  const jobs = jobsOf(state);
  jobs.assertIdle();
  const credentials = credentialsOf(req);
  if (authority.kind === 'start' && (state.session || state.lockedUser)) throw new AppError('RESTORE_NEEDS_SIGN_IN');
  const source = checkSource(req.folder, state.paths.dir);
  const manifest = readManifest(source);
  if (manifest.schemaVersion > SCHEMA_VERSION) throw new AppError('DB_NEWER_VERSION', { found: manifest.schemaVersion, supported: SCHEMA_VERSION });
  fs.mkdirSync(state.paths.dir, { recursive: true });
  // The staged copy sits beside the data until the swap, so the data's own disk must hold it.
  assertFreeSpace(state.paths.dir, Math.ceil(manifestTotals(manifest).totalBytes * 1.05) + 16 * 1024 * 1024);

  const job = jobs.start('restore', 'copying');
  job.setPhase('copying', manifestTotals(manifest).totalBytes);
  const staging = path.join(state.paths.dir, `${STAGING_PREFIX}${job.id}`);
  let dataKey: Buffer | null = null;
  try {
    fs.mkdirSync(staging);
    await stageEntry(source, staging, entry(manifest, KEYRING_ENTRY), (n) => (job.doneBytes += n));
    // A staged copy, never the backup's own file: a failed try is counted in the keyring, and the backup must stay as it was made.
    let keyring: Keyring;
    try {
      keyring = Keyring.load(path.join(staging, KEYRING_ENTRY), state.kdf);
    } catch {
      throw new AppError('BACKUP_DAMAGED', { item: KEYRING_ENTRY });
    }
    if (keyring.dbId !== manifest.dbId) throw new AppError('BACKUP_DAMAGED', { item: 'manifest.json' });
    const opened = await openKeyring(keyring, req.username, credentials, state.now(), authority);
    dataKey = opened.dataKey;
    const macKey = manifestMacKey(dataKey, manifest.dbId);
    const holds = manifestMacHolds(manifest, macKey);
    macKey.fill(0);
    if (!holds) throw new AppError('BACKUP_DAMAGED', { item: 'manifest.json' });
    if (authority.kind === 'start') assertCurrentDataUnusable(state, manifest.dbId, dataKey);

    const key = dataKey;
    const plan: RestorePlan = { authority, folder: source, staging, manifest, dataKey: key, userId: opened.userId, displayName: '' };
    plans.set(job, plan);
    let expiry: NodeJS.Timeout | null = null;
    job.holdUntilDone(() => {
      if (expiry) clearTimeout(expiry);
      key.fill(0);
      fs.rmSync(staging, { recursive: true, force: true });
    });
    void verifyStaged(state, job, plan, (timer) => (expiry = timer));
    return job.id;
  } catch (e) {
    dataKey?.fill(0);
    fs.rmSync(staging, { recursive: true, force: true });
    job.finish('failed', e);
    throw e;
  }
}

type Credentials = { kind: 'password'; password: string } | { kind: 'recovery'; recoveryKey: string; newPassword: string };

function credentialsOf(req: RestoreRequest): Credentials {
  if (req.password !== undefined && req.recoveryKey === undefined) return { kind: 'password', password: req.password };
  if (req.recoveryKey !== undefined && req.password === undefined) {
    if (req.newPassword === undefined) throw new AppError('INVALID_INPUT', {}, ['newPassword']);
    if (!isStrongPassword(req.newPassword)) throw new AppError('WEAK_PASSWORD', { min: PASSWORD_MIN }, ['newPassword']);
    return { kind: 'recovery', recoveryKey: req.recoveryKey, newPassword: req.newPassword };
  }
  throw new AppError('INVALID_INPUT', {}, ['password', 'recoveryKey']);
}

/**
 * The backup's own keyring decides, because it is the keyring the restore installs: the password
 * that opens it now is the one that will sign in afterwards. With the recovery key instead, the
 * user's copy in the staged keyring is rewrapped under the new password they chose.
 */
async function openKeyring(keyring: Keyring, username: string, c: Credentials, now: number, authority: RestoreAuthority): Promise<{ userId: string; dataKey: Buffer }> {
  if (c.kind === 'password') {
    try {
      return await keyring.unlock(username, c.password, now);
    } catch (e) {
      if (e instanceof AppError && e.code === 'BAD_CREDENTIALS')
        throw new AppError('BACKUP_BAD_PASSWORD', {}, authority.kind === 'start' ? ['username', 'password'] : ['password']);
      throw e;
    }
  }
  const dataKey = keyring.recoverDataKey(c.recoveryKey);
  const userId = keyring.userIdFor(username);
  if (!userId) {
    dataKey.fill(0);
    throw new AppError('BACKUP_USER_MISSING');
  }
  await keyring.setPassword(userId, c.newPassword, dataKey);
  keyring.resetLockout(userId);
  return { userId, dataKey };
}

/**
 * Before sign-in a restore may only replace data that cannot be used: none at all, a keyring that
 * does not read, or a database of this same installation that fails the sign-in checks. Healthy
 * data, or data of another installation (which this key cannot judge), needs a signed-in
 * administrator, so that nobody with an old backup and its old password can roll a working office back.
 */
function assertCurrentDataUnusable(state: CoreState, dbId: string, dataKey: Buffer): void {
  if (!state.initialized) return;
  let current: Keyring;
  try {
    current = Keyring.load(state.paths.keyring);
  } catch {
    return;
  }
  if (current.dbId !== dbId || opensCleanly(state.paths.db, dataKey)) throw new AppError('RESTORE_NEEDS_SIGN_IN');
}

/** Copies the rest into staging with every hash, then opens the staged database and checks it through. */
async function verifyStaged(state: CoreState, job: BackupJob, plan: RestorePlan, setExpiry: (t: NodeJS.Timeout) => void): Promise<void> {
  const { manifest } = plan;
  try {
    for (const e of manifest.entries) if (e.path !== KEYRING_ENTRY) await stageEntry(plan.folder, plan.staging, e, (n) => (job.doneBytes += n));
    if (manifest.attachmentsFolder) fs.mkdirSync(path.join(plan.staging, ATTACHMENTS_DIR), { recursive: true });

    job.setPhase('verifying');
    const db = openEncryptedReadOnly(path.join(plan.staging, DB_ENTRY), plan.dataKey, new AppError('BACKUP_DAMAGED', { item: DB_ENTRY }));
    let report: RestoreReport;
    try {
      report = checkStagedDatabase(db, plan);
    } finally {
      db.close();
    }
    if (job.state !== 'running') return;
    job.restore = report;
    job.state = 'verified';
    const timer = setTimeout(() => {
      if (job.state === 'verified') job.finish('cancelled');
    }, VERIFIED_RESTORE_TTL_MS);
    timer.unref();
    setExpiry(timer);
  } catch (e) {
    job.finish('failed', e);
    if (job.state === 'failed' && plan.authority.kind === 'session' && state.session?.userId === plan.authority.userId) {
      jobsOf(state).audit(state, {
        actorId: plan.authority.userId,
        actorName: plan.authority.displayName,
        action: 'backup.restore',
        recordType: 'backup',
        recordId: path.basename(plan.folder),
        result: 'refused',
        detail: { code: job.error?.code ?? 'INTERNAL', folder: plan.folder },
      });
    }
  }
}

function checkStagedDatabase(db: Db, plan: RestorePlan): RestoreReport {
  const { manifest } = plan;
  const damaged = () => new AppError('BACKUP_DAMAGED', { item: DB_ENTRY });
  assertSupportedVersion(db);
  if (userVersion(db) !== manifest.schemaVersion) throw new AppError('BACKUP_DAMAGED', { item: 'manifest.json' });
  if (!passesIntegrityCheck(db)) throw damaged();
  const audit = verifyAudit(db);
  if (!audit.ok) throw damaged();
  const head = (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
  if (head?.seq !== manifest.auditHead?.seq || head?.hash !== manifest.auditHead?.hash) throw new AppError('BACKUP_DAMAGED', { item: 'manifest.json' });

  const user = userIn(db, plan.userId);
  // The restoring user must be able to sign in to what they restore; before sign-in they must also be its administrator.
  if (!user || !user.active || (plan.authority.kind === 'start' && !can(user.roles, 'backup.restore'))) throw new AppError('BACKUP_USER_MISSING');
  plan.displayName = user.displayName;
  const summary = summarize(db);
  return {
    folder: plan.folder,
    backupCreatedAt: manifest.createdAt,
    backupCreatedBy: userIn(db, manifest.createdBy)?.displayName ?? '',
    office: summary.office,
    schemaVersion: manifest.schemaVersion,
    counts: { cases: summary.cases, users: summary.users, auditEntries: summary.auditEntries, attachments: manifestTotals(manifest).attachmentCount },
    replacedKeptIn: null,
  };
}

/** Read with the columns every schema version has: the staged copy is checked before it is migrated. */
function userIn(db: Db, id: string): { displayName: string; roles: Role[]; active: boolean } | null {
  const row = db.prepare('SELECT display_name, roles, active FROM users WHERE id = ?').get(id) as { display_name: string; roles: string; active: number } | undefined;
  if (!row) return null;
  let roles: Role[] = [];
  try {
    roles = JSON.parse(row.roles) as Role[];
  } catch {
    roles = [];
  }
  return { displayName: row.display_name, roles: Array.isArray(roles) ? roles : [], active: row.active === 1 };
}

function entry(m: Manifest, name: string): ManifestEntry {
  return m.entries.find((e) => e.path === name)!;
}

/** One file into staging, refused unless its size and hash are what the manifest says. */
async function stageEntry(source: string, staging: string, e: ManifestEntry, onBytes: (n: number) => void): Promise<void> {
  const parts = e.path.split('/');
  let got: { size: number; sha256: string };
  try {
    got = await copyHashed(path.join(source, ...parts), path.join(staging, ...parts), onBytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('BACKUP_INCOMPLETE', { item: e.path });
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS') {
      const full = new AppError('RESTORE_FAILED');
      full.cause = err;
      throw full;
    }
    throw new AppError('BACKUP_DAMAGED', { item: e.path });
  }
  if (got.size !== e.size || got.sha256 !== e.sha256) throw new AppError('BACKUP_DAMAGED', { item: e.path });
}
