import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { canonicalJson } from '../audit/audit-log';

/**
 * A backup is a folder:
 *   qingzheng.db    the encrypted database, written by VACUUM INTO (same key, same cipher)
 *   keyring.json    the keyring as it was, so the same passwords and recovery key open it
 *   attachments/    the data folder's attachments, byte for byte, if it has any
 *   manifest.json   this file: what the folder must hold, with sizes and SHA-256 hashes
 * The manifest is plain JSON so that a backup can be recognised and listed without a key, and it
 * carries a MAC under a key derived from the data key, so that editing it (or swapping a file and
 * its hash together) is caught as soon as the backup is opened for a restore.
 */
export const MANIFEST_NAME = 'manifest.json';
export const DB_ENTRY = 'qingzheng.db';
export const KEYRING_ENTRY = 'keyring.json';
export const ATTACHMENTS_DIR = 'attachments';
export const BACKUP_FORMAT = 'qingzheng-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Far above any real manifest (hundreds of thousands of attachment files), far below what would hurt to read. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAC_INFO = 'qingzheng/backup-manifest/v1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const entrySchema = z.strictObject({
  path: z.string().min(1).max(1024),
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  sha256: hex64,
});
export type ManifestEntry = z.infer<typeof entrySchema>;

const bodySchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** PRAGMA user_version of the copied database. */
  schemaVersion: z.number().int().nonnegative(),
  dbId: z.string().min(1).max(100),
  officeCode: z.string().max(100),
  createdAt: z.string().min(1).max(40),
  /** The user id only: names stay inside the encrypted database, as the keyring keeps them. */
  createdBy: z.string().min(1).max(64),
  /** The last audit entry inside the copy; the restore checks the copy's chain ends exactly there. */
  auditHead: z.strictObject({ seq: z.number().int().nonnegative(), hash: hex64 }).nullable(),
  attachmentsFolder: z.boolean(),
  entries: z.array(entrySchema),
});
export type ManifestBody = z.infer<typeof bodySchema>;
const manifestSchema = bodySchema.extend({ mac: hex64 });
export type Manifest = z.infer<typeof manifestSchema>;

const damaged = (item = MANIFEST_NAME) => new AppError('BACKUP_DAMAGED', { item });

/** Reads and checks the manifest's shape and entry names; says nothing yet about the files or the MAC. */
export function readManifest(folder: string): Manifest {
  const file = path.join(folder, MANIFEST_NAME);
  let text: string;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new AppError('BACKUP_NOT_FOUND');
    if (st.size > MAX_MANIFEST_BYTES) throw damaged();
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('BACKUP_NOT_FOUND');
    throw damaged();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged();
  }
  // The version is read before the strict shape: a newer format may well have fields this one lacks.
  const head = z.looseObject({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number().int().positive() }).safeParse(json);
  if (!head.success) throw damaged();
  if (head.data.formatVersion > BACKUP_FORMAT_VERSION)
    throw new AppError('BACKUP_FORMAT_UNSUPPORTED', { found: head.data.formatVersion, supported: BACKUP_FORMAT_VERSION });
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw damaged();
  assertEntries(parsed.data);
  return parsed.data;
}

/** The entry list must name the database and keyring once each, and nothing outside attachments/. */
function assertEntries(m: Manifest): void {
  const seen = new Set<string>();
  for (const e of m.entries) {
    if (!isSafeEntryPath(e.path)) throw damaged();
    // Case-folded: two names that differ only in case would land on one file on Windows and macOS.
    const key = e.path.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw damaged();
    seen.add(key);
  }
  for (const required of [DB_ENTRY, KEYRING_ENTRY]) if (!seen.has(required)) throw damaged();
  if (!m.attachmentsFolder && m.entries.some((e) => e.path.startsWith(`${ATTACHMENTS_DIR}/`))) throw damaged();
}

/** Forward slashes, inside attachments/, no empty, dot or dot-dot segment, nothing a file system would reinterpret. */
export function isSafeEntryPath(p: string): boolean {
  if (p === DB_ENTRY || p === KEYRING_ENTRY) return true;
  const parts = p.split('/');
  if (parts[0] !== ATTACHMENTS_DIR || parts.length < 2) return false;
  // eslint-disable-next-line no-control-regex
  return parts.slice(1).every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\:*?"<>|\u0000-\u001f]/.test(s) && !/[. ]$/.test(s));
}

export function manifestMacKey(dataKey: Buffer, dbId: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', dataKey, Buffer.from(dbId, 'utf8'), MAC_INFO, 32));
}

export function sealManifest(body: ManifestBody, macKey: Buffer): Manifest {
  return { ...body, mac: mac(body, macKey) };
}

export function manifestMacHolds(m: Manifest, macKey: Buffer): boolean {
  const { mac: stored, ...body } = m;
  return crypto.timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(mac(body, macKey), 'hex'));
}

function mac(body: ManifestBody, macKey: Buffer): string {
  return crypto.createHmac('sha256', macKey).update(canonicalJson(body)).digest('hex');
}

export function manifestTotals(m: Pick<Manifest, 'entries'>): { totalBytes: number; fileCount: number; attachmentCount: number } {
  return {
    totalBytes: m.entries.reduce((n, e) => n + e.size, 0),
    fileCount: m.entries.length,
    attachmentCount: m.entries.filter((e) => e.path.startsWith(`${ATTACHMENTS_DIR}/`)).length,
  };
}
