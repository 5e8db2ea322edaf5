import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createDatabase, openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../../main/db/migrations';
import { sha256File, useTempDir } from './temp-dir';

const tempDir = useTempDir('qingzheng-migrate-');

function tableNames(db: Db): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

describe('schema migrations', () => {
  it('bring a new database from nothing to the current version with the tables the services use', () => {
    const db = createDatabase(path.join(tempDir(), 'q.db'), crypto.randomBytes(32));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['audit_log', 'settings', 'units', 'users']));
    db.close();
  });

  it('number every step 1, 2, 3 … in file order, one file per version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const files = fs.readdirSync(path.resolve(__dirname, '../../../main/db/migrations')).filter((f) => /^\d{4}-.*\.ts$/.test(f)).sort();
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(MIGRATIONS.map((m) => m.version));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('refuse a database from a newer program and leave it untouched', () => {
    const file = path.join(tempDir(), 'q.db');
    const key = crypto.randomBytes(32);
    const db = createDatabase(file, key);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256File(file);

    const err = caught(() => openDatabase(file, key));
    expect(err.code).toBe('DB_NEWER_VERSION');
    expect(err.params).toEqual({ found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    expect(sha256File(file)).toBe(before);
  });

  it('apply pending steps on open, after a program upgrade', () => {
    const file = path.join(tempDir(), 'q.db');
    const key = crypto.randomBytes(32);
    createDatabase(file, key).close();
    const next: Migration = { version: SCHEMA_VERSION + 1, up: (db) => db.exec('CREATE TABLE later_step (id INTEGER PRIMARY KEY)') };

    const db = openDatabase(file, key);
    expect(migrate(db, [...MIGRATIONS, next])).toBe(SCHEMA_VERSION + 1);
    expect(tableNames(db)).toContain('later_step');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    db.close();
  });

  it('roll every pending step back together when one of them fails', () => {
    const file = path.join(tempDir(), 'q.db');
    const key = crypto.randomBytes(32);
    createDatabase(file, key).close();
    const db = openDatabase(file, key);
    const good: Migration = { version: SCHEMA_VERSION + 1, up: (d) => d.exec('CREATE TABLE half_done (id INTEGER)') };
    const bad: Migration = { version: SCHEMA_VERSION + 2, up: (d) => d.exec('CREATE TABLE broken (') };

    expect(() => migrate(db, [...MIGRATIONS, good, bad])).toThrow();
    expect(tableNames(db)).not.toContain('half_done');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuse a list of steps with a gap, which would skip a step on some installations', () => {
    const file = path.join(tempDir(), 'q.db');
    const db = createDatabase(file, crypto.randomBytes(32));
    const gap: Migration = { version: SCHEMA_VERSION + 2, up: () => undefined };
    expect(caught(() => migrate(db, [...MIGRATIONS, gap])).code).toBe('INTERNAL');
    db.close();
  });
});

describe('the audit log table', () => {
  function withEntry(): Db {
    const db = createDatabase(path.join(tempDir(), 'q.db'), crypto.randomBytes(32));
    db.prepare(
      "INSERT INTO audit_log (at, action, result, prev_hash, hash) VALUES ('2024-01-01T00:00:00.000Z', 'test', 'ok', 'p', 'h')",
    ).run();
    return db;
  }

  it('cannot have an entry changed by the program', () => {
    const db = withEntry();
    expect(() => db.prepare("UPDATE audit_log SET action = 'other'").run()).toThrow(/append-only/);
    expect(db.prepare('SELECT action FROM audit_log').pluck().get()).toBe('test');
    db.close();
  });

  it('cannot have an entry removed by the program', () => {
    const db = withEntry();
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    db.close();
  });

  it('keeps its head anchor from being removed or moved backwards', () => {
    const db = createDatabase(path.join(tempDir(), 'q.db'), crypto.randomBytes(32));
    db.prepare("INSERT INTO settings (key, value) VALUES ('audit.head', ?)").run(JSON.stringify({ seq: 5, hash: 'h' }));
    expect(() => db.prepare("DELETE FROM settings WHERE key = 'audit.head'").run()).toThrow(/may not be removed/);
    expect(() => db.prepare("UPDATE settings SET value = ? WHERE key = 'audit.head'").run(JSON.stringify({ seq: 4, hash: 'h' }))).toThrow(
      /forward/,
    );
    db.prepare("UPDATE settings SET value = ? WHERE key = 'audit.head'").run(JSON.stringify({ seq: 6, hash: 'h2' }));
    expect(JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'audit.head'").pluck().get() as string)).toEqual({ seq: 6, hash: 'h2' });
    db.close();
  });
});
