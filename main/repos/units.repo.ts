import type { Db } from '../db/database';
import type { Unit } from '../../shared/ipc';
import { AppError } from '../../shared/errors';

interface UnitRow {
  id: number;
  parent_id: number | null;
  name: string;
}

const toUnit = (r: UnitRow): Unit => ({ id: r.id, parentId: r.parent_id, name: r.name });

export function listUnits(db: Db): Unit[] {
  return (db.prepare('SELECT id, parent_id, name FROM units ORDER BY id').all() as UnitRow[]).map(toUnit);
}

export function getUnit(db: Db, id: number): Unit {
  const row = db.prepare('SELECT id, parent_id, name FROM units WHERE id = ?').get(id) as UnitRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['unitId']);
  return toUnit(row);
}

export function createUnit(db: Db, name: string, parentId: number | null, at: string): Unit {
  if (parentId !== null) getUnit(db, parentId);
  const { lastInsertRowid } = db.prepare('INSERT INTO units (parent_id, name, created_at) VALUES (?, ?, ?)').run(parentId, name, at);
  return getUnit(db, Number(lastInsertRowid));
}
