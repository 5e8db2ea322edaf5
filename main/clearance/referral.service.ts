import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { compareDates, yearOf } from '../../shared/calendar';
import type {
  ReferralDetail,
  ReferralListInput,
  referralCreateInput,
  referralUpdateInput,
} from '../../shared/ipc/clearance.contract';
import {
  REFERRAL_ROUTES_BY_CATEGORY,
  defaultReferralRoute,
  reportSnapshot,
  type AccuserCategory,
  type ReferralRoute,
} from '../../shared/workflow/clearance.fields';
import type { TxContext } from '../handler';
import { beijingDate } from '../clock';
import { getCaseRow, type CaseRow } from '../cases/case.repo';
import { inDataScope, unitInScope } from '../cases/unit-scope';
import { getOffice } from '../repos/settings.repo';
import { linkIntoCase } from './case-link';
import { nextRecordNumber } from './record-number';
import {
  getReferralRow,
  insertReferral,
  listReferrals,
  recordApproval,
  recordResult,
  recordSending,
  referralFieldsOf,
  referralOfCase,
  referralStatus,
  updateReferralFields,
  type ReferralFields,
  type ReferralRow,
} from './referral.repo';
import { notInFuture, requireRole } from './report.service';

type CreateInput = z.output<typeof referralCreateInput>;
type UpdateInput = z.output<typeof referralUpdateInput>;

const isoNow = (ctx: TxContext) => new Date(ctx.state.now()).toISOString();

function routeFits(category: AccuserCategory, route: ReferralRoute): void {
  if (!REFERRAL_ROUTES_BY_CATEGORY[category].includes(route)) throw new AppError('REFERRAL_ROUTE_MISMATCH', {}, ['route']);
}

/** Whoever's data scope holds the case sees its referral, as they see the case. */
function inScope(ctx: TxContext, unitId: number): void {
  if (!inDataScope(ctx.db, ctx.session.userId, unitId)) throw new AppError('FORBIDDEN');
}

/** 谁核实谁澄清: the department that verified the report and assessed the accusation refers the accuser. */
function inVerifyingDepartment(ctx: TxContext, verifyingUnitId: number | null): void {
  if (verifyingUnitId === null || !unitInScope(ctx.db, verifyingUnitId, ctx.session.unitId)) throw new AppError('FORBIDDEN');
}

function accuserFields(accuser: CreateInput['accuser']): Pick<ReferralFields, 'accuserKnown' | 'accuserName' | 'accuserWorkplace' | 'accuserNote'> {
  return accuser.known
    ? { accuserKnown: true, accuserName: accuser.name, accuserWorkplace: accuser.workplace || null, accuserNote: accuser.note || null }
    : { accuserKnown: false, accuserName: null, accuserWorkplace: null, accuserNote: null };
}

function clearanceCase(ctx: TxContext, caseId: number): CaseRow {
  const found = ctx.db.prepare("SELECT 1 FROM cases WHERE id = ? AND kind = 'clearance'").get(caseId);
  if (!found) throw new AppError('NOT_FOUND', {}, ['caseId']);
  return getCaseRow(ctx.db, caseId);
}

export function createReferral(ctx: TxContext, input: CreateInput): ReferralDetail {
  requireRole(ctx, 'officer');
  const { db, session } = ctx;
  const k = clearanceCase(ctx, input.caseId);
  inScope(ctx, k.unit_id);
  inVerifyingDepartment(ctx, k.verifying_unit_id);
  const data = JSON.parse(k.data) as { assessment?: { reportNature?: string }; report?: unknown };
  if (data.assessment?.reportNature !== 'malicious') throw new AppError('REFERRAL_NOT_MALICIOUS', {}, ['caseId']);
  const existing = referralOfCase(db, k.id);
  if (existing) throw new AppError('REFERRAL_EXISTS', { number: existing.number }, ['caseId']);
  const report = reportSnapshot.parse(data.report);
  const route = input.route ?? defaultReferralRoute(input.category);
  routeFits(input.category, route);

  const at = isoNow(ctx);
  const year = yearOf(beijingDate(ctx.state.now()));
  const { seq, number } = nextRecordNumber(db, getOffice(db).code, 'referral', year);
  const id = insertReferral(db, {
    ...accuserFields(input.accuser),
    category: input.category,
    route,
    facts: input.facts,
    basis: input.basis || null,
    materials: input.materials ?? [],
    number,
    year,
    seq,
    caseId: k.id,
    reportId: report.reportId,
    unitId: k.unit_id,
    createdBy: session.userId,
    at,
  });
  linkIntoCase(ctx, k.id, 'referral', { referralId: id, number }, 'referral.open');
  ctx.record('referral', id, { number, case: k.number });
  return referralDetail(ctx, id);
}

function changes(before: ReferralFields, after: ReferralFields): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}

