import type { Db } from '../db/database';
import type { ReportListInput, ReportStatus } from '../../shared/ipc/clearance.contract';
import type { PointFinding, ReceivedVia } from '../../shared/workflow/clearance.fields';
import { AppError } from '../../shared/errors';
import { SUBTREE_SQL, VISIBLE_UNITS_SQL } from '../cases/unit-scope';

export interface ReportRow {
  id: number;
  number: string;
  year: number;
  unit_id: number;
  unit_name: string;
  received_via: ReceivedVia;
  received_on: string;
  anonymous: number;
  reporter_name: string | null;
  reporter_contact: string | null;
  reporter_workplace: string | null;
  allegations: string;
  verifying_unit_id: number | null;
  verifying_unit_name: string | null;
  concluded_on: string | null;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
}

export interface PointRow {
  id: number;
  report_id: number;
  no: number;
  summary: string;
  finding: PointFinding | null;
  note: string | null;
  /** The cadres the point is about; empty: every cadre the report names. */
  cadreIds: number[];
}

export interface ReportCadreRow {
  id: number;
  name: string;
  unit_id: number;
  unit_name: string;
  post: string | null;
}

/** A clearance case citing points of a report, with the points it cites. */
export interface CitingCaseRow {
  case_id: number;
  number: string;
  cadre_id: number;
  cadre_name: string;
  step: string;
  status: string;
  outcome: string | null;
  point_ids: string;
}

const SELECT = `SELECT r.*, u.name AS unit_name, v.name AS verifying_unit_name
  FROM reports r JOIN units u ON u.id = r.unit_id LEFT JOIN units v ON v.id = r.verifying_unit_id`;

/**
 * Who may see a report: whoever's data scope holds the unit that registered it or the unit verifying
 * it. Two bound parameters, both the viewer's id.
 */
export const REPORT_VISIBLE = `(r.unit_id IN (${VISIBLE_UNITS_SQL}) OR r.verifying_unit_id IN (${VISIBLE_UNITS_SQL}))`;

/** Cases that hold a point: open or closed ones. A refused or withdrawn case frees its points again. */
export const LIVE_CASE = "k.status IN ('active', 'pending', 'closed')";

export function reportStatus(row: Pick<ReportRow, 'verifying_unit_id' | 'concluded_on'>): ReportStatus {
  if (row.concluded_on) return 'concluded';
  return row.verifying_unit_id ? 'verifying' : 'registered';
}

export function getReportRow(db: Db, id: number): ReportRow {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as ReportRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['id']);
  return row;
}

export function reportVisibleTo(db: Db, id: number, viewerId: string): boolean {
  return db.prepare(`SELECT 1 FROM reports r WHERE r.id = ? AND ${REPORT_VISIBLE}`).get(id, viewerId, viewerId) !== undefined;
}

export interface ReportFields {
  receivedVia: ReceivedVia;
  receivedOn: string;
  unitId: number;
  anonymous: boolean;
  reporterName: string | null;
  reporterContact: string | null;
  reporterWorkplace: string | null;
  allegations: string;
  verifyingUnitId: number | null;
  concludedOn: string | null;
  conclusion: string | null;
}

export function insertReport(db: Db, r: ReportFields & { number: string; year: number; seq: number; createdBy: string; at: string }): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO reports (number, year, seq, unit_id, received_via, received_on, anonymous, reporter_name, reporter_contact, reporter_workplace,
         allegations, verifying_unit_id, concluded_on, conclusion, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      r.number, r.year, r.seq, r.unitId, r.receivedVia, r.receivedOn, r.anonymous ? 1 : 0, r.reporterName, r.reporterContact, r.reporterWorkplace,
      r.allegations, r.verifyingUnitId, r.concludedOn, r.conclusion, r.createdBy, r.at, r.at,
    );
  return Number(lastInsertRowid);
}

export function updateReport(db: Db, id: number, r: ReportFields, at: string): void {
  db.prepare(
    `UPDATE reports SET received_via = ?, received_on = ?, unit_id = ?, anonymous = ?, reporter_name = ?, reporter_contact = ?, reporter_workplace = ?,
       allegations = ?, verifying_unit_id = ?, concluded_on = ?, conclusion = ?, updated_at = ? WHERE id = ?`,
  ).run(
    r.receivedVia, r.receivedOn, r.unitId, r.anonymous ? 1 : 0, r.reporterName, r.reporterContact, r.reporterWorkplace,
    r.allegations, r.verifyingUnitId, r.concludedOn, r.conclusion, at, id,
  );
}

