import type { Db } from '../db/database';

/** The units at or below a unit: what a user there may see (the data-scope rule). */
export const SUBTREE_SQL = `WITH RECURSIVE subtree(id) AS (
  SELECT ? UNION ALL SELECT u.id FROM units u JOIN subtree s ON u.parent_id = s.id
) SELECT id FROM subtree`;

export function unitSubtree(db: Db, unitId: number): number[] {
  return db.prepare(SUBTREE_SQL).pluck().all(unitId) as number[];
}

export function unitInScope(db: Db, scopeUnitId: number, unitId: number): boolean {
  return db.prepare(`SELECT 1 FROM (${SUBTREE_SQL}) WHERE id = ?`).get(scopeUnitId, unitId) !== undefined;
}
