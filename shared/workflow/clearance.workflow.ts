import { compareDates } from '../calendar';
import { readField } from './engine';
import { noInput, reasonInput } from './field-schemas';
import {
  assessmentFields,
  approvalFields,
  implementationFields,
  initiationFields,
  referralLink,
  reportSnapshot,
  type ClearanceMethod,
} from './clearance.fields';
import type { ActionDef, CaseState, Guard, Position, SeparationRule, WorkflowKey, WorkflowTable } from './types';

export type ClearanceStep = 'initiation' | 'assessment' | 'approval' | 'implementation';
export type ClearanceAction =
  | 'initiation.submit'
  | 'initiation.accept'
  | 'initiation.refuse'
  | 'initiation.return'
  | 'assessment.submit'
  | 'assessment.approve'
  | 'assessment.refuse'
  | 'assessment.return'
  | 'approval.submit'
  | 'approval.approve'
  | 'approval.reject'
  | 'approval.return'
  | 'approval.returnToAssessment'
  | 'implementation.submit'
  | 'implementation.close'
  | 'implementation.return'
  | 'withdraw';

type Action = ActionDef<ClearanceStep, ClearanceAction>;
type Separation = SeparationRule<ClearanceAction>;

const at = (step: ClearanceStep, status: Position['status'] = 'active'): Position<ClearanceStep> => ({ step, status });
const key = (k: string) => `workflow.clearance.${k}` as WorkflowKey;
const methodRef = (m: ClearanceMethod) => key(`methods.${m}`);

// ——— Guards ———

const reportPoints = (state: CaseState) => readField(state, 'report', reportSnapshot, 'points');

/**
 * A clearance is opened from a report and covers its 失实 points only. Main writes `data.report`
 * when it opens the case; a case without it (or with a point that is not untrue) has nothing to clear.
 */
const reportHasUntruePoints: Guard = {
  key: 'initiation.reportHasUntruePoints',
  reasonKey: key('guards.noUntruePoint'),
  check: ({ state }) => {
    const points = reportPoints(state);
    return points && points.length > 0 && points.every((p) => p.finding === 'untrue') ? true : { field: 'report.points' };
  },
};

/** A proposal records how the cadre was consulted; an application records what the cadre asked for. */
const originRecorded: Guard = {
  key: 'initiation.originRecorded',
  reasonKey: key('guards.originDetails'),
  check: ({ state }) => {
    const origin = readField(state, 'initiation', initiationFields, 'origin');
    if (!origin) return true;
    const detail = origin === 'proposal' ? 'consultation' : 'application';
    return readField(state, 'initiation', initiationFields, detail)
      ? true
      : { refs: { origin: key(`origins.${origin}`), field: key(`fields.initiation.${detail}`) }, field: `initiation.${detail}` };
  },
};

const harmShown: Guard = {
  key: 'assessment.harmShown',
  reasonKey: key('guards.noHarm'),
  check: ({ state }) => {
    const harms = readField(state, 'assessment', assessmentFields, 'harms');
    return harms && harms.length === 0 ? { field: 'assessment.harms' } : true;
  },
};

const notOnlyVerificationEffects: Guard = {
  key: 'assessment.notOnlyVerificationEffects',
  reasonKey: key('guards.onlyVerificationEffects'),
  check: ({ state }) =>
    readField(state, 'assessment', assessmentFields, 'onlyVerificationEffects') === true ? { field: 'assessment.onlyVerificationEffects' } : true,
};

/** Clearance covers the specific untrue points only (党员权利保障条例), and only those the case was opened for. */
const onlyUntruePointsCleared: Guard = {
  key: 'assessment.onlyUntruePointsCleared',
  reasonKey: key('guards.pointNotUntrue'),
  check: ({ state }) => {
    const chosen = readField(state, 'assessment', assessmentFields, 'pointsToClear');
    if (!chosen) return true;
    const untrue = new Set((reportPoints(state) ?? []).filter((p) => p.finding === 'untrue').map((p) => p.id));
    const bad = chosen.filter((id) => !untrue.has(id));
    return bad.length ? { params: { points: bad.join(', ') }, field: 'assessment.pointsToClear' } : true;
  },
};

