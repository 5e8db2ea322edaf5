import type { Db } from '../db/database';
import type { CaseEvent, CaseKind, CaseListInput, CaseSummary } from '../../shared/ipc/cases.contract';
import type { HistoryEntry } from '../../shared/workflow/types';
import { AppError } from '../../shared/errors';
import { indexTokens, matchExpression } from '../search/bigrams';
import { SUBTREE_SQL, VISIBLE_UNITS_SQL } from './unit-scope';

export interface CaseRow {
  id: number;
  kind: CaseKind;
  number: string;
  year: number;
  cadre_id: number;
  cadre_name: string;
  unit_id: number;
  unit_name: string;
  verifying_unit_id: number | null;
  status: string;
  step: string;
  opened_on: string;
  step_started_on: string;
  due_on: string | null;
  due_estimate: number;
  outcome: string | null;
  catalog_version: number | null;
  data: string;
  origin_office: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  situations: string | null;
}

const SELECT = `SELECT k.*, c.name AS cadre_name, u.name AS unit_name,
    (SELECT group_concat(situation, char(31)) FROM case_situations s WHERE s.case_id = k.id) AS situations
  FROM cases k JOIN cadres c ON c.id = k.cadre_id JOIN units u ON u.id = k.unit_id`;

export function toSummary(row: CaseRow, deadline: CaseSummary['deadline']): CaseSummary {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    cadreId: row.cadre_id,
    cadreName: row.cadre_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    step: row.step,
    status: row.status,
    openedOn: row.opened_on,
    dueOn: row.due_on,
    dueEstimate: row.due_estimate === 1,
    deadline,
    outcome: row.outcome,
    situations: row.situations ? row.situations.split('\x1f') : [],
    originOffice: row.origin_office,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

export function getCaseRow(db: Db, id: number): CaseRow {
  const row = db.prepare(`${SELECT} WHERE k.id = ?`).get(id) as CaseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['id']);
  return row;
}

export interface NewCase {
  kind: CaseKind;
  number: string;
  year: number;
  seq: number;
  cadreId: number;
  unitId: number;
  verifyingUnitId: number | null;
  step: string;
  status: string;
  openedOn: string;
  stepStartedOn: string;
  data: Record<string, unknown>;
  createdBy: string;
  at: string;
}

export function insertCase(db: Db, c: NewCase): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO cases (kind, number, year, seq, cadre_id, unit_id, verifying_unit_id, status, step, opened_on, step_started_on, data, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(c.kind, c.number, c.year, c.seq, c.cadreId, c.unitId, c.verifyingUnitId, c.status, c.step, c.openedOn, c.stepStartedOn, JSON.stringify(c.data), c.createdBy, c.at, c.at);
  return Number(lastInsertRowid);
}

export interface CaseChange {
  step: string;
  status: string;
  stepStartedOn: string;
  dueOn: string | null;
  dueEstimate: boolean;
  outcome: string | null;
  catalogVersion: number | null;
  data: Record<string, unknown>;
  situations: readonly string[];
  closedAt: string | null;
  at: string;
}

export function updateCase(db: Db, id: number, c: CaseChange): void {
  db.prepare(
    `UPDATE cases SET step = ?, status = ?, step_started_on = ?, due_on = ?, due_estimate = ?, outcome = ?, catalog_version = ?, data = ?,
       closed_at = ?, updated_at = ? WHERE id = ?`,
  ).run(c.step, c.status, c.stepStartedOn, c.dueOn, c.dueEstimate ? 1 : 0, c.outcome, c.catalogVersion, JSON.stringify(c.data), c.closedAt, c.at, id);
  db.prepare('DELETE FROM case_situations WHERE case_id = ?').run(id);
  const add = db.prepare('INSERT OR IGNORE INTO case_situations (case_id, situation) VALUES (?, ?)');
  for (const s of c.situations) add.run(id, s);
}

/** A case brought in a package keeps, visibly, the office it came from. */
export function setOriginOffice(db: Db, id: number, office: string): void {
  db.prepare('UPDATE cases SET origin_office = ? WHERE id = ?').run(office, id);
}

/** Keeps the quick-search index in step with a case's number and its cadre's name. */
export function indexCase(db: Db, id: number): void {
  const row = db.prepare('SELECT k.number, c.name FROM cases k JOIN cadres c ON c.id = k.cadre_id WHERE k.id = ?').get(id) as
    | { number: string; name: string }
    | undefined;
  db.prepare('DELETE FROM case_search WHERE rowid = ?').run(id);
  if (row) db.prepare('INSERT INTO case_search (rowid, tokens) VALUES (?, ?)').run(id, indexTokens(`${row.number} ${row.name}`));
}

export function reindexCadreCases(db: Db, cadreId: number): void {
  for (const id of db.prepare('SELECT id FROM cases WHERE cadre_id = ?').pluck().all(cadreId) as number[]) indexCase(db, id);
}

// ——— History ———

export interface EventInput {
  caseId: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  fromStep: string | null;
  toStep: string | null;
  reason: string | null;
  /** The engine's history entry for workflow actions; null for saves and record-keeping events. */
  entry: HistoryEntry | null;
  detail?: Record<string, unknown>;
}

export function appendEvent(db: Db, e: EventInput): void {
  db.prepare('INSERT INTO case_events (case_id, at, actor_id, actor_name, action, from_step, to_step, reason, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    e.caseId,
    e.at,
    e.actorId,
    e.actorName,
    e.action,
    e.fromStep,
    e.toStep,
    e.reason,
    JSON.stringify({ entry: e.entry, detail: e.detail ?? null }),
  );
}

