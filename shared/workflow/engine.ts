import type { z } from 'zod';
import { AppError } from '../errors';
import { translate, type Locale } from '../i18n';
import { dueDate, type DueDate, type IsoDate, type WorkCalendar } from '../calendar';
import {
  FINAL_STATUSES,
  type ActionAvailability,
  type ActionDef,
  type Actor,
  type CaseState,
  type Evaluation,
  type HistoryEntry,
  type Reason,
  type Ref,
  type ScopeRuleKey,
  type SeparationRule,
  type StepDef,
  type WorkflowKey,
  type WorkflowTable,
} from './types';

/** The predicates scope keys stand for. */
export const SCOPE_RULES: Record<ScopeRuleKey, { test: (actor: Actor) => boolean; reasonKey: WorkflowKey }> = {
  caseInScope: { test: (a) => a.caseInScope, reasonKey: 'workflow.reasons.outOfScope' },
  verifyingDepartment: { test: (a) => a.inVerifyingDepartment === true, reasonKey: 'workflow.reasons.notVerifyingDepartment' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function findStep<S extends string>(table: WorkflowTable<S>, key: string): StepDef<S> | undefined {
  return table.steps.find((s) => s.key === key);
}

export function findAction<S extends string, A extends string>(table: WorkflowTable<S, A>, key: string): ActionDef<S, A> | undefined {
  return table.actions.find((a) => a.key === key);
}

export function fieldLabelKey(table: WorkflowTable, step: string, field: string): WorkflowKey {
  return `workflow.${table.id}.fields.${step}.${field}` as WorkflowKey;
}

export function inputLabelKey(name: string): WorkflowKey {
  return `workflow.inputs.${name}` as WorkflowKey;
}

export function statusLabelKey(status: CaseState['status']): WorkflowKey {
  return `workflow.status.${status}`;
}

/**
 * One field of a step as recorded, if it is there and valid. Guards read fields one at a time so
 * that a rule can already speak while the rest of the step is still being filled in.
 */
export function readField<T extends z.ZodObject, F extends keyof T['shape'] & string>(
  state: CaseState,
  step: string,
  schema: T,
  field: F,
): z.output<T['shape'][F]> | undefined {
  const data = state.data[step];
  if (!isRecord(data)) return undefined;
  const parsed = (schema.shape[field] as z.ZodType).safeParse(data[field]);
  return parsed.success ? (parsed.data as z.output<T['shape'][F]>) : undefined;
}

/** The schema main uses to save a step's fields while they are being filled in: any subset, each field whole and valid. */
export function stepDraftSchema(step: StepDef): z.ZodObject {
  return step.fields.partial().strict();
}

/** What is missing or wrong in a step's recorded fields, one reason per field. */
export function stepFieldReasons(table: WorkflowTable, stepKey: string, value: unknown): Reason[] {
  const step = findStep(table, stepKey);
  if (!step) return [];
  const data = isRecord(value) ? value : {};
  const parsed = step.fields.safeParse(data);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    const refs = { step: step.titleKey, field: field ? fieldLabelKey(table, stepKey, field) : step.titleKey };
    const missing = data[field] === undefined;
    reasons.push({
      key: missing ? 'workflow.reasons.fieldMissing' : 'workflow.reasons.fieldInvalid',
      kind: 'field',
      refs,
      field: `${stepKey}.${field}`,
      ...(missing ? {} : { params: { path: issue.path.map(String).join('.') } }),
    });
  }
  return reasons;
}

function separationReasons(rules: readonly SeparationRule[], actor: Actor, history: readonly HistoryEntry[]): Reason[] {
  return rules
    .filter((rule) => history.some((h) => h.actorId === actor.userId && rule.notActorOf.includes(h.action)))
    .map((rule) => ({ key: rule.reasonKey, kind: 'separation' }));
}

function whoReasons(
  roles: readonly string[],
  scopes: readonly ScopeRuleKey[],
  separation: readonly SeparationRule[],
  actor: Actor,
  history: readonly HistoryEntry[],
): Reason[] {
  const reasons: Reason[] = [];
  if (!actor.roles.some((r) => roles.includes(r))) {
    reasons.push({ key: 'workflow.reasons.role', kind: 'role', refs: { roles: roles.map((r) => `workflow.roles.${r}` as WorkflowKey) } });
  }
  for (const scope of scopes) {
    const rule = SCOPE_RULES[scope];
    if (!rule.test(actor)) reasons.push({ key: rule.reasonKey, kind: 'scope' });
  }
  return [...reasons, ...separationReasons(separation, actor, history)];
}

function inputReasons(action: ActionDef, input: unknown): Reason[] {
  const parsed = action.input.safeParse(input ?? {});
  if (parsed.success) return [];
  const data = isRecord(input) ? input : {};
  const seen = new Set<string>();
  return parsed.error.issues.flatMap((issue): Reason[] => {
    const name = String(issue.path[0] ?? '');
    if (seen.has(name)) return [];
    seen.add(name);
    if (issue.code === 'unrecognized_keys') {
      return [{ key: 'workflow.reasons.inputUnknown', kind: 'input', params: { names: issue.keys.join(', ') } }];
    }
    const missing = data[name] === undefined || (typeof data[name] === 'string' && data[name].trim() === '');
    return [
      {
        key: missing ? 'workflow.reasons.inputMissing' : 'workflow.reasons.inputInvalid',
        kind: 'input',
        refs: { input: inputLabelKey(name) },
        field: name,
      },
    ];
  });
}

function stateMatches(action: ActionDef, state: CaseState): boolean {
  return action.from.some((p) => p.step === state.step && p.status === state.status);
}

function wrongState(table: WorkflowTable, state: CaseState): Reason {
  const step = findStep(table, state.step);
  return {
    key: 'workflow.reasons.wrongState',
    kind: 'state',
    refs: { step: step?.titleKey ?? 'workflow.reasons.unknownStep', status: statusLabelKey(state.status) },
  };
}

function judge<S extends string, A extends string>(
  ev: Evaluation<S, A>,
  action: ActionDef<S, A>,
  input: Readonly<Record<string, unknown>> | undefined,
): Reason[] {
  const { table, state, actor, context } = ev;
  if (!stateMatches(action, state)) return [wrongState(table, state)];
  const reasons = whoReasons(action.roles, action.scopes, action.separation, actor, state.history);
  for (const step of action.requires) reasons.push(...stepFieldReasons(table, step, state.data[step]));
  const args = { state, context, input: input ?? {}, table: table as WorkflowTable };
  for (const guard of action.guards) {
    const verdict = guard.check(args);
    if (verdict !== true) reasons.push({ key: guard.reasonKey, kind: 'guard', ...verdict });
  }
  if (input !== undefined) reasons.push(...inputReasons(action, input));
  return reasons;
}

/**
 * Whether the actor may take one action now, and if not, every reason why. Without `input` the
 * action's own input (a reason, a date) is not judged: that is what a button needs to know.
 */
export function evaluateAction<S extends string, A extends string>(
  ev: Evaluation<S, A>,
  actionKey: string,
  input?: Readonly<Record<string, unknown>>,
): ActionAvailability<S, A> | undefined {
  const action = findAction(ev.table, actionKey);
  if (!action) return undefined;
  const reasons = judge(ev, action, input);
  return { action, allowed: reasons.length === 0, reasons };
}

/** The actions the case's current step and status offer (its buttons), each allowed or not, with reasons. */
export function availableActions<S extends string, A extends string>(ev: Evaluation<S, A>): ActionAvailability<S, A>[] {
  return ev.table.actions
    .filter((a) => stateMatches(a, ev.state))
    .map((action) => {
      const reasons = judge(ev, action, undefined);
      return { action, allowed: reasons.length === 0, reasons };
    });
}

/** Whether the actor may record (save) the fields of a step now. */
export function canRecordStep(ev: Evaluation, stepKey: string): { allowed: boolean; reasons: Reason[] } {
  const { table, state, actor } = ev;
  const step = findStep(table, stepKey);
  if (!step) return { allowed: false, reasons: [{ key: 'workflow.reasons.unknownStep', kind: 'state' }] };
  if (state.step !== stepKey || state.status !== 'active') {
    return { allowed: false, reasons: [{ key: 'workflow.reasons.stepNotOpen', kind: 'state', refs: { step: step.titleKey } }] };
  }
  const { roles, scopes, separation } = step.recorders;
  const reasons = whoReasons(roles, scopes, separation, actor, state.history);
  return { allowed: reasons.length === 0, reasons };
}

const FORBIDDING: readonly Reason['kind'][] = ['role', 'scope', 'separation'];

/** The refusal main returns: FORBIDDEN when it is about who acts, INVALID_INPUT when it is about the case. */
export function transitionError(actionKey: string, reasons: readonly Reason[]): AppError {
  const first = reasons[0];
  const code = reasons.some((r) => FORBIDDING.includes(r.kind)) ? 'FORBIDDEN' : 'INVALID_INPUT';
  return new AppError(
    code,
    { action: actionKey, reason: first?.key ?? 'workflow.reasons.unknownAction', count: reasons.length, ...(first?.params ?? {}) },
    reasons.flatMap((r) => (r.field ? [r.field] : [])),
  );
}

export type TransitionResult =
  | { ok: true; state: CaseState; entry: HistoryEntry }
  | { ok: false; error: AppError; reasons: Reason[] };

/**
 * What main calls before applying an action: the case's next state with the history entry
 * appended, or the refusal with every reason. Pure: nothing is stored here.
 */
export function checkTransition(
  ev: Evaluation,
  actionKey: string,
  input: Readonly<Record<string, unknown>> = {},
): TransitionResult {
  const action = findAction(ev.table, actionKey);
  if (!action) {
    const reasons: Reason[] = [{ key: 'workflow.reasons.unknownAction', kind: 'state', params: { action: actionKey } }];
    return { ok: false, error: transitionError(actionKey, reasons), reasons };
  }
  const reasons = judge(ev, action, input);
  if (reasons.length) return { ok: false, error: transitionError(actionKey, reasons), reasons };
  const parsed = action.input.parse(input) as Record<string, unknown>;
  const from = { step: ev.state.step, status: ev.state.status };
  const to = { step: action.to.step ?? ev.state.step, status: action.to.status };
  const entry: HistoryEntry = {
    action: action.key,
    actorId: ev.actor.userId,
    on: ev.context.today,
    from,
    to,
    ...(Object.keys(parsed).length ? { input: parsed } : {}),
  };
  return { ok: true, entry, state: { ...ev.state, step: to.step, status: to.status, history: [...ev.state.history, entry] } };
}

/** The day the case last came into a step from another one (or was opened, for the first step). */
export function enteredStepOn(state: CaseState, stepKey: string): IsoDate {
  for (let i = state.history.length - 1; i >= 0; i -= 1) {
    const h = state.history[i]!;
    if (h.to.step === stepKey && h.from.step !== stepKey) return h.on;
  }
  return state.openedOn;
}

/** The last day an action was taken, if it was. */
export function lastTakenOn(state: CaseState, actionKey: string): IsoDate | undefined {
  for (let i = state.history.length - 1; i >= 0; i -= 1) if (state.history[i]!.action === actionKey) return state.history[i]!.on;
  return undefined;
}

export interface StepDeadline {
  step: string;
  start: IsoDate;
  due: DueDate;
  /** The work the deadline is for is recorded, though the step goes on. */
  met: boolean;
}

function fieldRecorded(step: StepDef, data: unknown, field: string): boolean {
  if (!isRecord(data) || data[field] === undefined) return false;
  const schema = step.fields.shape[field] as z.ZodType | undefined;
  return schema !== undefined && schema.safeParse(data[field]).success;
}

/** The current step's deadline, or null when the case is finished or the step has none. */
export function stepDeadline(table: WorkflowTable, state: CaseState, calendar: WorkCalendar): StepDeadline | null {
  if (FINAL_STATUSES.includes(state.status)) return null;
  const step = findStep(table, state.step);
  if (!step?.deadline) return null;
  const start = enteredStepOn(state, step.key);
  const met = step.deadlineMetBy !== undefined && fieldRecorded(step, state.data[step.key], step.deadlineMetBy);
  return { step: step.key, start, due: dueDate(calendar, start, step.deadline), met };
}

export type StepProgress = 'done' | 'current' | 'waiting' | 'stopped';

/** Each main-track step as the Steps bar draws it; an appealed case shows its main steps as done. */
export function stepProgress(table: WorkflowTable, state: CaseState): { step: StepDef; progress: StepProgress }[] {
  const main = table.steps.filter((s) => s.track === 'main');
  const here = main.findIndex((s) => s.key === state.step);
  const at = here === -1 ? main.length : here;
  return main.map((step, i) => {
    let progress: StepProgress = i < at ? 'done' : i === at ? 'current' : 'waiting';
    if (i === at && state.status === 'closed') progress = 'done';
    if (i === at && (state.status === 'refused' || state.status === 'withdrawn')) progress = 'stopped';
    return { step, progress };
  });
}

function refText(locale: Locale, ref: Ref): string {
  return typeof ref === 'string' ? translate(locale, ref) : ref[locale];
}

/** A reason as a sentence in the reader's language. */
export function reasonText(locale: Locale, reason: Reason): string {
  const params: Record<string, string | number> = { ...(reason.params ?? {}) };
  for (const [name, ref] of Object.entries(reason.refs ?? {})) {
    params[name] = Array.isArray(ref)
      ? (ref as readonly Ref[]).map((r) => refText(locale, r)).join(locale === 'zh-CN' ? '、' : ', ')
      : refText(locale, ref as Ref);
  }
  return translate(locale, reason.key, params);
}
