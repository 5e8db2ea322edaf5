import { AppError } from '../../shared/errors';
import { verifyAuditTail } from '../audit/audit-log';
import type { Db } from '../db/database';
import { assertSupportedVersion } from '../db/migrate';
import { openEncryptedReadOnly, passesIntegrityCheck } from './encrypted-copy';

/**
 * Added to what openDatabase already checks at every sign-in (the key reads the file, the pages
 * pass quick_check): the end of the audit trail must still hold. Page checks cannot see an edit
 * made by someone who decrypted the file, changed rows and encrypted it again; the hash chain can.
 * A break refuses the data, plainly, with the entry where it breaks, and the login screen offers
 * the latest backup; the data is never opened half-trusted.
 */
export function checkedOnOpen(db: Db): Db {
  let tail: { ok: boolean; brokenAt: number | null };
  try {
    tail = verifyAuditTail(db);
  } catch (e) {
    db.close();
    const err = new AppError('DB_DAMAGED');
    err.cause = e;
    throw err;
  }
  if (!tail.ok) {
    db.close();
    throw new AppError('DB_TAMPERED', { seq: tail.brokenAt ?? 0 });
  }
  return db;
}

/**
 * Whether the database at `file` opens with `key` and passes the same checks a sign-in makes,
 * without writing to it. Used before sign-in, to allow a restore only onto data that cannot be used.
 */
export function opensCleanly(file: string, key: Buffer): boolean {
  let db: Db;
  try {
    db = openEncryptedReadOnly(file, key, new AppError('DB_DAMAGED'));
  } catch {
    return false;
  }
  try {
    assertSupportedVersion(db);
    return passesIntegrityCheck(db, true) && verifyAuditTail(db).ok;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
