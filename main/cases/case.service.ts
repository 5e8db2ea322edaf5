import { AppError } from '../../shared/errors';
import type { CaseDetail, CaseKind, CaseListInput, CaseSummary } from '../../shared/ipc/cases.contract';
import { addWorkingDays, compareDates, deadlineStatus, DUE_SOON_WORKING_DAYS, yearOf, type WorkCalendar } from '../../shared/calendar';
import { canRecordStep, checkTransition, findStep, stepDeadline, stepDraftSchema, transitionError } from '../../shared/workflow/engine';
import type { Actor, CaseState, Evaluation, HistoryEntry, WorkflowContext } from '../../shared/workflow/types';
import type { Db } from '../db/database';
import type { TxContext } from '../handler';
import { beijingDate } from '../clock';
import { inputError } from '../validation';
import { getOffice } from '../repos/settings.repo';
import { getCadre } from './cadre.repo';
import { nextCaseNumber } from './case-number';
import { appendEvent, caseEvents, getCaseRow, indexCase, insertCase, listCases, toSummary, updateCase, type CaseRow, type ListScope } from './case.repo';
import { catalogVersion, currentCatalog } from './catalog.repo';
import { workCalendar } from './calendar.repo';
import { inDataScope, unitInScope } from './unit-scope';
import { PROJECTIONS, WORKFLOWS } from './workflow-tables';

const isoNow = (ctx: TxContext) => new Date(ctx.state.now()).toISOString();
const today = (ctx: TxContext) => beijingDate(ctx.state.now());

function actorFor(ctx: TxContext, unitId: number, verifyingUnitId: number | null): Actor {
  const { db, session } = ctx;
  return {
    userId: session.userId,
    roles: session.roles,
    unitId: session.unitId,
    caseInScope: inDataScope(db, session.userId, unitId),
    ...(verifyingUnitId !== null ? { inVerifyingDepartment: unitInScope(db, verifyingUnitId, session.unitId) } : {}),
  };
}

function contextFor(db: Db, row: Pick<CaseRow, 'catalog_version' | 'kind'>, day: string, calendar: WorkCalendar): WorkflowContext {
  // A ruled case is judged by the catalog version it applied; an open one by the catalog in force.
  const catalog = row.kind === 'fault-tolerance' ? (row.catalog_version ? catalogVersion(db, row.catalog_version) : currentCatalog(db)) : undefined;
  return { today: day, calendar, ...(catalog ? { catalog } : {}) };
}

function stateOf(row: CaseRow, history: HistoryEntry[]): CaseState {
  return { step: row.step, status: row.status as CaseState['status'], openedOn: row.opened_on, data: JSON.parse(row.data) as Record<string, unknown>, history };
}

function evaluation(ctx: TxContext, row: CaseRow, calendar: WorkCalendar): Evaluation & { events: ReturnType<typeof caseEvents>['events'] } {
  const { events, history } = caseEvents(ctx.db, row.id);
  return {
    table: WORKFLOWS[row.kind],
    state: stateOf(row, history),
    actor: actorFor(ctx, row.unit_id, row.verifying_unit_id),
    context: contextFor(ctx.db, row, today(ctx), calendar),
    events,
  };
}

function summaryOf(row: CaseRow, day: string, calendar: WorkCalendar): CaseSummary {
  const open = row.status === 'active' || row.status === 'pending';
  return toSummary(row, open && row.due_on ? deadlineStatus(calendar, day, row.due_on) : null);
}

/** Everything main stores after a case's state changed: deadline, projections, and the new data. */
function store(ctx: TxContext, row: CaseRow, state: CaseState, calendar: WorkCalendar): void {
  const table = WORKFLOWS[row.kind];
  const deadline = stepDeadline(table, state, calendar);
  const projection = PROJECTIONS[row.kind](state);
  const stepChanged = state.step !== row.step;
  updateCase(ctx.db, row.id, {
    step: state.step,
    status: state.status,
    stepStartedOn: stepChanged ? today(ctx) : row.step_started_on,
    dueOn: deadline && !deadline.met ? deadline.due.date : null,
    dueEstimate: deadline?.due.estimate ?? false,
    outcome: projection.outcome,
    catalogVersion: projection.catalogVersion,
    data: state.data as Record<string, unknown>,
    situations: projection.situations,
    closedAt: state.status === 'closed' ? (row.closed_at ?? isoNow(ctx)) : null,
    at: isoNow(ctx),
  });
}

export function caseDetail(ctx: TxContext, id: number): CaseDetail {
  const row = getCaseRow(ctx.db, id);
  const calendar = workCalendar(ctx.db);
  const ev = evaluation(ctx, row, calendar);
  if (!ev.actor.caseInScope) throw new AppError('FORBIDDEN');
  return {
    summary: summaryOf(row, ev.context.today, calendar),
    state: { ...ev.state, data: ev.state.data as Record<string, unknown>, history: [...ev.state.history] },
    actor: { caseInScope: ev.actor.caseInScope, ...(ev.actor.inVerifyingDepartment !== undefined ? { inVerifyingDepartment: ev.actor.inVerifyingDepartment } : {}) },
    catalogVersion: row.catalog_version,
    events: ev.events,
    today: ev.context.today,
  };
}

export interface CreateCase {
  kind: CaseKind;
  cadreId: number;
  openedOn?: string;
  verifyingUnitId?: number;
  data?: Record<string, unknown>;
}

