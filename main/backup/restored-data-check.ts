import { AppError } from '../../shared/errors';
import { verifyAuditTail } from '../audit/audit-log';
import type { DataPaths } from '../core-state';
import { openDatabase } from '../db/database';
import { nativeBindingPath } from '../db/native-binding';
import { Keyring } from '../keys/keyring';
import { passesIntegrityCheck } from './encrypted-copy';

/**
 * The last gate of a restore, run on the files in their final places: the keyring reads, the
 * database opens the way a sign-in will open it, passes the full integrity check, and the end of its
 * audit chain holds (the whole chain was walked before the swap, on these same pages). Until this
 * passes, the replaced data stays where it was put aside.
 */
export function checkRestoredData(paths: DataPaths, dataKey: Buffer): void {
  Keyring.load(paths.keyring);
  const db = openDatabase(paths.db, dataKey, { keyVerified: true, nativeBinding: nativeBindingPath() });
  try {
    if (!passesIntegrityCheck(db)) throw new AppError('DB_DAMAGED');
    const audit = verifyAuditTail(db);
    if (!audit.ok) throw new AppError('DB_TAMPERED', { seq: audit.brokenAt ?? 0 });
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