export function reportFieldsOf(row: ReportRow): ReportFields {
  return {
    receivedVia: row.received_via,
    receivedOn: row.received_on,
    unitId: row.unit_id,
    anonymous: row.anonymous === 1,
    reporterName: row.reporter_name,
    reporterContact: row.reporter_contact,
    reporterWorkplace: row.reporter_workplace,
    allegations: row.allegations,
    verifyingUnitId: row.verifying_unit_id,
    concludedOn: row.concluded_on,
    conclusion: row.conclusion,
  };
}

// ——— Cadres named ———

export function reportCadres(db: Db, reportId: number): ReportCadreRow[] {
  return db
    .prepare(
      `SELECT c.id, c.name, c.unit_id, u.name AS unit_name, c.post FROM report_cadres rc
       JOIN cadres c ON c.id = rc.cadre_id JOIN units u ON u.id = c.unit_id WHERE rc.report_id = ? ORDER BY c.name, c.id`,
    )
    .all(reportId) as ReportCadreRow[];
}

export function replaceReportCadres(db: Db, reportId: number, cadreIds: readonly number[]): void {
  db.prepare('DELETE FROM report_cadres WHERE report_id = ?').run(reportId);
  const add = db.prepare('INSERT INTO report_cadres (report_id, cadre_id) VALUES (?, ?)');
  for (const id of cadreIds) add.run(reportId, id);
}

// ——— Points ———

export function reportPoints(db: Db, reportId: number): PointRow[] {
  const rows = db
    .prepare(
      `SELECT p.*, (SELECT group_concat(cadre_id) FROM report_point_cadres pc WHERE pc.point_id = p.id) AS cadre_ids
       FROM report_points p WHERE p.report_id = ? ORDER BY p.no`,
    )
    .all(reportId) as (Omit<PointRow, 'cadreIds'> & { cadre_ids: string | null })[];
  return rows.map(({ cadre_ids, ...p }) => ({ ...p, cadreIds: cadre_ids ? cadre_ids.split(',').map(Number).sort((a, b) => a - b) : [] }));
}

export interface PointFields {
  id?: number;
  summary: string;
  cadreIds: readonly number[];
  finding: PointFinding | null;
  note: string | null;
}

/**
 * Makes the report's points the given list, numbered in its order. Points that keep their record
 * move aside first, so that renumbering never trips the (report, number) uniqueness half-way.
 */
export function replaceReportPoints(db: Db, reportId: number, points: readonly PointFields[]): void {
  const kept = new Set(points.flatMap((p) => (p.id ? [p.id] : [])));
  for (const old of reportPoints(db, reportId)) {
    if (kept.has(old.id)) continue;
    db.prepare('DELETE FROM report_point_cadres WHERE point_id = ?').run(old.id);
    db.prepare('DELETE FROM report_points WHERE id = ?').run(old.id);
  }
  db.prepare('UPDATE report_points SET no = -id WHERE report_id = ?').run(reportId);
  const update = db.prepare('UPDATE report_points SET no = ?, summary = ?, finding = ?, note = ? WHERE id = ? AND report_id = ?');
  const insert = db.prepare('INSERT INTO report_points (report_id, no, summary, finding, note) VALUES (?, ?, ?, ?, ?)');
  const addCadre = db.prepare('INSERT INTO report_point_cadres (point_id, cadre_id) VALUES (?, ?)');
  points.forEach((p, i) => {
    let id = p.id;
    if (id) update.run(i + 1, p.summary, p.finding, p.note, id, reportId);
    else id = Number(insert.run(reportId, i + 1, p.summary, p.finding, p.note).lastInsertRowid);
    db.prepare('DELETE FROM report_point_cadres WHERE point_id = ?').run(id);
    for (const c of p.cadreIds) addCadre.run(id, c);
  });
}

// ——— Clearance cases citing the report ———

/** Every clearance case opened from the report, live or not, with the points it cites. */
export function citingCases(db: Db, reportId: number): CitingCaseRow[] {
  return db
    .prepare(
      `SELECT k.id AS case_id, k.number, k.cadre_id, c.name AS cadre_name, k.step, k.status, k.outcome, group_concat(cp.point_id) AS point_ids
       FROM clearance_points cp JOIN cases k ON k.id = cp.case_id JOIN cadres c ON c.id = k.cadre_id
       WHERE cp.report_id = ? GROUP BY k.id ORDER BY k.id`,
    )
    .all(reportId) as CitingCaseRow[];
}

