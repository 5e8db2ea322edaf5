import type { z } from 'zod';
import type { CASE_ROLES, Role } from '../roles';
import type { Deadline, IsoDate, WorkCalendar } from '../calendar';
import type zhWorkflow from '../i18n/zh-CN/workflow';
import type { FaultToleranceCatalog, LocalizedText } from './fault-tolerance.catalog';

type Leaves<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every text key of the workflow catalog; a table naming a key that does not exist fails to compile. */
export type WorkflowKey = Leaves<typeof zhWorkflow, 'workflow.'>;

export type CaseRole = (typeof CASE_ROLES)[number];

/**
 * Where a case stands within its step. `active`: the officer is recording the step; `pending`: the
 * step's work awaits the reviewer's or approver's decision. The last three are final.
 */
export type CaseStatus = 'active' | 'pending' | 'refused' | 'withdrawn' | 'closed';
export const CASE_STATUSES = ['active', 'pending', 'refused', 'withdrawn', 'closed'] as const satisfies readonly CaseStatus[];
export const FINAL_STATUSES: readonly CaseStatus[] = ['refused', 'withdrawn', 'closed'];

export interface Position<S extends string = string> {
  step: S;
  status: CaseStatus;
}

export type ActionKind = 'submit' | 'approve' | 'return' | 'reject' | 'withdraw' | 'reopen' | 'close';
export const ACTION_KINDS = ['submit', 'approve', 'return', 'reject', 'withdraw', 'reopen', 'close'] as const satisfies readonly ActionKind[];

/** A text that is not in the catalogs, e.g. a catalog entry an administrator added, in both languages. */
export type Ref = WorkflowKey | LocalizedText;

/** Why an action is not allowed, as a catalog key the screen translates. */
export interface Reason {
  key: WorkflowKey;
  /** What kind of obstacle: decides the error code and lets the screen group reasons. */
  kind: 'state' | 'role' | 'scope' | 'separation' | 'field' | 'guard' | 'input';
  params?: Record<string, string | number>;
  /** Parameters that are texts themselves (a step title, a field label, a role), translated before use. */
  refs?: Record<string, Ref | readonly Ref[]>;
  /** The field at fault, 'step.field' or an action input name, for the form to mark. */
  field?: string;
}

/** Who is acting. Main works out the two scope flags from the unit tree and the case; the engine only reads them. */
export interface Actor {
  userId: string;
  roles: readonly Role[];
  unitId: number;
  /** The case belongs to the actor's unit or to a unit below it. */
  caseInScope: boolean;
  /** 谁核实谁澄清: the actor works in the department that verified the report (clearance cases). */
  inVerifyingDepartment?: boolean;
}

/** A predicate on the actor that an action or step names by key, so the table stays data. */
export type ScopeRuleKey = 'caseInScope' | 'verifyingDepartment';

/** One action taken on a case: the history the people-constraints are checked against. */
export interface HistoryEntry {
  action: string;
  actorId: string;
  on: IsoDate;
  from: Position;
  to: Position;
  /** What the actor supplied with the action, e.g. the reason for returning it. */
  input?: Readonly<Record<string, unknown>>;
}

export interface CaseState {
  step: string;
  status: CaseStatus;
  /** The first step's deadline runs from this day. */
  openedOn: IsoDate;
  /** Recorded fields by step key; a step's object may be incomplete while the step is being worked. */
  data: Readonly<Record<string, unknown>>;
  history: readonly HistoryEntry[];
}

/** What the caller knows besides the case: the day, the calendar, and the catalog in force. */
export interface WorkflowContext {
  today: IsoDate;
  calendar: WorkCalendar;
  /** The fault-tolerance catalog in force; the shipped version 1 when omitted. */
  catalog?: FaultToleranceCatalog;
}

export interface Evaluation<S extends string = string, A extends string = string> {
  table: WorkflowTable<S, A>;
  state: CaseState;
  actor: Actor;
  context: WorkflowContext;
}

/** "Not the same person": the actor must not have taken any of these actions on this case. */
export interface SeparationRule<A extends string = string> {
  notActorOf: readonly A[];
  reasonKey: WorkflowKey;
}

export interface GuardArgs {
  state: CaseState;
  context: WorkflowContext;
  /** The action's input once supplied; empty while only asking whether a button is enabled. */
  input: Readonly<Record<string, unknown>>;
  table: WorkflowTable;
}

/** A failed guard: parameters for its message, and the field the form should mark. */
export interface GuardFailure {
  params?: Record<string, string | number>;
  refs?: Record<string, Ref | readonly Ref[]>;
  field?: string;
}

/** A rule on the recorded step data, e.g. "an exclusion that holds rules out tolerance". */
export interface Guard {
  key: string;
  reasonKey: WorkflowKey;
  /** `true` when the rule holds, or when the data it reads is not recorded yet (the field check reports that). */
  check(args: GuardArgs): true | GuardFailure;
}

export interface StepDef<S extends string = string> {
  key: S;
  titleKey: WorkflowKey;
  /** `main` steps make the four-step bar; `appeal` steps appear only once a case is appealed. */
  track: 'main' | 'appeal';
  /** Counted from the day the case entered the step; null where no rule sets one. */
  deadline: Deadline | null;
  /** The field whose recording meets the deadline, when the step goes on after it (follow-up visits after the clearance). */
  deadlineMetBy?: string;
  /** Everything the step must hold before its work can be submitted. Labels: `workflow.<table>.fields.<step>.<field>`. */
  fields: z.ZodObject;
  /** Who may record the step's fields while it is active. */
  recorders: {
    roles: readonly CaseRole[];
    scopes: readonly ScopeRuleKey[];
    separation: readonly SeparationRule[];
  };
}

export interface ActionDef<S extends string = string, A extends string = string> {
  key: A;
  kind: ActionKind;
  labelKey: WorkflowKey;
  from: readonly Position<S>[];
  /** Without a step the case stays at the step it is in (e.g. withdrawn where it stood). */
  to: { step?: S; status: CaseStatus };
  roles: readonly CaseRole[];
  scopes: readonly ScopeRuleKey[];
  separation: readonly SeparationRule<A>[];
  /** Steps whose fields must be complete. */
  requires: readonly S[];
  guards: readonly Guard[];
  /** What the actor supplies with the action; labels: `workflow.inputs.<name>`. */
  input: z.ZodObject;
}

export type WorkflowId = 'faultTolerance' | 'clearance';

export interface WorkflowTable<S extends string = string, A extends string = string> {
  /** Also the table's namespace in the workflow catalog. */
  id: WorkflowId;
  nameKey: WorkflowKey;
  steps: readonly StepDef<S>[];
  initial: S;
  actions: readonly ActionDef<S, A>[];
  /** Periods other than the steps' own deadlines, e.g. the appeal period. */
  periods: Readonly<Record<string, Deadline>>;
}

export interface ActionAvailability<S extends string = string, A extends string = string> {
  action: ActionDef<S, A>;
  allowed: boolean;
  reasons: Reason[];
}
