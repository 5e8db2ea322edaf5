import { dueDate, isIsoDate, compareDates, type DueDate, type IsoDate, type WorkCalendar } from '../calendar';
import { lastTakenOn, readField } from './engine';
import { noInput, reasonInput } from './field-schemas';
import { DEFAULT_FAULT_TOLERANCE_CATALOG, catalogItemRef, type FaultToleranceCatalog } from './fault-tolerance.catalog';
import {
  DISTINCTIONS,
  TOLERATED_OUTCOMES,
  appealInput,
  applicationFields,
  feedbackFields,
  investigationFields,
  reviewFields,
  rulingFields,
  type FaultToleranceOutcome,
} from './fault-tolerance.fields';
import type { ActionDef, CaseState, Guard, GuardArgs, Position, SeparationRule, WorkflowContext, WorkflowKey, WorkflowTable } from './types';

export type FaultToleranceStep = 'application' | 'investigation' | 'ruling' | 'feedback' | 'review';
export type FaultToleranceAction =
  | 'application.submit'
  | 'application.accept'
  | 'application.refuse'
  | 'application.return'
  | 'investigation.submit'
  | 'investigation.approve'
  | 'investigation.return'
  | 'ruling.submit'
  | 'ruling.approve'
  | 'ruling.return'
  | 'ruling.returnToInvestigation'
  | 'feedback.submit'
  | 'feedback.close'
  | 'feedback.return'
  | 'withdraw'
  | 'appeal'
  | 'review.submit'
  | 'review.uphold'
  | 'review.revise'
  | 'review.return';

type Action = ActionDef<FaultToleranceStep, FaultToleranceAction>;
type Separation = SeparationRule<FaultToleranceAction>;

const at = (step: FaultToleranceStep, status: Position['status'] = 'active'): Position<FaultToleranceStep> => ({ step, status });
const key = (k: string) => `workflow.faultTolerance.${k}` as WorkflowKey;

export function catalogInForce(context: WorkflowContext): FaultToleranceCatalog {
  return context.catalog ?? DEFAULT_FAULT_TOLERANCE_CATALOG;
}

function isTolerated(o: FaultToleranceOutcome | undefined): boolean {
  return o !== undefined && TOLERATED_OUTCOMES.includes(o);
}

// ——— Guards: the rules that read what the steps recorded ———

function situationsKnown(step: 'application' | 'ruling'): Guard {
  const field = step === 'application' ? 'situationsInvoked' : 'situationsApplied';
  return {
    key: `${step}.situationsKnown`,
    reasonKey: key('guards.unknownSituation'),
    check: ({ state, context }) => {
      const ids =
        step === 'application'
          ? readField(state, step, applicationFields, 'situationsInvoked')
          : readField(state, step, rulingFields, 'situationsApplied');
      if (!ids) return true;
      const known = new Set(catalogInForce(context).situations.map((s) => s.id));
      const unknown = ids.filter((id) => !known.has(id));
      return unknown.length ? { params: { ids: unknown.join(', ') }, field: `${step}.${field}` } : true;
    },
  };
}

function catalogVersionCurrent(step: 'investigation' | 'ruling'): Guard {
  return {
    key: `${step}.catalogVersionCurrent`,
    reasonKey: key('guards.catalogVersion'),
    check: ({ state, context }) => {
      const recorded =
        step === 'investigation'
          ? readField(state, step, investigationFields, 'catalogVersion')
          : readField(state, step, rulingFields, 'catalogVersion');
      const current = catalogInForce(context).version;
      return recorded === undefined || recorded === current
        ? true
        : { params: { recorded, current }, field: `${step}.catalogVersion` };
    },
  };
}

const everyCheckAnswered: Guard = {
  key: 'investigation.everyCheckAnswered',
  reasonKey: key('guards.checksIncomplete'),
  check: ({ state, context }) => {
    const catalog = catalogInForce(context);
    const conditions = readField(state, 'investigation', investigationFields, 'conditions');
    const exclusions = readField(state, 'investigation', investigationFields, 'exclusions');
    if (!conditions || !exclusions) return true;
    const missing = [
      ...catalog.conditions.filter((c) => !conditions[c.id]),
      ...catalog.exclusions.filter((e) => !exclusions[e.id]),
    ];
    return missing.length
      ? { params: { count: missing.length }, refs: { items: missing.map(catalogItemRef) }, field: 'investigation.conditions' }
      : true;
  },
};

