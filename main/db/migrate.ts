import { AppError } from '../../shared/errors';
import type { Db } from './db-handle';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuses a database written by a newer program before anything touches it: an older program
 * would otherwise misread tables it does not know, or write rows the newer one cannot trust.
 */
export function assertSupportedVersion(db: Db, supported: number = SCHEMA_VERSION): number {
  const found = userVersion(db);
  if (found > supported) throw new AppError('DB_NEWER_VERSION', { found, supported });
  return found;
}

/**
 * Brings the schema up to date. All pending steps and the new user_version commit together, so a
 * crash or a failing step leaves the database exactly at the version it had.
 * Returns the version reached.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  assertOrdered(migrations);
  const target = migrations.length ? migrations[migrations.length - 1].version : 0;
  const found = assertSupportedVersion(db, target);
  const pending = migrations.filter((m) => m.version > found);
  if (!pending.length) return found;

  // IMMEDIATE takes the write lock up front, so another connection cannot slip a write in between
  // reading user_version and applying the steps.
  db.transaction(() => {
    if (userVersion(db) !== found) throw new AppError('INTERNAL');
    for (const m of pending) m.up(db);
    // user_version is an integer literal we produced ourselves; PRAGMA takes no bound parameters.
    db.pragma(`user_version = ${Math.trunc(target)}`);
  }).immediate();
  return target;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    // A gap or a reordering would silently skip a step on some installations.
    if (m.version !== i + 1) throw new AppError('INTERNAL');
  });
}