export function updateReferral(ctx: TxContext, input: UpdateInput): ReferralDetail {
  requireRole(ctx, 'officer');
  const { db } = ctx;
  const row = getReferralRow(db, input.id);
  inScope(ctx, row.unit_id);
  inVerifyingDepartment(ctx, row.verifying_unit_id);
  const before = referralFieldsOf(row);
  const category = input.category ?? before.category;
  // A new category brings its default route, unless the officer names one or the old one still fits.
  const route = input.route ?? (REFERRAL_ROUTES_BY_CATEGORY[category].includes(before.route) ? before.route : defaultReferralRoute(category));
  const after: ReferralFields = {
    ...before,
    ...(input.accuser ? accuserFields(input.accuser) : {}),
    category,
    route,
    ...(input.facts ? { facts: input.facts } : {}),
    ...(input.basis !== undefined ? { basis: input.basis || null } : {}),
    ...(input.materials ? { materials: input.materials } : {}),
  };
  const at = isoNow(ctx);
  if (changes(before, after)) {
    if (row.approved_on) throw new AppError('REFERRAL_APPROVED_LOCKED', {}, ['accuser']);
    routeFits(category, route);
    updateReferralFields(db, row.id, after, at);
  }
  let sentOn = row.sent_on;
  if (input.sending) {
    if (!row.approved_on) throw new AppError('REFERRAL_NOT_APPROVED', {}, ['sending']);
    notInFuture(ctx, input.sending.sentOn, 'sending.sentOn');
    if (compareDates(input.sending.sentOn, row.approved_on) < 0) throw new AppError('REFERRAL_DATE_ORDER', {}, ['sending.sentOn']);
    recordSending(db, row.id, { ...input.sending, documentNo: input.sending.documentNo || null, at });
    sentOn = input.sending.sentOn;
  }
  if (input.result) {
    if (!sentOn) throw new AppError('REFERRAL_NOT_SENT', {}, ['result']);
    notInFuture(ctx, input.result.receivedOn, 'result.receivedOn');
    if (compareDates(input.result.receivedOn, sentOn) < 0) throw new AppError('REFERRAL_DATE_ORDER', {}, ['result.receivedOn']);
    recordResult(db, row.id, { ...input.result, at });
  }
  ctx.record('referral', row.id, { number: row.number, changed: Object.keys(input).filter((k) => k !== 'id') });
  return referralDetail(ctx, row.id);
}

/** The finding of 诬告陷害 approved: by an approver who did not draft the referral. */
export function approveReferral(ctx: TxContext, input: { id: number; approvedBy: string; approvedOn: string }): ReferralDetail {
  requireRole(ctx, 'approver');
  const { db, session } = ctx;
  const row = getReferralRow(db, input.id);
  inScope(ctx, row.unit_id);
  if (row.approved_on) throw new AppError('REFERRAL_ALREADY_APPROVED');
  if (row.created_by === session.userId) throw new AppError('REFERRAL_SELF_APPROVAL');
  notInFuture(ctx, input.approvedOn, 'approvedOn');
  recordApproval(db, row.id, { ...input, approverId: session.userId, approverName: session.displayName, at: isoNow(ctx) });
  ctx.record('referral', row.id, { number: row.number, approvedBy: input.approvedBy });
  return referralDetail(ctx, row.id);
}

function toDetail(r: ReferralRow): ReferralDetail {
  const f = referralFieldsOf(r);
  return {
    id: r.id,
    number: r.number,
    caseId: r.case_id,
    caseNumber: r.case_number,
    reportId: r.report_id,
    reportNumber: r.report_number,
    cadreId: r.cadre_id,
    cadreName: r.cadre_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    accuser: { known: f.accuserKnown, name: f.accuserName, workplace: f.accuserWorkplace, note: f.accuserNote },
    category: f.category,
    route: f.route,
    defaultRoute: defaultReferralRoute(f.category),
    facts: f.facts,
    basis: f.basis,
    materials: [...f.materials],
    approval: r.approved_on ? { approvedBy: r.approved_by ?? '', approvedOn: r.approved_on, approverName: r.approver_name ?? '' } : null,
    sending: r.sent_on ? { sentOn: r.sent_on, receivingBody: r.receiving_body ?? '', documentNo: r.document_no } : null,
    result: r.result_on ? { receivedOn: r.result_on, result: r.result ?? '' } : null,
    status: referralStatus(r),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function referralDetail(ctx: TxContext, id: number): ReferralDetail {
  const row = getReferralRow(ctx.db, id);
  inScope(ctx, row.unit_id);
  return toDetail(row);
}

export function listReferralPage(ctx: TxContext, input: Required<Pick<ReferralListInput, 'order' | 'page' | 'pageSize'>> & ReferralListInput) {
  return listReferrals(ctx.db, input, ctx.session.userId);
}