type OutcomeAt = { step: 'investigation'; field: 'proposedOutcome' } | { step: 'ruling'; field: 'outcome' };
const PROPOSED: OutcomeAt = { step: 'investigation', field: 'proposedOutcome' };
const RULED: OutcomeAt = { step: 'ruling', field: 'outcome' };

function outcomeAt(state: CaseState, where: OutcomeAt): FaultToleranceOutcome | undefined {
  return where.step === 'investigation'
    ? readField(state, 'investigation', investigationFields, 'proposedOutcome')
    : readField(state, 'ruling', rulingFields, 'outcome');
}

/** A case that hits an exclusion cannot be ruled tolerated (DOMAIN: 不予容错). */
function exclusionRulesOutTolerance(where: OutcomeAt): Guard {
  return {
    key: `${where.step}.exclusionRulesOutTolerance`,
    reasonKey: key('guards.exclusionHolds'),
    check: ({ state, context }) => {
      if (!isTolerated(outcomeAt(state, where))) return true;
      const found = readField(state, 'investigation', investigationFields, 'exclusions') ?? {};
      const hits = catalogInForce(context).exclusions.filter((e) => found[e.id]?.holds === true);
      return hits.length ? { refs: { exclusions: hits.map(catalogItemRef) }, field: `${where.step}.${where.field}` } : true;
    },
  };
}

/** The conditions must all hold for any tolerance. */
function conditionsRequired(where: OutcomeAt): Guard {
  return {
    key: `${where.step}.conditionsRequired`,
    reasonKey: key('guards.conditionFails'),
    check: ({ state, context }) => {
      if (!isTolerated(outcomeAt(state, where))) return true;
      const found = readField(state, 'investigation', investigationFields, 'conditions');
      if (!found) return true;
      const failing = catalogInForce(context).conditions.filter((c) => found[c.id]?.holds === false);
      return failing.length ? { refs: { conditions: failing.map(catalogItemRef) }, field: `${where.step}.${where.field}` } : true;
    },
  };
}

/** A distinction found on the violation side (明知故犯, 我行我素, 谋取私利) rules tolerance out too. */
function distinctionsRuleOut(where: OutcomeAt): Guard {
  return {
    key: `${where.step}.distinctionsRuleOut`,
    reasonKey: key('guards.distinctionViolation'),
    check: ({ state }) => {
      if (!isTolerated(outcomeAt(state, where))) return true;
      const answers = readField(state, 'investigation', investigationFields, 'distinctions');
      if (!answers) return true;
      const against = DISTINCTIONS.filter((d) => answers[d].finding === 'violation');
      return against.length
        ? { refs: { distinctions: against.map((d) => key(`distinctionNames.${d}`)) }, field: `${where.step}.${where.field}` }
        : true;
    },
  };
}

const toleranceNeedsSituation: Guard = {
  key: 'ruling.toleranceNeedsSituation',
  reasonKey: key('guards.noSituation'),
  check: ({ state }) => {
    const applied = readField(state, 'ruling', rulingFields, 'situationsApplied');
    return isTolerated(outcomeAt(state, RULED)) && applied !== undefined && applied.length === 0
      ? { field: 'ruling.situationsApplied' }
      : true;
  },
};

const openSituationExplained: Guard = {
  key: 'ruling.openSituationExplained',
  reasonKey: key('guards.situationUnexplained'),
  check: ({ state, context }) => {
    const applied = readField(state, 'ruling', rulingFields, 'situationsApplied') ?? [];
    const explained = readField(state, 'ruling', rulingFields, 'situationExplained');
    const open = catalogInForce(context).situations.filter((s) => s.requiresExplanation && applied.includes(s.id));
    return open.length && !explained ? { refs: { situation: open.map(catalogItemRef) }, field: 'ruling.situationExplained' } : true;
  },
};

