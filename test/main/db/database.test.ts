import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createDatabase, openDatabase, type Db } from '../../../main/db/database';
import { SCHEMA_VERSION } from '../../../main/db/migrations';
import { sha256File, useTempDir } from './temp-dir';

const MARKER = '澄清正名测试标记';
const tempDir = useTempDir('qingzheng-db-');

function newKey(): Buffer {
  return crypto.randomBytes(32);
}

function expectAppError(fn: () => unknown, code: string): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    return e as AppError;
  }
  throw new Error(`expected AppError ${code}, nothing was thrown`);
}

function storeMarker(db: Db): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('marker', JSON.stringify(MARKER));
}

describe('the encrypted database', () => {
  it('opens again with the same key and keeps what was stored', () => {
    const file = path.join(tempDir(), 'q.db');
    const key = newKey();
    const db = createDatabase(file, key);
    storeMarker(db);
    db.close();

    const again = openDatabase(file, key);
    expect(again.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe(JSON.stringify(MARKER));
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(again.pragma('synchronous', { simple: true })).toBe(2);
    again.close();
  });

  it('refuses a wrong key and leaves the file byte for byte as it was', () => {
    const file = path.join(tempDir(), 'q.db');
    const db = createDatabase(file, newKey());
    storeMarker(db);
    db.close();
    const before = sha256File(file);

    expectAppError(() => openDatabase(file, newKey()), 'DB_KEY_INVALID');
    expect(sha256File(file)).toBe(before);
  });

  it('calls an unreadable file damaged, not a wrong key, when the key came from the keyring', () => {
    const file = path.join(tempDir(), 'q.db');
    createDatabase(file, newKey()).close();
    expectAppError(() => openDatabase(file, newKey(), { keyVerified: true }), 'DB_DAMAGED');
  });

  it('reports a page changed on disk as damage', () => {
    const file = path.join(tempDir(), 'q.db');
    const key = newKey();
    const db = createDatabase(file, key);
    for (let i = 0; i < 200; i++) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`k${i}`, JSON.stringify('x'.repeat(200)));
    db.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(3 * 4096);
    bytes[2 * 4096 + 100] ^= 0xff; // inside page 3: the SQLCipher page MAC no longer matches
    fs.writeFileSync(file, bytes);

    expectAppError(() => openDatabase(file, key, { keyVerified: true }), 'DB_DAMAGED');
  });

  it('keeps no readable trace of the data on disk, neither in the main file nor in the WAL', () => {
    const file = path.join(tempDir(), 'q.db');
    const db = createDatabase(file, newKey());
    // Keep the WAL from being checkpointed, so the marker's page is still sitting in it.
    db.pragma('wal_autocheckpoint = 0');
    storeMarker(db);

    const wal = fs.readFileSync(`${file}-wal`);
    const main = fs.readFileSync(file);
    expect(wal.length).toBeGreaterThan(0);
    for (const bytes of [main, wal]) {
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
      expect(bytes.includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from('audit_log'))).toBe(false);
    }
    db.close();

    const closed = fs.readFileSync(file);
    expect(closed.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(closed.includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
  });

  it('cannot be read by a plain SQLite connection without the key', () => {
    const file = path.join(tempDir(), 'q.db');
    createDatabase(file, newKey()).close();
    const plain = new Database(file, { fileMustExist: true });
    try {
      expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    } finally {
      plain.close();
    }
  });

  it('will not overwrite an existing database when asked to create one', () => {
    const file = path.join(tempDir(), 'q.db');
    const key = newKey();
    createDatabase(file, key).close();
    const before = sha256File(file);
    expectAppError(() => createDatabase(file, key), 'ALREADY_INITIALIZED');
    expect(sha256File(file)).toBe(before);
  });

  it('does not invent an empty database when the file is missing', () => {
    const file = path.join(tempDir(), 'q.db');
    expectAppError(() => openDatabase(file, newKey()), 'NOT_INITIALIZED');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('treats a file emptied to zero bytes as damaged rather than starting over', () => {
    const file = path.join(tempDir(), 'q.db');
    const key = newKey();
    createDatabase(file, key).close();
    fs.writeFileSync(file, Buffer.alloc(0));
    expectAppError(() => openDatabase(file, key), 'DB_DAMAGED');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('accepts only a 32-byte key', () => {
    const file = path.join(tempDir(), 'q.db');
    expectAppError(() => createDatabase(file, crypto.randomBytes(16)), 'DB_KEY_INVALID');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reaches the current schema version when created', () => {
    const file = path.join(tempDir(), 'q.db');
    const db = createDatabase(file, newKey());
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
