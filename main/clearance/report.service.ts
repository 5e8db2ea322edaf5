import { AppError } from '../../shared/errors';
import { compareDates, yearOf } from '../../shared/calendar';
import {
  mayReadReporter,
  type ReportDetail,
  type ReportListInput,
  type reportCreateInput,
  type reportUpdateInput,
} from '../../shared/ipc/clearance.contract';
import type { z } from 'zod';
import type { TxContext } from '../handler';
import { beijingDate } from '../clock';
import { getCadre } from '../cases/cadre.repo';
import { inDataScope, unitInScope } from '../cases/unit-scope';
import { getOffice } from '../repos/settings.repo';
import { getUnit } from '../repos/units.repo';
import { listReferralsOfReport } from './referral.repo';
import { nextRecordNumber } from './record-number';
import {
  citedPointIds,
  citingCases,
  getReportRow,
  insertReport,
  isLive,
  listReports,
  replaceReportCadres,
  replaceReportPoints,
  reportCadres,
  reportFieldsOf,
  reportPoints,
  reportStatus,
  reportVisibleTo,
  updateReport,
  type PointFields,
  type PointRow,
  type ReportFields,
  type ReportRow,
} from './report.repo';

type CreateInput = z.output<typeof reportCreateInput>;
type UpdateInput = z.output<typeof reportUpdateInput>;

const today = (ctx: TxContext) => beijingDate(ctx.state.now());
const isoNow = (ctx: TxContext) => new Date(ctx.state.now()).toISOString();

/** Reports are registered and kept by officers; reviewers and approvers read them. */
export function requireRole(ctx: TxContext, role: 'officer' | 'approver', field?: string): void {
  if (!ctx.session.roles.includes(role)) throw new AppError('FORBIDDEN', {}, field ? [field] : []);
}

export function notInFuture(ctx: TxContext, date: string | null | undefined, field: string): void {
  if (date && compareDates(date, today(ctx)) > 0) throw new AppError('DATE_IN_FUTURE', {}, [field]);
}

/** A report the user's unit may not see is as good as absent to them. */
export function visibleReport(ctx: TxContext, id: number): ReportRow {
  const row = getReportRow(ctx.db, id);
  if (!reportVisibleTo(ctx.db, id, ctx.session.userId)) throw new AppError('FORBIDDEN');
  return row;
}

function unitAllowed(ctx: TxContext, unitId: number, field: string): void {
  getUnit(ctx.db, unitId);
  if (!inDataScope(ctx.db, ctx.session.userId, unitId)) throw new AppError('FORBIDDEN', {}, [field]);
}

function cadresAllowed(ctx: TxContext, cadreIds: readonly number[]): void {
  cadreIds.forEach((id, i) => {
    const cadre = getCadre(ctx.db, id);
    if (!inDataScope(ctx.db, ctx.session.userId, cadre.unitId)) throw new AppError('FORBIDDEN', {}, [`cadreIds.${i}`]);
  });
}

/** The cadres a point is about, as stored: none listed means all; listing every named cadre is the same thing. */
function pointCadres(cadreIds: readonly number[] | undefined, reportCadreIds: readonly number[]): number[] {
  const listed = [...new Set(cadreIds ?? [])].sort((a, b) => a - b);
  const all = reportCadreIds.every((c) => listed.includes(c)) && listed.every((c) => reportCadreIds.includes(c));
  return all ? [] : listed;
}

/** Every rule on the report as it will be stored, checked before anything is written. */
function checkReport(ctx: TxContext, r: ReportFields, cadreIds: readonly number[], points: readonly PointFields[]): void {
  notInFuture(ctx, r.receivedOn, 'receivedOn');
  points.forEach((p, i) => {
    if (p.cadreIds.some((c) => !cadreIds.includes(c))) throw new AppError('REPORT_POINT_CADRE', { no: i + 1 }, [`points.${i}.cadreIds`]);
  });
  if (r.concludedOn) {
    notInFuture(ctx, r.concludedOn, 'verification.concludedOn');
    if (compareDates(r.concludedOn, r.receivedOn) < 0) throw new AppError('REPORT_DATE_ORDER', {}, ['verification.concludedOn']);
    const open = points.findIndex((p) => p.finding === null);
    if (open !== -1) throw new AppError('REPORT_FINDINGS_INCOMPLETE', { no: open + 1 }, [`points.${open}.finding`]);
  }
}

/**
 * 谁核实谁澄清: findings and the conclusion are the verifying department's to record. Whoever
 * registered the report may correct its facts and assign the department, but not what it found.
 */
