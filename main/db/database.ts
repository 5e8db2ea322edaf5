import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError, type ErrorCode } from '../../shared/errors';
import type { Db } from './db-handle';
import { assertSupportedVersion, migrate } from './migrate';

export type { Db } from './db-handle';

export interface OpenOptions {
  nativeBinding?: string;
  /** key came out of the keyring (AES-GCM verified): an unreadable file then means damage, not a wrong key */
  keyVerified?: boolean;
}

export const DATA_KEY_BYTES = 32;

/** Makes a new encrypted database at `file` and brings it to the current schema. Refuses to touch an existing one. */
export function createDatabase(file: string, key: Buffer, opts: OpenOptions = {}): Db {
  assertKeyShape(key);
  // A leftover WAL would be replayed into the new file by SQLite, so it counts as "exists" too.
  if (fs.existsSync(`${file}-wal`)) throw new AppError('ALREADY_INITIALIZED');
  let fd: number;
  try {
    // 'wx' makes the existence check and the creation one step; 0o600 is inherited by -wal and -shm.
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('ALREADY_INITIALIZED');
    throw internal(e);
  }
  fs.closeSync(fd);

  let db: Db | undefined;
  try {
    db = connect(file, key, opts, false);
    migrate(db);
    return db;
  } catch (e) {
    db?.close();
    // Nothing of value can be in a file we made a moment ago; leaving it would block the next setup.
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    throw e;
  }
}

/** Opens an existing encrypted database, refuses one from a newer program, and applies pending migrations. */
export function openDatabase(file: string, key: Buffer, opts: OpenOptions = {}): Db {
  assertKeyShape(key);
  if (!fs.existsSync(file)) throw new AppError('NOT_INITIALIZED');
  const db = connect(file, key, opts, true);
  try {
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e instanceof AppError ? e : internal(e);
  }
}

function connect(file: string, key: Buffer, opts: OpenOptions, existing: boolean): Db {
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  } catch (e) {
    throw internal(e);
  }
  try {
    applyKey(db, key);
    // The codec accepts any key and only fails when a page is read, so read one now.
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    } catch (e) {
      throw sqliteToAppError(e, opts.keyVerified ? 'DB_DAMAGED' : 'DB_KEY_INVALID');
    }
    if (existing) {
      // Checked before the journal-mode switch below, the only setting that could write to the file.
      assertSupportedVersion(db);
      // user_version 0 means no migration ever committed here: createDatabase never leaves such a
      // file behind, so it is a truncated or foreign file, and migrating it would pass an empty
      // database off as the real one.
      if ((db.pragma('user_version', { simple: true }) as number) === 0) throw new AppError('DB_DAMAGED');
    }
    // Sorts and temporary indexes would otherwise spill to unencrypted temp files.
    db.pragma('temp_store = MEMORY');
    // Pages sit decrypted in this cache; without it every list query decrypts the same pages again.
    db.pragma('cache_size = -65536');
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new AppError('INTERNAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    if (existing) quickCheck(db);
    return db;
  } catch (e) {
    db.close();
    throw e instanceof AppError ? e : internal(e);
  }
}

export function applyKey(db: Db, key: Buffer): void {
  // Order matters: the cipher and its compatibility level must be chosen before the key is set.
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  // x'…' hands the 32 bytes to the codec as the raw page key, skipping SQLCipher's own PBKDF2:
  // the key is already random, and the password stretching happens in the keyring.
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  // A plain SQLite build (a wrong nativeBinding) ignores every PRAGMA above and would write clear text.
  if (db.pragma('cipher', { simple: true }) !== 'sqlcipher') throw new AppError('INTERNAL');
}

function quickCheck(db: Db): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check') as { quick_check: string }[];
  } catch (e) {
    throw sqliteToAppError(e, 'DB_DAMAGED');
  }
  if (rows.length !== 1 || rows[0].quick_check !== 'ok') throw new AppError('DB_DAMAGED');
}

function assertKeyShape(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== DATA_KEY_BYTES) throw new AppError('DB_KEY_INVALID');
}

/** SQLITE_NOTADB is what a wrong key looks like; corruption reports carry their own codes. */
function sqliteToAppError(e: unknown, onNotADb: ErrorCode): AppError {
  if (e instanceof AppError) return e;
  const code = e instanceof Database.SqliteError ? e.code : '';
  if (code === 'SQLITE_NOTADB') return new AppError(onNotADb);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') return new AppError('DB_DAMAGED');
  return internal(e);
}

function internal(e: unknown): AppError {
  const err = new AppError('INTERNAL');
  err.cause = e;
  return err;
}