function writtenAccompanies(methodsOf: (state: CaseState) => readonly ClearanceMethod[] | undefined, field: string): Guard {
  return {
    key: `${field}.writtenAccompanies`,
    reasonKey: key('guards.writtenRequired'),
    check: ({ state }) => {
      const methods = methodsOf(state);
      if (!methods) return true;
      const others = methods.filter((m) => m !== 'written');
      return others.length && !methods.includes('written') ? { refs: { methods: [...new Set(others)].map(methodRef) }, field } : true;
    },
  };
}
const assessedMethods = (state: CaseState) => readField(state, 'assessment', assessmentFields, 'methods');
const carriedOutMethods = (state: CaseState) =>
  readField(state, 'implementation', implementationFields, 'implementations')?.map((i) => i.method);

/** A finding of 诬告陷害 goes with a referral record (main writes `data.referral` when it is opened). */
const maliciousReferred: Guard = {
  key: 'assessment.maliciousReferred',
  reasonKey: key('guards.referralMissing'),
  check: ({ state }) => {
    const nature = readField(state, 'assessment', assessmentFields, 'reportNature');
    return nature === 'malicious' && !referralLink.safeParse(state.data.referral).success ? { field: 'assessment.reportNature' } : true;
  },
};

/** A clearance meeting is on record with where it was held and who chaired it. */
const meetingDetails: Guard = {
  key: 'implementation.meetingDetails',
  reasonKey: key('guards.meetingDetails'),
  check: ({ state }) => {
    const done = readField(state, 'implementation', implementationFields, 'implementations');
    const bare = done?.findIndex((i) => i.method === 'meeting' && (!i.place || !i.chair)) ?? -1;
    return bare === -1 ? true : { params: { date: done![bare]!.carriedOutOn }, field: 'implementation.implementations' };
  },
};

const everyMethodCarriedOut: Guard = {
  key: 'implementation.everyMethodCarriedOut',
  reasonKey: key('guards.methodNotCarriedOut'),
  check: ({ state }) => {
    const approved = assessedMethods(state);
    const done = carriedOutMethods(state);
    if (!approved || !done) return true;
    const missing = approved.filter((m) => !done.includes(m));
    return missing.length ? { refs: { methods: missing.map(methodRef) }, field: 'implementation.implementations' } : true;
  },
};

const onlyApprovedMethods: Guard = {
  key: 'implementation.onlyApprovedMethods',
  reasonKey: key('guards.methodNotApproved'),
  check: ({ state }) => {
    const approved = assessedMethods(state);
    const done = carriedOutMethods(state);
    if (!approved || !done) return true;
    const extra = [...new Set(done.filter((m) => !approved.includes(m)))];
    return extra.length ? { refs: { methods: extra.map(methodRef) }, field: 'implementation.implementations' } : true;
  },
};

const noticeFirst: Guard = {
  key: 'implementation.noticeFirst',
  reasonKey: key('guards.noticeAfterClearance'),
  check: ({ state }) => {
    const notice = readField(state, 'implementation', implementationFields, 'intendedNotice');
    const done = readField(state, 'implementation', implementationFields, 'implementations');
    if (!notice || !done) return true;
    const early = done.filter((i) => compareDates(i.carriedOutOn, notice.sentOn) < 0);
    return early.length ? { params: { sentOn: notice.sentOn, date: early[0]!.carriedOutOn }, field: 'implementation.intendedNotice' } : true;
  },
};

const visitRecorded: Guard = {
  key: 'implementation.visitRecorded',
  reasonKey: key('guards.noVisit'),
  check: ({ state }) => {
    const visits = readField(state, 'implementation', implementationFields, 'visits');
    return visits && visits.length === 0 ? { field: 'implementation.visits' } : true;
  },
};

