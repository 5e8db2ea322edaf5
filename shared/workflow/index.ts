/**
 * The procedure as data: one table per case type, read by main to enforce it and by the renderer
 * to draw the Steps bar, enable buttons and say why one is disabled.
 *
 * Tables: `faultToleranceWorkflow` (申请受理 → 调查核实 → 研究认定 → 反馈运用, and 申诉复核) and
 * `clearanceWorkflow` (启动 → 核实评估 → 审批 → 实施回访). Each step carries its deadline, its fields
 * (zod) and who records it; each action its from/to positions, roles, scope predicates,
 * "not the same person" rules and guards on the recorded data.
 *
 * Evaluation — all pure, given `{ table, state, actor, context }` (an `Evaluation`):
 * - `availableActions(ev)` → the actions the current position offers, each `{ action, allowed, reasons }`;
 * - `evaluateAction(ev, key, input?)` → the same for one action, from any position;
 * - `checkTransition(ev, key, input)` → `{ ok: true, state, entry }` (history appended) or
 *   `{ ok: false, error: AppError, reasons }` — what main calls before applying an action;
 * - `canRecordStep(ev, step)` → whether the actor may save the step's fields now;
 *   `stepDraftSchema(step)` validates what is saved;
 * - `stepDeadline(table, state, calendar)`, `stepProgress(table, state)`, `appealPeriodEnd(...)`;
 * - `reasonText(locale, reason)` → a reason as a sentence.
 */
export type {
  Actor,
  ActionAvailability,
  ActionDef,
  ActionKind,
  CaseRole,
  CaseState,
  CaseStatus,
  Evaluation,
  Guard,
  GuardArgs,
  GuardFailure,
  HistoryEntry,
  Position,
  Reason,
  Ref,
  ScopeRuleKey,
  SeparationRule,
  StepDef,
  WorkflowContext,
  WorkflowId,
  WorkflowKey,
  WorkflowTable,
} from './types';
export { ACTION_KINDS, CASE_STATUSES, FINAL_STATUSES } from './types';
export {
  SCOPE_RULES,
  availableActions,
  canRecordStep,
  checkTransition,
  enteredStepOn,
  evaluateAction,
  fieldLabelKey,
  findAction,
  findStep,
  inputLabelKey,
  lastTakenOn,
  readField,
  reasonText,
  statusLabelKey,
  stepDeadline,
  stepDraftSchema,
  stepFieldReasons,
  stepProgress,
  transitionError,
} from './engine';
export type { StepDeadline, StepProgress, TransitionResult } from './engine';
export { configureWorkflow, workflowSettingsSchema } from './configure-workflow';
export type { WorkflowSettings } from './configure-workflow';
export { NAME_MAX, TEXT_MAX, LONG_TEXT_MAX, LIST_MAX } from './field-schemas';

export {
  DEFAULT_FAULT_TOLERANCE_CATALOG,
  faultToleranceCatalogSchema,
  catalogItemLabel,
  catalogItemRef,
} from './fault-tolerance.catalog';
export type { CatalogItem, FaultToleranceCatalog, LocalizedText } from './fault-tolerance.catalog';
export * as faultToleranceFields from './fault-tolerance.fields';
export type { FaultToleranceOutcome } from './fault-tolerance.fields';
export {
  faultToleranceWorkflow,
  appealPeriodEnd,
  catalogInForce,
  FAULT_TOLERANCE_PERIODS,
} from './fault-tolerance.workflow';
export type { FaultToleranceAction, FaultToleranceStep } from './fault-tolerance.workflow';

export * as clearanceFields from './clearance.fields';
export type { ClearanceMethod } from './clearance.fields';
export { clearanceWorkflow } from './clearance.workflow';
export type { ClearanceAction, ClearanceStep } from './clearance.workflow';

import { faultToleranceWorkflow } from './fault-tolerance.workflow';
import { clearanceWorkflow } from './clearance.workflow';
import type { WorkflowTable } from './types';

/** Both tables by id, for code that handles either case type. */
export const WORKFLOWS: Readonly<Record<'faultTolerance' | 'clearance', WorkflowTable>> = {
  faultTolerance: faultToleranceWorkflow,
  clearance: clearanceWorkflow,
};
