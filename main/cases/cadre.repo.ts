import type { Db } from '../db/database';
import type { Cadre } from '../../shared/ipc/cases.contract';
import { AppError } from '../../shared/errors';
import { VISIBLE_UNITS_SQL } from './unit-scope';

interface Row {
  id: number;
  name: string;
  gender: 'male' | 'female' | null;
  unit_id: number;
  unit_name: string;
  post: string | null;
  rank: string | null;
  political_status: string | null;
  id_number: string | null;
}

const SELECT = `SELECT c.id, c.name, c.gender, c.unit_id, u.name AS unit_name, c.post, c.rank, c.political_status, c.id_number
  FROM cadres c JOIN units u ON u.id = c.unit_id`;

const toCadre = (r: Row): Cadre => ({
  id: r.id,
  name: r.name,
  gender: r.gender,
  unitId: r.unit_id,
  unitName: r.unit_name,
  post: r.post,
  rank: r.rank,
  politicalStatus: r.political_status,
  idNumber: r.id_number,
});

export interface CadreFields {
  name: string;
  gender?: 'male' | 'female';
  unitId: number;
  post?: string;
  rank?: string;
  politicalStatus?: string;
  idNumber?: string;
}

export function getCadre(db: Db, id: number): Cadre {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['cadreId']);
  return toCadre(row);
}

const values = (f: CadreFields) => [f.name, f.gender ?? null, f.unitId, f.post || null, f.rank || null, f.politicalStatus || null, f.idNumber || null];

export function insertCadre(db: Db, f: CadreFields, at: string): Cadre {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO cadres (name, gender, unit_id, post, rank, political_status, id_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(...values(f), at, at);
  return getCadre(db, Number(lastInsertRowid));
}

export function updateCadre(db: Db, id: number, f: CadreFields, at: string): Cadre {
  db.prepare('UPDATE cadres SET name = ?, gender = ?, unit_id = ?, post = ?, rank = ?, political_status = ?, id_number = ?, updated_at = ? WHERE id = ?').run(
    ...values(f),
    at,
    id,
  );
  return getCadre(db, id);
}

/** A page of the cadres within the viewer's data scope, by name. */
export function listCadres(db: Db, viewerId: string, q: string | undefined, page: number, pageSize: number): { total: number; rows: Cadre[] } {
  const where = [`c.unit_id IN (${VISIBLE_UNITS_SQL})`];
  const args: unknown[] = [viewerId];
  if (q) (where.push("(c.name LIKE ? ESCAPE '\\' OR c.id_number = ?)"), args.push(`%${q.replace(/[\\%_]/g, '\\$&')}%`, q.toUpperCase()));
  const clause = `WHERE ${where.join(' AND ')}`;
  const total = db.prepare(`SELECT count(*) FROM cadres c ${clause}`).pluck().get(...args) as number;
  const rows = db.prepare(`${SELECT} ${clause} ORDER BY c.name, c.id LIMIT ? OFFSET ?`).all(...args, pageSize, (page - 1) * pageSize) as Row[];
  return { total, rows: rows.map(toCadre) };
}