export function createCase(ctx: TxContext, input: CreateCase): CaseDetail {
  const { db, session } = ctx;
  const table = WORKFLOWS[input.kind];
  const cadre = getCadre(db, input.cadreId);
  const day = today(ctx);
  const openedOn = input.openedOn ?? day;
  if (compareDates(openedOn, day) > 0) throw new AppError('INVALID_INPUT', {}, ['openedOn']);
  const verifyingUnitId = input.kind === 'clearance' ? (input.verifyingUnitId ?? session.unitId) : null;

  const initial = findStep(table, table.initial)!;
  const draft = stepDraftSchema(initial).safeParse(input.data ?? {});
  if (!draft.success) throw inputError(draft.error, `${initial.key}`);
  const state: CaseState = { step: initial.key, status: 'active', openedOn, data: { [initial.key]: draft.data }, history: [] };
  const calendar = workCalendar(db);
  const may = canRecordStep(
    { table, state, actor: actorFor(ctx, cadre.unitId, verifyingUnitId), context: contextFor(db, { kind: input.kind, catalog_version: null }, day, calendar) },
    initial.key,
  );
  if (!may.allowed) throw transitionError('create', may.reasons);

  const year = yearOf(openedOn);
  const { seq, number } = nextCaseNumber(db, getOffice(db).code, input.kind, year);
  const at = isoNow(ctx);
  const id = insertCase(db, {
    kind: input.kind,
    number,
    year,
    seq,
    cadreId: cadre.id,
    unitId: cadre.unitId,
    verifyingUnitId,
    step: initial.key,
    status: 'active',
    openedOn,
    stepStartedOn: openedOn,
    data: state.data as Record<string, unknown>,
    createdBy: session.userId,
    at,
  });
  appendEvent(db, { caseId: id, at, actorId: session.userId, actorName: session.displayName, action: 'create', fromStep: null, toStep: initial.key, reason: null, entry: null });
  store(ctx, getCaseRow(db, id), state, calendar);
  indexCase(db, id);
  ctx.record('case', id, { number });
  return caseDetail(ctx, id);
}

/** Saves fields of the step being worked: only its recorders, only valid fields, merged into what is there. */
export function saveStep(ctx: TxContext, input: { id: number; step: string; data: Record<string, unknown> }): CaseDetail {
  const row = getCaseRow(ctx.db, input.id);
  const calendar = workCalendar(ctx.db);
  const ev = evaluation(ctx, row, calendar);
  if (!ev.actor.caseInScope) throw new AppError('FORBIDDEN');
  const may = canRecordStep(ev, input.step);
  if (!may.allowed) throw transitionError('save', may.reasons);
  const step = findStep(ev.table, input.step)!;
  const parsed = stepDraftSchema(step).safeParse(input.data);
  if (!parsed.success) throw inputError(parsed.error, input.step);
  const before = (ev.state.data[input.step] as Record<string, unknown> | undefined) ?? {};
  const state: CaseState = { ...ev.state, data: { ...ev.state.data, [input.step]: { ...before, ...parsed.data } } };
  store(ctx, row, state, calendar);
  const at = isoNow(ctx);
  appendEvent(ctx.db, {
    caseId: row.id,
    at,
    actorId: ctx.session.userId,
    actorName: ctx.session.displayName,
    action: 'save',
    fromStep: input.step,
    toStep: input.step,
    reason: null,
    entry: null,
    detail: { fields: Object.keys(parsed.data) },
  });
  ctx.record('case', row.id, { step: input.step, fields: Object.keys(parsed.data) });
  return caseDetail(ctx, row.id);
}

/** One action of the case's workflow table, checked by the shared engine, stored with its history entry. */
export function act(ctx: TxContext, input: { id: number; action: string; input: Record<string, unknown> }): CaseDetail {
  const row = getCaseRow(ctx.db, input.id);
  const calendar = workCalendar(ctx.db);
  const ev = evaluation(ctx, row, calendar);
  if (!ev.actor.caseInScope) throw new AppError('FORBIDDEN');
  const result = checkTransition(ev, input.action, input.input);
  if (!result.ok) throw result.error;
  store(ctx, row, result.state, calendar);
  const reason = typeof result.entry.input?.reason === 'string' ? result.entry.input.reason : null;
  appendEvent(ctx.db, {
    caseId: row.id,
    at: isoNow(ctx),
    actorId: ctx.session.userId,
    actorName: ctx.session.displayName,
    action: input.action,
    fromStep: result.entry.from.step,
    toStep: result.entry.to.step,
    reason,
    entry: result.entry,
  });
  ctx.record('case', row.id, { action: input.action, from: result.entry.from, to: result.entry.to });
  return caseDetail(ctx, row.id);
}

/** Whose cases a list shows and what "overdue" and "due soon" mean today: the page and the ledger export share it. */
export function listScope(ctx: Pick<TxContext, 'db' | 'session' | 'state'>): ListScope {
  const day = beijingDate(ctx.state.now());
  const dueSoonUntil = addWorkingDays(workCalendar(ctx.db), day, DUE_SOON_WORKING_DAYS).date;
  return { viewerId: ctx.session.userId, today: day, dueSoonUntil };
}

export function listCasePage(ctx: TxContext, input: Required<Pick<CaseListInput, 'sort' | 'order' | 'page' | 'pageSize'>> & CaseListInput) {
  const scope = listScope(ctx);
  const calendar = workCalendar(ctx.db);
  const { total, rows } = listCases(ctx.db, input, scope);
  return { total, rows: rows.map((r) => summaryOf(r, scope.today, calendar)) };
}

export function summariesOf(ctx: TxContext, rows: CaseRow[]): CaseSummary[] {
  const calendar = workCalendar(ctx.db);
  const day = today(ctx);
  return rows.map((r) => summaryOf(r, day, calendar));
}