function findingsByVerifier(ctx: TxContext, before: { points: readonly PointRow[]; r: ReportFields | null }, after: { points: readonly PointFields[]; r: ReportFields }): void {
  const old = new Map(before.points.map((p) => [p.id, p]));
  const pointChanged = (p: PointFields) => {
    const was = p.id ? old.get(p.id) : undefined;
    return was ? was.finding !== p.finding || (was.note ?? null) !== p.note : p.finding !== null || p.note !== null;
  };
  const kept = new Set(after.points.map((p) => p.id));
  const changed =
    after.points.some(pointChanged) ||
    before.points.some((p) => !kept.has(p.id) && p.finding !== null) ||
    (before.r?.concludedOn ?? null) !== after.r.concludedOn ||
    (before.r?.conclusion ?? null) !== after.r.conclusion;
  if (!changed) return;
  const verifier = after.r.verifyingUnitId;
  if (verifier === null || !unitInScope(ctx.db, verifier, ctx.session.unitId)) throw new AppError('REPORT_NOT_VERIFYING_DEPARTMENT', {}, ['points']);
}

type PointInput = { id?: number; summary: string; cadreIds?: number[]; finding?: PointFields['finding']; note?: string };

function pointFields(points: readonly PointInput[], cadreIds: readonly number[]): PointFields[] {
  return points.map((p) => ({
    ...(p.id ? { id: p.id } : {}),
    summary: p.summary,
    cadreIds: pointCadres(p.cadreIds, cadreIds),
    finding: p.finding ?? null,
    note: p.note || null,
  }));
}

function verificationFields(v: CreateInput['verification'], ctx: TxContext): Pick<ReportFields, 'verifyingUnitId' | 'concludedOn' | 'conclusion'> {
  if (!v) return { verifyingUnitId: null, concludedOn: null, conclusion: null };
  unitAllowed(ctx, v.unitId, 'verification.unitId');
  return { verifyingUnitId: v.unitId, concludedOn: v.concludedOn ?? null, conclusion: v.conclusion ?? null };
}

function reporterFields(reporter: CreateInput['reporter']): Pick<ReportFields, 'anonymous' | 'reporterName' | 'reporterContact' | 'reporterWorkplace'> {
  return reporter.anonymous
    ? { anonymous: true, reporterName: null, reporterContact: null, reporterWorkplace: null }
    : { anonymous: false, reporterName: reporter.name, reporterContact: reporter.contact || null, reporterWorkplace: reporter.workplace || null };
}

export function createReport(ctx: TxContext, input: CreateInput): ReportDetail {
  requireRole(ctx, 'officer');
  const { db, session } = ctx;
  const unitId = input.unitId ?? session.unitId;
  unitAllowed(ctx, unitId, 'unitId');
  cadresAllowed(ctx, input.cadreIds);
  const fields: ReportFields = {
    receivedVia: input.receivedVia,
    receivedOn: input.receivedOn,
    unitId,
    ...reporterFields(input.reporter),
    allegations: input.allegations,
    ...verificationFields(input.verification, ctx),
  };
  const points = pointFields(input.points, input.cadreIds);
  checkReport(ctx, fields, input.cadreIds, points);
  findingsByVerifier(ctx, { points: [], r: null }, { points, r: fields });
  const year = yearOf(input.receivedOn);
  const { seq, number } = nextRecordNumber(db, getOffice(db).code, 'report', year);
  const id = insertReport(db, { ...fields, number, year, seq, createdBy: session.userId, at: isoNow(ctx) });
  replaceReportCadres(db, id, input.cadreIds);
  replaceReportPoints(db, id, points);
  ctx.record('report', id, { number, points: points.length, cadres: input.cadreIds.length });
  return reportDetail(ctx, id);
}

const samePoint = (a: PointRow, b: PointFields, no: number) =>
  a.no === no && a.summary === b.summary && a.finding === b.finding && (a.note ?? null) === b.note && a.cadreIds.join() === b.cadreIds.join();

/**
 * What a clearance case cites cannot change under it: its points (number, text, finding, cadres), the
 * verification it was opened on, and its cadre's place in the report. Withdraw or refuse the case first.
 */
function checkLocks(ctx: TxContext, row: ReportRow, before: ReportFields, after: ReportFields, cadreIds: readonly number[], points: readonly PointFields[]): void {
  const cases = citingCases(ctx.db, row.id);
  const live = cases.filter(isLive);
  if (live.length) {
    const first = live[0]!;
    const verificationChanged =
      before.verifyingUnitId !== after.verifyingUnitId || before.concludedOn !== after.concludedOn || before.conclusion !== after.conclusion;
    if (verificationChanged) throw new AppError('REPORT_LOCKED', { number: first.number }, ['verification']);
    const dropped = live.find((k) => !cadreIds.includes(k.cadre_id));
    if (dropped) throw new AppError('REPORT_LOCKED', { number: dropped.number }, ['cadreIds']);
  }
  const old = new Map(reportPoints(ctx.db, row.id).map((p) => [p.id, p]));
  points.forEach((p, i) => {
    if (p.id && !old.has(p.id)) throw new AppError('NOT_FOUND', {}, [`points.${i}.id`]);
  });
  for (const k of cases) {
    for (const pointId of citedPointIds(k)) {
      const was = old.get(pointId)!;
      const at = points.findIndex((p) => p.id === pointId);
      // Any case, even a withdrawn one, keeps citing the point: it is never deleted.
      if (at === -1) throw new AppError('REPORT_POINT_LOCKED', { no: was.no, number: k.number }, ['points']);
      if (isLive(k) && !samePoint(was, points[at]!, at + 1)) throw new AppError('REPORT_POINT_LOCKED', { no: was.no, number: k.number }, [`points.${at}`]);
    }
  }
}

