import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';
import { applyKey, type Db } from '../db/database';
import { nativeBindingPath } from '../db/native-binding';

/**
 * Opens a copy of the database (a backup, a staged restore, the data behind a failed sign-in) for
 * reading only. openDatabase would switch it to WAL and migrate it, which writes: a backup being
 * checked must keep the bytes its manifest vouches for.
 * Any failure to read it with the key is reported as `onUnreadable`: the key came out of an
 * authenticated keyring, so an unreadable file is a damaged one.
 */
export function openEncryptedReadOnly(file: string, key: Buffer, onUnreadable: AppError): Db {
  let db: Db;
  try {
    const binding = nativeBindingPath();
    db = new Database(file, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  } catch (e) {
    throw withCause(onUnreadable, e);
  }
  try {
    applyKey(db, key);
    // Sorts during an integrity check would otherwise spill decrypted pages to temp files.
    db.pragma('temp_store = MEMORY');
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    return db;
  } catch (e) {
    db.close();
    throw e instanceof AppError && e.code === 'INTERNAL' ? e : withCause(onUnreadable, e);
  }
}

/** `PRAGMA integrity_check` (or the faster quick_check) answered 'ok'; a check that cannot even run counts as a failure. */
export function passesIntegrityCheck(db: Db, quick = false): boolean {
  try {
    const rows = db.pragma(quick ? 'quick_check' : 'integrity_check') as Record<string, string>[];
    return rows.length === 1 && Object.values(rows[0])[0] === 'ok';
  } catch {
    return false;
  }
}

function withCause(err: AppError, cause: unknown): AppError {
  const copy = new AppError(err.code, err.params, err.fields);
  copy.cause = cause;
  return copy;
}
