import type { Db } from '../db/database';
import { AppError } from '../../shared/errors';
import { DEFAULT_FAULT_TOLERANCE_CATALOG, type FaultToleranceCatalog } from '../../shared/workflow/fault-tolerance.catalog';

const CATALOG = 'fault-tolerance';

/** A version as it was saved; version 1 is the shipped default until an administrator edits it. */
export function catalogVersion(db: Db, version: number): FaultToleranceCatalog {
  const data = db.prepare('SELECT data FROM catalog_versions WHERE catalog = ? AND version = ?').pluck().get(CATALOG, version) as string | undefined;
  if (data) return JSON.parse(data) as FaultToleranceCatalog;
  if (version === DEFAULT_FAULT_TOLERANCE_CATALOG.version) return DEFAULT_FAULT_TOLERANCE_CATALOG;
  throw new AppError('NOT_FOUND', {}, ['version']);
}

export function currentCatalog(db: Db): FaultToleranceCatalog {
  const v = db.prepare('SELECT max(version) FROM catalog_versions WHERE catalog = ?').pluck().get(CATALOG) as number | null;
  return catalogVersion(db, v ?? DEFAULT_FAULT_TOLERANCE_CATALOG.version);
}

export function catalogVersions(db: Db): { version: number; createdAt: string | null; createdBy: string | null }[] {
  const rows = db.prepare('SELECT version, created_at AS createdAt, created_by AS createdBy FROM catalog_versions WHERE catalog = ? ORDER BY version').all(CATALOG) as {
    version: number;
    createdAt: string;
    createdBy: string | null;
  }[];
  return rows.some((r) => r.version === 1) ? rows : [{ version: 1, createdAt: null, createdBy: null }, ...rows];
}

/** Saves an edit as the next version; the versions rulings point at are never touched. */
export function saveCatalog(db: Db, edited: Omit<FaultToleranceCatalog, 'version'>, by: string, at: string): FaultToleranceCatalog {
  const next = { ...edited, version: currentCatalog(db).version + 1 };
  db.prepare('INSERT INTO catalog_versions (catalog, version, data, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(CATALOG, next.version, JSON.stringify(next), at, by);
  return next;
}