const correctionCompleted: Guard = {
  key: 'feedback.correctionCompleted',
  reasonKey: key('guards.correctionPending'),
  check: ({ state }) => {
    const check = readField(state, 'feedback', feedbackFields, 'correctionCheck');
    return check && !check.completed ? { field: 'feedback.correctionCheck' } : true;
  },
};

/** When the appeal period ends: it runs from the day the ruling was served, or issued if not yet served. */
export function appealPeriodEnd(table: WorkflowTable, state: CaseState, calendar: WorkCalendar): DueDate | undefined {
  const ruledOn = lastTakenOn(state, 'ruling.approve');
  if (!ruledOn) return undefined;
  const served = readField(state, 'feedback', feedbackFields, 'resultToApplicant')?.sentOn;
  // A result sent before the latest ruling belongs to an earlier ruling.
  const start = served && compareDates(served, ruledOn) >= 0 ? served : ruledOn;
  return dueDate(calendar, start, table.periods.appeal ?? FAULT_TOLERANCE_PERIODS.appeal);
}

function appealReceivedOn({ input, context }: GuardArgs): IsoDate {
  return isIsoDate(input.receivedOn) ? input.receivedOn : context.today;
}

const appealInTime: Guard = {
  key: 'appeal.inTime',
  reasonKey: key('guards.appealLate'),
  check: (args) => {
    const end = appealPeriodEnd(args.table, args.state, args.context.calendar);
    const received = appealReceivedOn(args);
    return end && compareDates(received, end.date) > 0 ? { params: { end: end.date, received }, field: 'receivedOn' } : true;
  },
};

const appealDatePossible: Guard = {
  key: 'appeal.datePossible',
  reasonKey: key('guards.appealDateImpossible'),
  check: (args) => {
    const received = appealReceivedOn(args);
    const ruledOn = lastTakenOn(args.state, 'ruling.approve');
    const tooEarly = ruledOn !== undefined && compareDates(received, ruledOn) < 0;
    const future = compareDates(received, args.context.today) > 0;
    return tooEarly || future ? { params: { received, ruledOn: ruledOn ?? '', today: args.context.today }, field: 'receivedOn' } : true;
  },
};

function reviewDecided(decision: 'upheld' | 'revised'): Guard {
  return {
    key: `review.${decision}`,
    reasonKey: key(`guards.review.${decision}`),
    check: ({ state }) => {
      const recorded = readField(state, 'review', reviewFields, 'decision');
      return recorded === undefined || recorded === decision ? true : { field: 'review.decision' };
    },
  };
}

// ——— People: who may not take which action ———

const ownWork = (...actions: FaultToleranceAction[]): Separation => ({ notActorOf: actions, reasonKey: 'workflow.reasons.ownWork' });
const notTheInvestigator: Separation = { notActorOf: ['investigation.submit'], reasonKey: key('separation.investigatorRules') };
const notTheOriginalRuling: Separation = { notActorOf: ['ruling.submit', 'ruling.approve'], reasonKey: key('separation.reviewByRulers') };

const inScope = ['caseInScope'] as const;

/**
 * 查审分离: the ruling is prepared by someone other than the investigator — another case officer, or
 * the reviewer who examined the investigation — and decided by the approver.
 */
const RULING_RECORDERS = ['officer', 'reviewer'] as const;

const rulingGuards = [
  situationsKnown('ruling'),
  catalogVersionCurrent('ruling'),
  exclusionRulesOutTolerance(RULED),
  conditionsRequired(RULED),
  distinctionsRuleOut(RULED),
  toleranceNeedsSituation,
  openSituationExplained,
];
const investigationGuards = [
  catalogVersionCurrent('investigation'),
  everyCheckAnswered,
  exclusionRulesOutTolerance(PROPOSED),
  conditionsRequired(PROPOSED),
  distinctionsRuleOut(PROPOSED),
];

