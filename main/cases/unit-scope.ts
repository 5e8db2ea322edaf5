import type { Db } from '../db/database';

/** The units at or below a unit: the organisational tree (who is in the verifying department, a chosen filter). */
export const SUBTREE_SQL = `WITH RECURSIVE subtree(id) AS (
  SELECT ? UNION ALL SELECT u.id FROM units u JOIN subtree s ON u.parent_id = s.id
) SELECT id FROM subtree`;

export function unitSubtree(db: Db, unitId: number): number[] {
  return db.prepare(SUBTREE_SQL).pluck().all(unitId) as number[];
}

export function unitInScope(db: Db, scopeUnitId: number, unitId: number): boolean {
  return db.prepare(`SELECT 1 FROM (${SUBTREE_SQL}) WHERE id = ?`).get(scopeUnitId, unitId) !== undefined;
}

/**
 * The data-scope rule: the units whose cadres and cases a user may see — their own unit, their unit
 * and everything below it, or the whole office, as the security administrator set it. One bound
 * parameter, the user's id. Every list, search, export and statistic filters through this, as
 * `x.unit_id IN (${VISIBLE_UNITS_SQL})`. The user's unit and scope are read at each call, so a
 * change takes effect on the next call, not at the next sign-in; a disabled account sees nothing.
 */
export const VISIBLE_UNITS_SQL = `WITH RECURSIVE viewer(unit_id, scope) AS (
  SELECT unit_id, data_scope FROM users WHERE id = ? AND active = 1
), reach(id) AS (
  SELECT unit_id FROM viewer
  UNION SELECT u.id FROM units u JOIN reach r ON u.parent_id = r.id WHERE (SELECT scope FROM viewer) = 'subtree'
) SELECT id FROM reach UNION SELECT id FROM units WHERE (SELECT scope FROM viewer) = 'office'`;

export function visibleUnits(db: Db, userId: string): number[] {
  return db.prepare(VISIBLE_UNITS_SQL).pluck().all(userId) as number[];
}

/** Whether a record held by `unitId` is within the user's data scope. */
export function inDataScope(db: Db, userId: string, unitId: number): boolean {
  return db.prepare(`SELECT 1 FROM (${VISIBLE_UNITS_SQL}) WHERE id = ?`).get(userId, unitId) !== undefined;
}