interface EventRow {
  id: number;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  from_step: string | null;
  to_step: string | null;
  reason: string | null;
  data: string | null;
}

export function caseEvents(db: Db, caseId: number): { events: CaseEvent[]; history: HistoryEntry[] } {
  const rows = db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY id').all(caseId) as EventRow[];
  const history: HistoryEntry[] = [];
  const events = rows.map((r) => {
    const entry = r.data ? (JSON.parse(r.data) as { entry: HistoryEntry | null }).entry : null;
    if (entry) history.push(entry);
    return { id: r.id, at: r.at, actorId: r.actor_id, actorName: r.actor_name, action: r.action, fromStep: r.from_step, toStep: r.to_step, reason: r.reason };
  });
  return { events, history };
}

/** A case's history lines as stored, their data still as JSON text: what a case package carries. */
export function storedCaseEvents(db: Db, caseId: number): Omit<EventRow, 'id'>[] {
  return db.prepare('SELECT at, actor_id, actor_name, action, from_step, to_step, reason, data FROM case_events WHERE case_id = ? ORDER BY id').all(caseId) as Omit<EventRow, 'id'>[];
}

// ——— Lists ———

export interface ListScope {
  /** The user whose data scope bounds the list. */
  viewerId: string;
  today: string;
  dueSoonUntil: string;
}

const SORT_COLUMNS = { number: 'k.year {o}, k.seq {o}', openedOn: 'k.opened_on {o}', dueOn: 'k.due_on IS NULL, k.due_on {o}', updatedAt: 'k.updated_at {o}' } as const;

type ListQuery = Pick<Required<CaseListInput>, 'sort' | 'order'> & Omit<CaseListInput, 'page' | 'pageSize'>;

/** The WHERE and ORDER BY of a filtered list; the page and the export iterate the same query. */
function listQuery(q: ListQuery, scope: ListScope): { clause: string; args: unknown[]; order: string } {
  const where = ['k.kind = ?', `k.unit_id IN (${VISIBLE_UNITS_SQL})`];
  const args: unknown[] = [q.kind, scope.viewerId];
  if (q.status === 'open') where.push("k.status IN ('active', 'pending')");
  else if (q.status) (where.push('k.status = ?'), args.push(q.status));
  if (q.step) (where.push('k.step = ?'), args.push(q.step));
  if (q.unitId) (where.push(`k.unit_id IN (${SUBTREE_SQL})`), args.push(q.unitId));
  if (q.year) (where.push('k.year = ?'), args.push(q.year));
  if (q.outcome) (where.push('k.outcome = ?'), args.push(q.outcome));
  if (q.situation) (where.push('k.id IN (SELECT case_id FROM case_situations WHERE situation = ?)'), args.push(q.situation));
  if (q.deadline === 'overdue') (where.push("k.status IN ('active', 'pending') AND k.due_on < ?"), args.push(scope.today));
  if (q.deadline === 'due-soon') (where.push("k.status IN ('active', 'pending') AND k.due_on >= ? AND k.due_on <= ?"), args.push(scope.today, scope.dueSoonUntil));
  if (q.q) {
    const match = matchExpression(q.q);
    if (match) (where.push('k.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)'), args.push(match));
  }
  const order = `${SORT_COLUMNS[q.sort].replaceAll('{o}', q.order === 'asc' ? 'ASC' : 'DESC')}, k.id DESC`;
  return { clause: `WHERE ${where.join(' AND ')}`, args, order };
}

/** One page, filtered and sorted in SQL: a list is never loaded whole. */
export function listCases(db: Db, q: Required<Pick<CaseListInput, 'sort' | 'order' | 'page' | 'pageSize'>> & CaseListInput, scope: ListScope) {
  const { clause, args, order } = listQuery(q, scope);
  const total = db.prepare(`SELECT count(*) FROM cases k ${clause}`).pluck().get(...args) as number;
  // The page's ids first, then their rows: names, units and situations are looked up for 50 cases, not
  // for every case the sort has to see.
  const ids = db.prepare(`SELECT k.id FROM cases k ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`).pluck().all(...args, q.pageSize, (q.page - 1) * q.pageSize) as number[];
  return { total, rows: rowsInOrder(db, ids) };
}

/**
 * Every case the list would show, in its order, fetched a batch at a time: exports of any length
 * read the same query as the list without holding it whole, and the ids are fixed when iteration
 * starts, so rows cannot shift between batches.
 */
export function* eachListedCase(db: Db, q: ListQuery, scope: ListScope, batch = 500): Generator<CaseRow[]> {
  const { clause, args, order } = listQuery(q, scope);
  const ids = db.prepare(`SELECT k.id FROM cases k ${clause} ORDER BY ${order}`).pluck().all(...args) as number[];
  for (let i = 0; i < ids.length; i += batch) yield rowsInOrder(db, ids.slice(i, i + batch));
}

function rowsInOrder(db: Db, ids: readonly number[]): CaseRow[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`${SELECT} WHERE k.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as CaseRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is CaseRow => r !== undefined);
}

export function casesOfCadre(db: Db, cadreId: number, viewerId: string): CaseRow[] {
  return db.prepare(`${SELECT} WHERE k.cadre_id = ? AND k.unit_id IN (${VISIBLE_UNITS_SQL}) ORDER BY k.created_at DESC`).all(cadreId, viewerId) as CaseRow[];
}
