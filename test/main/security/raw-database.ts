import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { Keyring } from '../../../main/keys/keyring';
import { TEST_KDF } from '../../support/core-fixture';

/**
 * What someone holding a user's password and a plain SQLite tool could do to the data folder: unwrap
 * the data key from the keyring and open the database directly, below every guard the app keeps.
 */
export function dataKeyOf(dir: string, username: string, password: string): Promise<Buffer> {
  const keyring = Keyring.load(path.join(dir, 'keyring.json'), TEST_KDF);
  return keyring.unlock(username, password, Date.now()).then((r) => r.dataKey);
}

export function openWithKey(dir: string, key: Buffer): Database.Database {
  const db = new Database(path.join(dir, 'qingzheng.db'), { fileMustExist: true });
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  return db;
}