export function citedPointIds(row: CitingCaseRow): number[] {
  return row.point_ids.split(',').map(Number);
}

export function isLive(row: { status: string }): boolean {
  return row.status === 'active' || row.status === 'pending' || row.status === 'closed';
}

export function insertClearancePoints(db: Db, caseId: number, reportId: number, cadreId: number, pointIds: readonly number[]): void {
  const add = db.prepare('INSERT INTO clearance_points (case_id, report_id, point_id, cadre_id) VALUES (?, ?, ?, ?)');
  for (const p of pointIds) add.run(caseId, reportId, p, cadreId);
}

// ——— Lists ———

interface SummaryRow extends ReportRow {
  cadres: string | null;
  point_count: number;
  untrue_count: number;
  clearance_count: number;
}

const SORT_COLUMNS = { receivedOn: 'r.received_on {o}', number: 'r.year {o}, r.seq {o}', updatedAt: 'r.updated_at {o}' } as const;

/** One page, filtered and sorted in SQL, within the viewer's data scope. */
export function listReports(db: Db, q: Required<Pick<ReportListInput, 'sort' | 'order' | 'page' | 'pageSize'>> & ReportListInput, viewerId: string) {
  const where = [REPORT_VISIBLE];
  const args: unknown[] = [viewerId, viewerId];
  if (q.status === 'concluded') where.push('r.concluded_on IS NOT NULL');
  if (q.status === 'verifying') where.push('r.concluded_on IS NULL AND r.verifying_unit_id IS NOT NULL');
  if (q.status === 'registered') where.push('r.concluded_on IS NULL AND r.verifying_unit_id IS NULL');
  if (q.receivedVia) (where.push('r.received_via = ?'), args.push(q.receivedVia));
  if (q.year) (where.push('r.year = ?'), args.push(q.year));
  if (q.cadreId) (where.push('r.id IN (SELECT report_id FROM report_cadres WHERE cadre_id = ?)'), args.push(q.cadreId));
  if (q.unitId) (where.push(`(r.unit_id IN (${SUBTREE_SQL}) OR r.verifying_unit_id IN (${SUBTREE_SQL}))`), args.push(q.unitId, q.unitId));
  if (q.finding) (where.push('r.id IN (SELECT report_id FROM report_points WHERE finding = ?)'), args.push(q.finding));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
    where.push(
      `(r.number LIKE ? ESCAPE '\\' OR r.id IN (SELECT rc.report_id FROM report_cadres rc JOIN cadres c ON c.id = rc.cadre_id WHERE c.name LIKE ? ESCAPE '\\'))`,
    );
    args.push(like, like);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const total = db.prepare(`SELECT count(*) FROM reports r ${clause}`).pluck().get(...args) as number;
  const order = SORT_COLUMNS[q.sort].replaceAll('{o}', q.order === 'asc' ? 'ASC' : 'DESC');
  const rows = db
    .prepare(
      `SELECT r.*, u.name AS unit_name, v.name AS verifying_unit_name,
         (SELECT group_concat(c.id || char(30) || c.name, char(31)) FROM report_cadres rc JOIN cadres c ON c.id = rc.cadre_id WHERE rc.report_id = r.id) AS cadres,
         (SELECT count(*) FROM report_points p WHERE p.report_id = r.id) AS point_count,
         (SELECT count(*) FROM report_points p WHERE p.report_id = r.id AND p.finding = 'untrue') AS untrue_count,
         (SELECT count(DISTINCT cp.case_id) FROM clearance_points cp JOIN cases k ON k.id = cp.case_id WHERE cp.report_id = r.id AND ${LIVE_CASE}) AS clearance_count
       FROM reports r JOIN units u ON u.id = r.unit_id LEFT JOIN units v ON v.id = r.verifying_unit_id
       ${clause} ORDER BY ${order}, r.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, q.pageSize, (q.page - 1) * q.pageSize) as SummaryRow[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      number: r.number,
      receivedVia: r.received_via,
      receivedOn: r.received_on,
      anonymous: r.anonymous === 1,
      cadres: (r.cadres ? r.cadres.split('\x1f') : []).map((pair) => {
        const [id, name] = pair.split('\x1e');
        return { id: Number(id), name: name ?? '' };
      }),
      pointCount: r.point_count,
      untrueCount: r.untrue_count,
      status: reportStatus(r),
      verifyingUnitName: r.verifying_unit_name,
      concludedOn: r.concluded_on,
      clearanceCount: r.clearance_count,
      updatedAt: r.updated_at,
    })),
  };
}
