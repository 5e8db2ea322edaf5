import { z } from 'zod';
import { channel } from './define';
import { done, empty, isoDateTime, password, username } from './fields';
import { ERROR_CODES } from '../errors';

/** A folder on this computer or a removable drive, as the shell's folder dialog hands it over. */
const folderPath = z.string().trim().min(1).max(4096);
const jobId = z.uuid();
const recoveryKey = z.string().min(1).max(200);
const count = z.number().int().nonnegative();

/** What can be said about a backup without its key: nothing in it is secret. */
export const backupFacts = z.object({
  folder: z.string(),
  createdAt: isoDateTime,
  officeCode: z.string(),
});
export type BackupFacts = z.infer<typeof backupFacts>;

export const backupInspection = backupFacts.extend({
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  totalBytes: count,
  fileCount: count,
  attachmentCount: count,
  /** Whether this program can restore it (format and data version not newer than its own). */
  supported: z.boolean(),
  /** Made by the installation on this computer; null when this computer has none that can be read. */
  sameInstallation: z.boolean().nullable(),
});

export const backupReport = z.object({
  folder: z.string(),
  createdAt: isoDateTime,
  officeCode: z.string(),
  schemaVersion: z.number().int(),
  totalBytes: count,
  fileCount: count,
  attachmentCount: count,
  auditHead: z.object({ seq: count, hash: z.string() }).nullable(),
});
export type BackupReport = z.infer<typeof backupReport>;

export const restoreReport = z.object({
  folder: z.string(),
  backupCreatedAt: isoDateTime,
  /** Display name, read from the backup's own (encrypted) user table once it was opened. */
  backupCreatedBy: z.string(),
  office: z.object({ name: z.string(), code: z.string() }),
  /** The data version the backup was made with; a restore brings it up to this program's. */
  schemaVersion: z.number().int(),
  counts: z.object({ cases: count, users: count, auditEntries: count, attachments: count }),
  /** Where the data that was replaced is kept (renamed, never deleted); null before the swap. */
  replacedKeptIn: z.string().nullable(),
});
export type RestoreReport = z.infer<typeof restoreReport>;

const errorPayload = z.object({
  code: z.enum(ERROR_CODES),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
  fields: z.array(z.string()).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const BACKUP_PHASES = ['database', 'attachments', 'verifying', 'finishing', 'copying', 'replacing'] as const;

/**
 * A backup or a restore's verification runs as a job the screen polls: the core cannot push, and the
 * router answers one call at a time, so the long part runs beside it and `backup.status` reads it.
 * A restore stops at 'verified' with what it would restore, and replaces nothing until committed.
 */
export const backupJobStatus = z.object({
  jobId,
  kind: z.enum(['backup', 'restore']),
  state: z.enum(['running', 'verified', 'done', 'failed', 'cancelled']),
  phase: z.enum(BACKUP_PHASES),
  percent: z.number().min(0).max(100),
  doneBytes: count,
  totalBytes: count,
  backup: backupReport.nullable(),
  restore: restoreReport.nullable(),
  error: errorPayload.nullable(),
});
export type BackupJobStatus = z.infer<typeof backupJobStatus>;

/** Either the password the user had when the backup was made, or the backup's recovery key and a new password. */
const restoreCredentials = {
  password: password.optional(),
  recoveryKey: recoveryKey.optional(),
  newPassword: password.optional(),
};

const started = z.union([z.object({ jobId }), z.object({ cancelled: z.literal(true) })]);

export const backupContract = {
  /** Without a folder, the shell's folder dialog asks for one. */
  'backup.start': channel({
    input: z.object({ folder: folderPath.optional() }).strict(),
    output: started,
    access: 'session',
    permission: 'backup.create',
    mutates: true,
  }),
  /** Public: a restore started at the login screen is polled before anyone is signed in. Job ids are random. */
  'backup.status': channel({ input: z.object({ jobId }).strict(), output: backupJobStatus, access: 'public', mutates: false }),
  /** Public: the login screen shows what a chosen backup is before asking for a password. */
  'backup.inspect': channel({
    input: z.object({ folder: folderPath.optional() }).strict(),
    output: z.union([backupInspection, z.object({ cancelled: z.literal(true) })]),
    access: 'public',
    mutates: false,
  }),
  /** Public: offered by the login screen when the database on this computer is damaged. */
  'backup.latest': channel({ input: empty, output: z.object({ backup: backupFacts.nullable() }), access: 'public', mutates: false }),
  'backup.reminder': channel({
    input: empty,
    output: z.object({
      lastBackupAt: isoDateTime.nullable(),
      daysSince: z.number().int().nullable(),
      reminderDays: z.number().int(),
      /** Never backed up, or the last backup is older than reminderDays. */
      overdue: z.boolean(),
    }),
    access: 'session',
    mutates: false,
  }),
  'backup.configure': channel({
    input: z.object({ reminderDays: z.number().int().min(1).max(365) }).strict(),
    output: z.object({ reminderDays: z.number().int() }),
    access: 'session',
    permission: 'settings.manage',
    mutates: true,
  }),
  /** Verifies a backup against the signed-in user's credentials in it; replaces nothing. */
  'backup.restore': channel({
    input: z.object({ folder: folderPath, ...restoreCredentials }).strict(),
    output: z.object({ jobId }),
    access: 'session',
    permission: 'backup.restore',
    mutates: true,
  }),
  /**
   * The same before sign-in, for a computer whose data cannot be opened (damaged, tampered, missing):
   * refused while the data here opens normally, and only for a system administrator of the backup.
   */
  'backup.restoreAtStart': channel({
    input: z.object({ folder: folderPath, username, ...restoreCredentials }).strict(),
    output: z.object({ jobId }),
    access: 'public',
    mutates: true,
  }),
  /** Replaces the data with a verified backup, keeps the replaced data aside, and ends the session. */
  'backup.restoreCommit': channel({ input: z.object({ jobId }).strict(), output: restoreReport, access: 'public', mutates: true }),
  'backup.restoreCancel': channel({ input: z.object({ jobId }).strict(), output: done, access: 'public', mutates: true }),
} as const;
