import type { Db } from '../db/database';
import type { ReferralListInput, ReferralStatus, ReferralSummary } from '../../shared/ipc/clearance.contract';
import type { AccuserCategory, ReferralRoute } from '../../shared/workflow/clearance.fields';
import { AppError } from '../../shared/errors';
import { VISIBLE_UNITS_SQL } from '../cases/unit-scope';

export interface ReferralRow {
  id: number;
  number: string;
  year: number;
  case_id: number;
  case_number: string;
  report_id: number;
  report_number: string;
  cadre_id: number;
  cadre_name: string;
  unit_id: number;
  unit_name: string;
  verifying_unit_id: number | null;
  accuser_known: number;
  accuser_name: string | null;
  accuser_workplace: string | null;
  accuser_note: string | null;
  category: AccuserCategory;
  route: ReferralRoute;
  facts: string;
  basis: string | null;
  materials: string;
  approved_by: string | null;
  approved_on: string | null;
  approver_id: string | null;
  approver_name: string | null;
  sent_on: string | null;
  receiving_body: string | null;
  document_no: string | null;
  result_on: string | null;
  result: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT f.*, k.number AS case_number, k.cadre_id, k.verifying_unit_id, c.name AS cadre_name, r.number AS report_number, u.name AS unit_name
  FROM referrals f JOIN cases k ON k.id = f.case_id JOIN cadres c ON c.id = k.cadre_id JOIN reports r ON r.id = f.report_id JOIN units u ON u.id = f.unit_id`;

export function referralStatus(row: Pick<ReferralRow, 'approved_on' | 'sent_on' | 'result_on'>): ReferralStatus {
  if (row.result_on) return 'concluded';
  if (row.sent_on) return 'sent';
  return row.approved_on ? 'approved' : 'draft';
}

export function getReferralRow(db: Db, id: number): ReferralRow {
  const row = db.prepare(`${SELECT} WHERE f.id = ?`).get(id) as ReferralRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['id']);
  return row;
}

export function referralOfCase(db: Db, caseId: number): { id: number; number: string } | undefined {
  return db.prepare('SELECT id, number FROM referrals WHERE case_id = ?').get(caseId) as { id: number; number: string } | undefined;
}

export function listReferralsOfReport(db: Db, reportId: number): { id: number; number: string; caseId: number; status: ReferralStatus }[] {
  const rows = db
    .prepare('SELECT id, number, case_id, approved_on, sent_on, result_on FROM referrals WHERE report_id = ? ORDER BY id')
    .all(reportId) as (Pick<ReferralRow, 'id' | 'number' | 'case_id' | 'approved_on' | 'sent_on' | 'result_on'>)[];
  return rows.map((r) => ({ id: r.id, number: r.number, caseId: r.case_id, status: referralStatus(r) }));
}

export interface ReferralFields {
  accuserKnown: boolean;
  accuserName: string | null;
  accuserWorkplace: string | null;
  accuserNote: string | null;
  category: AccuserCategory;
  route: ReferralRoute;
  facts: string;
  basis: string | null;
  materials: readonly string[];
}

export function insertReferral(
  db: Db,
  f: ReferralFields & { number: string; year: number; seq: number; caseId: number; reportId: number; unitId: number; createdBy: string; at: string },
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO referrals (number, year, seq, case_id, report_id, unit_id, accuser_known, accuser_name, accuser_workplace, accuser_note,
         category, route, facts, basis, materials, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      f.number, f.year, f.seq, f.caseId, f.reportId, f.unitId, f.accuserKnown ? 1 : 0, f.accuserName, f.accuserWorkplace, f.accuserNote,
      f.category, f.route, f.facts, f.basis, JSON.stringify(f.materials), f.createdBy, f.at, f.at,
    );
  return Number(lastInsertRowid);
}

export function referralFieldsOf(row: ReferralRow): ReferralFields {
  return {
    accuserKnown: row.accuser_known === 1,
    accuserName: row.accuser_name,
    accuserWorkplace: row.accuser_workplace,
    accuserNote: row.accuser_note,
    category: row.category,
    route: row.route,
    facts: row.facts,
    basis: row.basis,
    materials: JSON.parse(row.materials) as string[],
  };
}

export function updateReferralFields(db: Db, id: number, f: ReferralFields, at: string): void {
  db.prepare(
    `UPDATE referrals SET accuser_known = ?, accuser_name = ?, accuser_workplace = ?, accuser_note = ?, category = ?, route = ?, facts = ?, basis = ?,
       materials = ?, updated_at = ? WHERE id = ?`,
  ).run(f.accuserKnown ? 1 : 0, f.accuserName, f.accuserWorkplace, f.accuserNote, f.category, f.route, f.facts, f.basis, JSON.stringify(f.materials), at, id);
}

export function recordApproval(db: Db, id: number, a: { approvedBy: string; approvedOn: string; approverId: string; approverName: string; at: string }): void {
  db.prepare('UPDATE referrals SET approved_by = ?, approved_on = ?, approver_id = ?, approver_name = ?, updated_at = ? WHERE id = ?').run(
    a.approvedBy,
    a.approvedOn,
    a.approverId,
    a.approverName,
    a.at,
    id,
  );
}

export function recordSending(db: Db, id: number, s: { sentOn: string; receivingBody: string; documentNo: string | null; at: string }): void {
  db.prepare('UPDATE referrals SET sent_on = ?, receiving_body = ?, document_no = ?, updated_at = ? WHERE id = ?').run(s.sentOn, s.receivingBody, s.documentNo, s.at, id);
}

export function recordResult(db: Db, id: number, r: { receivedOn: string; result: string; at: string }): void {
  db.prepare('UPDATE referrals SET result_on = ?, result = ?, updated_at = ? WHERE id = ?').run(r.receivedOn, r.result, r.at, id);
}

/** One page within the viewer's data scope (the cases' own), newest first unless asked otherwise. */
export function listReferrals(db: Db, q: Required<Pick<ReferralListInput, 'order' | 'page' | 'pageSize'>> & ReferralListInput, viewerId: string) {
  const where = [`f.unit_id IN (${VISIBLE_UNITS_SQL})`];
  const args: unknown[] = [viewerId];
  if (q.status === 'draft') where.push('f.approved_on IS NULL');
  if (q.status === 'approved') where.push('f.approved_on IS NOT NULL AND f.sent_on IS NULL');
  if (q.status === 'sent') where.push('f.sent_on IS NOT NULL AND f.result_on IS NULL');
  if (q.status === 'concluded') where.push('f.result_on IS NOT NULL');
  if (q.route) (where.push('f.route = ?'), args.push(q.route));
  if (q.category) (where.push('f.category = ?'), args.push(q.category));
  if (q.year) (where.push('f.year = ?'), args.push(q.year));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
    where.push(`(f.number LIKE ? ESCAPE '\\' OR k.number LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')`);
    args.push(like, like, like);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const from = 'FROM referrals f JOIN cases k ON k.id = f.case_id JOIN cadres c ON c.id = k.cadre_id';
  const total = db.prepare(`SELECT count(*) ${from} ${clause}`).pluck().get(...args) as number;
  const order = q.order === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(`${SELECT} ${clause} ORDER BY f.year ${order}, f.seq ${order} LIMIT ? OFFSET ?`)
    .all(...args, q.pageSize, (q.page - 1) * q.pageSize) as ReferralRow[];
  return { total, rows: rows.map(toReferralSummary) };
}

export function toReferralSummary(r: ReferralRow): ReferralSummary {
  return {
    id: r.id,
    number: r.number,
    caseId: r.case_id,
    caseNumber: r.case_number,
    cadreId: r.cadre_id,
    cadreName: r.cadre_name,
    unitName: r.unit_name,
    category: r.category,
    route: r.route,
    status: referralStatus(r),
    createdAt: r.created_at,
    approvedOn: r.approved_on,
    sentOn: r.sent_on,
    receivingBody: r.receiving_body,
  };
}