// ——— People ———

const ownWork = (...actions: ClearanceAction[]): Separation => ({ notActorOf: actions, reasonKey: 'workflow.reasons.ownWork' });
const notWhoAssessed: Separation = { notActorOf: ['assessment.submit'], reasonKey: key('separation.approverAssessed') };

/** 谁核实谁澄清: steps 1, 2 and 4 belong to the department that verified the report. */
const verifyingDepartment = ['caseInScope', 'verifyingDepartment'] as const;
const inScope = ['caseInScope'] as const;

const initiationGuards = [reportHasUntruePoints, originRecorded];
const assessmentGuards = [
  harmShown,
  notOnlyVerificationEffects,
  onlyUntruePointsCleared,
  writtenAccompanies(assessedMethods, 'assessment.methods'),
  maliciousReferred,
];
const implementationGuards = [
  everyMethodCarriedOut,
  onlyApprovedMethods,
  writtenAccompanies(carriedOutMethods, 'implementation.implementations'),
  meetingDetails,
  noticeFirst,
  visitRecorded,
];

const actions: Action[] = [
  // 启动
  {
    key: 'initiation.submit', kind: 'submit', labelKey: key('actions.initiation.submit'),
    from: [at('initiation')], to: { status: 'pending' },
    roles: ['officer'], scopes: verifyingDepartment, separation: [], requires: ['initiation'], guards: initiationGuards, input: noInput,
  },
  {
    key: 'initiation.accept', kind: 'approve', labelKey: key('actions.initiation.accept'),
    from: [at('initiation', 'pending')], to: { step: 'assessment', status: 'active' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [ownWork('initiation.submit')], requires: ['initiation'],
    guards: initiationGuards, input: noInput,
  },
  {
    // A refused application is answered with the reason.
    key: 'initiation.refuse', kind: 'reject', labelKey: key('actions.initiation.refuse'),
    from: [at('initiation', 'pending')], to: { status: 'refused' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [ownWork('initiation.submit')], requires: [], guards: [], input: reasonInput,
  },
  {
    key: 'initiation.return', kind: 'return', labelKey: key('actions.initiation.return'),
    from: [at('initiation', 'pending')], to: { status: 'active' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // 核实评估
  {
    key: 'assessment.submit', kind: 'submit', labelKey: key('actions.assessment.submit'),
    from: [at('assessment')], to: { status: 'pending' },
    roles: ['officer'], scopes: verifyingDepartment, separation: [], requires: ['initiation', 'assessment'], guards: assessmentGuards, input: noInput,
  },
  {
    key: 'assessment.approve', kind: 'approve', labelKey: key('actions.assessment.approve'),
    from: [at('assessment', 'pending')], to: { step: 'approval', status: 'active' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [ownWork('assessment.submit')], requires: ['initiation', 'assessment'],
    guards: assessmentGuards, input: noInput,
  },
  {
    // Not eligible: unproven, no bad effect, or only the verification's own interviews.
    key: 'assessment.refuse', kind: 'reject', labelKey: key('actions.assessment.refuse'),
    from: [at('assessment', 'pending')], to: { status: 'refused' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [ownWork('assessment.submit')], requires: [], guards: [], input: reasonInput,
  },
  {
    key: 'assessment.return', kind: 'return', labelKey: key('actions.assessment.return'),
    from: [at('assessment', 'pending')], to: { status: 'active' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // 审批
  {
    key: 'approval.submit', kind: 'submit', labelKey: key('actions.approval.submit'),
    from: [at('approval')], to: { status: 'pending' },
    roles: ['officer'], scopes: inScope, separation: [], requires: ['approval'], guards: [], input: noInput,
  },
  {
    // Signs the approval form; the 5 working days for implementation run from here.
    key: 'approval.approve', kind: 'approve', labelKey: key('actions.approval.approve'),
    from: [at('approval', 'pending')], to: { step: 'implementation', status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [ownWork('approval.submit'), notWhoAssessed],
    requires: ['initiation', 'assessment', 'approval'], guards: assessmentGuards, input: noInput,
  },
  {
    key: 'approval.reject', kind: 'reject', labelKey: key('actions.approval.reject'),
    from: [at('approval', 'pending')], to: { status: 'refused' },
    roles: ['approver'], scopes: inScope, separation: [ownWork('approval.submit')], requires: [], guards: [], input: reasonInput,
  },
  {
    key: 'approval.return', kind: 'return', labelKey: key('actions.approval.return'),
    from: [at('approval', 'pending')], to: { status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  {
    key: 'approval.returnToAssessment', kind: 'return', labelKey: key('actions.approval.returnToAssessment'),
    from: [at('approval', 'pending')], to: { step: 'assessment', status: 'active' },
    roles: ['approver'], scopes: inScope, separation: [], requires: [], guards: [], input: reasonInput,
  },
  // 实施回访
  {
    key: 'implementation.submit', kind: 'submit', labelKey: key('actions.implementation.submit'),
    from: [at('implementation')], to: { status: 'pending' },
    roles: ['officer'], scopes: verifyingDepartment, separation: [], requires: ['implementation'], guards: implementationGuards, input: noInput,
  },
  {
    key: 'implementation.close', kind: 'close', labelKey: key('actions.implementation.close'),
    from: [at('implementation', 'pending')], to: { status: 'closed' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [ownWork('implementation.submit')], requires: ['implementation'],
    guards: implementationGuards, input: noInput,
  },
  {
    key: 'implementation.return', kind: 'return', labelKey: key('actions.implementation.return'),
    from: [at('implementation', 'pending')], to: { status: 'active' },
    roles: ['reviewer'], scopes: verifyingDepartment, separation: [], requires: [], guards: [], input: reasonInput,
  },
  {
    // The cadre withdraws an application, or the department drops its proposal, before approval.
    key: 'withdraw', kind: 'withdraw', labelKey: key('actions.withdraw'),
    from: [at('initiation'), at('initiation', 'pending'), at('assessment'), at('assessment', 'pending')], to: { status: 'withdrawn' },
    roles: ['officer'], scopes: verifyingDepartment, separation: [], requires: [], guards: [], input: reasonInput,
  },
];

const verifiers = { roles: ['officer'] as const, scopes: verifyingDepartment, separation: [] };
/** Jilin: 5 working days per ordinary step; Longyang and Jilin: implementation within 5 working days of approval. */
const FIVE_WORKING_DAYS = { days: 5, kind: 'working' } as const;

/** 澄清正名: 启动 → 核实评估 → 审批 → 实施回访. */
export const clearanceWorkflow: WorkflowTable<ClearanceStep, ClearanceAction> = {
  id: 'clearance',
  nameKey: key('name'),
  initial: 'initiation',
  periods: {},
  steps: [
    { key: 'initiation', titleKey: key('steps.initiation'), track: 'main', deadline: FIVE_WORKING_DAYS, fields: initiationFields, recorders: verifiers },
    { key: 'assessment', titleKey: key('steps.assessment'), track: 'main', deadline: FIVE_WORKING_DAYS, fields: assessmentFields, recorders: verifiers },
    {
      key: 'approval', titleKey: key('steps.approval'), track: 'main', deadline: FIVE_WORKING_DAYS, fields: approvalFields,
      recorders: { roles: ['officer'], scopes: inScope, separation: [] },
    },
    {
      key: 'implementation', titleKey: key('steps.implementation'), track: 'main', deadline: FIVE_WORKING_DAYS,
      deadlineMetBy: 'implementations', fields: implementationFields, recorders: verifiers,
    },
  ],
  actions,
};