const actions: Action[] = [
  // 申请受理
  {
    key: 'application.submit', kind: 'submit', labelKey: key('actions.application.submit'),
    from: [at('application')], to: { status: 'pending' },
    roles: ['officer'], scopes: inScope, separation: [], requires: ['application'],
    guards: [situationsKnown('application')], input: noInput,
  },
  {
    key: 'application.accept', kind: 'approve', labelKey: key('actions.application.accept'),
    from: [at('application', 'pending')], to: { step: 'investigation', status: 'active' },
    roles: ['reviewer'], scopes: inScope, separation: [ownWork('application.submit')], requires: ['application'],
    guards: [situationsKnown('application')], input: noInput,
  },
  {
    // Refused with a written reason to the applicant.
    key: 'application.refuse', kind: 'reject', labelKey: key('actions.application.refuse'),
    from: [at('application', 'pending')], to: { status: 'refused' },
    roles: ['reviewer'], scopes: inScope, separation: [ownWork('application.submit')], requires: [],
    guards: [], input: reasonInput,
  },
  {
    key: 'application.return', kind: 'return', labelKey: key('actions.application.return'),
    from: [at('application', 'pending')], to: { status: 'active' },
    roles: ['reviewer'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // 调查核实
  {
    key: 'investigation.submit', kind: 'submit', labelKey: key('actions.investigation.submit'),
    from: [at('investigation')], to: { status: 'pending' },
    roles: ['officer'], scopes: inScope, separation: [], requires: ['investigation'],
    guards: investigationGuards, input: noInput,
  },
  {
    key: 'investigation.approve', kind: 'approve', labelKey: key('actions.investigation.approve'),
    from: [at('investigation', 'pending')], to: { step: 'ruling', status: 'active' },
    roles: ['reviewer'], scopes: inScope, separation: [ownWork('investigation.submit')], requires: ['investigation'],
    guards: investigationGuards, input: noInput,
  },
  {
    key: 'investigation.return', kind: 'return', labelKey: key('actions.investigation.return'),
    from: [at('investigation', 'pending')], to: { status: 'active' },
    roles: ['reviewer'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // 研究认定
  {
    key: 'ruling.submit', kind: 'submit', labelKey: key('actions.ruling.submit'),
    from: [at('ruling')], to: { status: 'pending' },
    roles: RULING_RECORDERS, scopes: inScope, separation: [notTheInvestigator], requires: ['investigation', 'ruling'],
    guards: rulingGuards, input: noInput,
  },
  {
    // Issues the ruling (认定意见书); the appeal period runs from here or from service.
    key: 'ruling.approve', kind: 'approve', labelKey: key('actions.ruling.approve'),
    from: [at('ruling', 'pending')], to: { step: 'feedback', status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [ownWork('ruling.submit'), notTheInvestigator],
    requires: ['investigation', 'ruling'], guards: rulingGuards, input: noInput,
  },
  {
    key: 'ruling.return', kind: 'return', labelKey: key('actions.ruling.return'),
    from: [at('ruling', 'pending')], to: { status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  {
    // The meeting found the facts insufficient: back one step, to the investigation.
    key: 'ruling.returnToInvestigation', kind: 'return', labelKey: key('actions.ruling.returnToInvestigation'),
    from: [at('ruling'), at('ruling', 'pending')], to: { step: 'investigation', status: 'active' },
    roles: ['reviewer', 'approver'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // 反馈运用
  {
    key: 'feedback.submit', kind: 'submit', labelKey: key('actions.feedback.submit'),
    from: [at('feedback')], to: { status: 'pending' },
    roles: ['officer'], scopes: inScope, separation: [], requires: ['feedback'], guards: [correctionCompleted], input: noInput,
  },
  {
    key: 'feedback.close', kind: 'close', labelKey: key('actions.feedback.close'),
    from: [at('feedback', 'pending')], to: { status: 'closed' },
    roles: ['reviewer'], scopes: inScope, separation: [ownWork('feedback.submit')], requires: ['feedback'],
    guards: [correctionCompleted], input: noInput,
  },
  {
    key: 'feedback.return', kind: 'return', labelKey: key('actions.feedback.return'),
    from: [at('feedback', 'pending')], to: { status: 'active' },
    roles: ['reviewer'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // The applicant withdraws before the ruling is put to the approver.
  {
    key: 'withdraw', kind: 'withdraw', labelKey: key('actions.withdraw'),
    from: [at('application'), at('application', 'pending'), at('investigation'), at('investigation', 'pending'), at('ruling')],
    to: { status: 'withdrawn' },
    roles: ['officer'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // 申诉复核
  {
    key: 'appeal', kind: 'reopen', labelKey: key('actions.appeal'),
    from: [at('feedback'), at('feedback', 'pending'), at('feedback', 'closed')], to: { step: 'review', status: 'active' },
    roles: ['officer'], scopes: inScope, separation: [], requires: [], guards: [appealDatePossible, appealInTime], input: appealInput,
  },
  {
    key: 'review.submit', kind: 'submit', labelKey: key('actions.review.submit'),
    from: [at('review')], to: { status: 'pending' },
    roles: ['officer'], scopes: inScope, separation: [notTheOriginalRuling], requires: ['review'], guards: [], input: noInput,
  },
  {
    key: 'review.uphold', kind: 'approve', labelKey: key('actions.review.uphold'),
    from: [at('review', 'pending')], to: { step: 'feedback', status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [ownWork('review.submit'), notTheOriginalRuling], requires: ['review'],
    guards: [reviewDecided('upheld')], input: noInput,
  },
  {
    // A changed ruling is made again at the ruling step, on the same investigation.
    key: 'review.revise', kind: 'approve', labelKey: key('actions.review.revise'),
    from: [at('review', 'pending')], to: { step: 'ruling', status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [ownWork('review.submit'), notTheOriginalRuling], requires: ['review'],
    guards: [reviewDecided('revised')], input: noInput,
  },
  {
    key: 'review.return', kind: 'return', labelKey: key('actions.review.return'),
    from: [at('review', 'pending')], to: { status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
];

/** No central deadline was found; these are the 2009 accountability rules' periods (DOMAIN.md), configurable. */
export const FAULT_TOLERANCE_PERIODS = {
  appeal: { days: 15, kind: 'calendar' },
} as const;

const officers = { roles: ['officer'] as const, scopes: inScope, separation: [] };

/**
 * No central rule sets these; local measures differ. They are the product's defaults, in working
 * days from the day the case entered the step, and an administrator changes them in 设置
 * (configureWorkflow), so that overdue cases stand out in lists.
 */
const DEFAULT_DEADLINES = {
  application: { days: 5, kind: 'working' },
  investigation: { days: 30, kind: 'working' },
  ruling: { days: 15, kind: 'working' },
  feedback: { days: 10, kind: 'working' },
} as const;

/** 容错纠错: 申请受理 → 调查核实 → 研究认定 → 反馈运用, and the appeal review. */
export const faultToleranceWorkflow: WorkflowTable<FaultToleranceStep, FaultToleranceAction> = {
  id: 'faultTolerance',
  nameKey: key('name'),
  initial: 'application',
  periods: FAULT_TOLERANCE_PERIODS,
  steps: [
    { key: 'application', titleKey: key('steps.application'), track: 'main', deadline: DEFAULT_DEADLINES.application, fields: applicationFields, recorders: officers },
    { key: 'investigation', titleKey: key('steps.investigation'), track: 'main', deadline: DEFAULT_DEADLINES.investigation, fields: investigationFields, recorders: officers },
    {
      key: 'ruling', titleKey: key('steps.ruling'), track: 'main', deadline: DEFAULT_DEADLINES.ruling, fields: rulingFields,
      recorders: { roles: RULING_RECORDERS, scopes: inScope, separation: [notTheInvestigator] },
    },
    { key: 'feedback', titleKey: key('steps.feedback'), track: 'main', deadline: DEFAULT_DEADLINES.feedback, fields: feedbackFields, recorders: officers },
    {
      key: 'review', titleKey: key('steps.review'), track: 'appeal', deadline: { days: 30, kind: 'calendar' }, fields: reviewFields,
      recorders: { ...officers, separation: [notTheOriginalRuling] },
    },
  ],
  actions,
};