export function updateReportRecord(ctx: TxContext, input: UpdateInput): ReportDetail {
  requireRole(ctx, 'officer');
  const { db } = ctx;
  const row = visibleReport(ctx, input.id);
  const before = reportFieldsOf(row);
  const cadreIds = input.cadreIds ?? reportCadres(db, row.id).map((c) => c.id);
  if (input.cadreIds) cadresAllowed(ctx, input.cadreIds);
  const after: ReportFields = {
    ...before,
    ...(input.receivedVia ? { receivedVia: input.receivedVia } : {}),
    ...(input.receivedOn ? { receivedOn: input.receivedOn } : {}),
    ...(input.reporter ? reporterFields(input.reporter) : {}),
    ...(input.allegations ? { allegations: input.allegations } : {}),
    ...(input.verification ? verificationFields(input.verification, ctx) : {}),
  };
  // Points keep their stored cadres unless given; the list is read back in the stored form.
  const stored = reportPoints(db, row.id);
  const points = input.points
    ? pointFields(input.points, cadreIds)
    : stored.map((p) => ({ id: p.id, summary: p.summary, cadreIds: p.cadreIds, finding: p.finding, note: p.note }));
  checkReport(ctx, after, cadreIds, points);
  findingsByVerifier(ctx, { points: stored, r: before }, { points, r: after });
  checkLocks(ctx, row, before, after, cadreIds, points);
  updateReport(db, row.id, after, isoNow(ctx));
  if (input.cadreIds) replaceReportCadres(db, row.id, cadreIds);
  if (input.points) replaceReportPoints(db, row.id, points);
  const changed = Object.keys(input).filter((k) => k !== 'id');
  ctx.record('report', row.id, { number: row.number, changed });
  return reportDetail(ctx, row.id);
}

export function reportDetail(ctx: TxContext, id: number): ReportDetail {
  const { db } = ctx;
  const row = visibleReport(ctx, id);
  const cadres = reportCadres(db, id);
  const cases = citingCases(db, id);
  const live = cases.filter(isLive);
  const concluded = row.concluded_on !== null;
  const identity = mayReadReporter(ctx.session.roles);
  const points = reportPoints(db, id).map((p) => {
    const holding = live.filter((k) => citedPointIds(k).includes(p.id));
    const about = p.cadreIds.length ? p.cadreIds : cadres.map((c) => c.id);
    const free = about.filter((c) => !holding.some((k) => k.cadre_id === c));
    return {
      id: p.id,
      no: p.no,
      summary: p.summary,
      cadreIds: p.cadreIds,
      finding: p.finding,
      note: p.note,
      clearable: concluded && p.finding === 'untrue' && free.length > 0,
      clearances: holding.map((k) => ({ caseId: k.case_id, number: k.number, cadreId: k.cadre_id, status: k.status })),
    };
  });
  return {
    id: row.id,
    number: row.number,
    unitId: row.unit_id,
    unitName: row.unit_name,
    receivedVia: row.received_via,
    receivedOn: row.received_on,
    reporter: {
      anonymous: row.anonymous === 1,
      hidden: row.anonymous === 0 && !identity,
      name: identity ? row.reporter_name : null,
      contact: identity ? row.reporter_contact : null,
      workplace: identity ? row.reporter_workplace : null,
    },
    cadres: cadres.map((c) => ({ id: c.id, name: c.name, unitId: c.unit_id, unitName: c.unit_name, post: c.post })),
    allegations: row.allegations,
    points,
    verification: row.verifying_unit_id
      ? { unitId: row.verifying_unit_id, unitName: row.verifying_unit_name ?? '', concludedOn: row.concluded_on, conclusion: row.conclusion }
      : null,
    status: reportStatus(row),
    clearances: cases.map((k) => ({
      caseId: k.case_id,
      number: k.number,
      cadreId: k.cadre_id,
      cadreName: k.cadre_name,
      status: k.status,
      step: k.step,
      outcome: k.outcome,
      pointIds: citedPointIds(k),
    })),
    referrals: listReferralsOfReport(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listReportPage(ctx: TxContext, input: Required<Pick<ReportListInput, 'sort' | 'order' | 'page' | 'pageSize'>> & ReportListInput) {
  return listReports(ctx.db, input, ctx.session.userId);
}
