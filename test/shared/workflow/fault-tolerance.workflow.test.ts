import { describe, expect, it } from 'vitest';
import {
  faultToleranceWorkflow as table,
  availableActions,
  canRecordStep,
  checkTransition,
  evaluateAction,
  reasonText,
  stepDeadline,
  stepProgress,
  appealPeriodEnd,
  configureWorkflow,
  DEFAULT_FAULT_TOLERANCE_CATALOG,
  type Actor,
  type CaseState,
  type Reason,
} from '../../../shared/workflow';
import {
  approver,
  at,
  calendar,
  context,
  ftData,
  investigator,
  newCase,
  person,
  recorder,
  reviewOfficer,
  reviewer,
  secondApprover,
  walk,
  withData,
} from './fixtures';

const complete = (): CaseState => newCase(table, structuredClone(ftData));

const acceptedAndInvestigated: readonly Parameters<typeof walk>[2][number][] = [
  { action: 'application.submit', actor: recorder },
  { action: 'application.accept', actor: reviewer },
  { action: 'investigation.submit', actor: investigator },
  { action: 'investigation.approve', actor: reviewer },
];
const ruled = [
  ...acceptedAndInvestigated,
  { action: 'ruling.submit', actor: recorder },
  { action: 'ruling.approve', actor: approver, today: '2026-04-02' },
];

function refusal(state: CaseState, action: string, actor: Actor, input: Record<string, unknown> = {}, today?: string) {
  const r = checkTransition({ table, state, actor, context: context(today) }, action, input);
  if (r.ok) throw new Error(`${action} was allowed`);
  return r;
}
const keys = (reasons: readonly Reason[]) => reasons.map((r) => r.key);

describe('容错纠错: the four steps in order', () => {
  it('runs from application to closing with the right people at each step', () => {
    const end = walk(table, complete(), [
      ...ruled,
      { action: 'feedback.submit', actor: recorder },
      { action: 'feedback.close', actor: reviewer },
    ]);
    expect(end).toMatchObject({ step: 'feedback', status: 'closed' });
    expect(end.history.map((h) => h.action)).toEqual([
      'application.submit', 'application.accept', 'investigation.submit', 'investigation.approve',
      'ruling.submit', 'ruling.approve', 'feedback.submit', 'feedback.close',
    ]);
    expect(end.history[5]).toMatchObject({ actorId: approver.userId, on: '2026-04-02', from: { step: 'ruling', status: 'pending' }, to: { step: 'feedback', status: 'active' } });
  });

  it('lets the cadre appeal in time, and a review by new people uphold the ruling', () => {
    const end = walk(table, complete(), [
      ...ruled,
      { action: 'feedback.submit', actor: recorder },
      { action: 'feedback.close', actor: reviewer },
      { action: 'appeal', actor: reviewOfficer, input: { reason: '认为应不予问责', receivedOn: '2026-04-10' }, today: '2026-04-10' },
      { action: 'review.submit', actor: reviewOfficer },
      { action: 'review.uphold', actor: secondApprover },
    ]);
    expect(end).toMatchObject({ step: 'feedback', status: 'active' });
    expect(end.history.find((h) => h.action === 'appeal')?.input).toEqual({ reason: '认为应不予问责', receivedOn: '2026-04-10' });
  });

  it('sends a changed ruling back to the ruling step', () => {
    const s = withData(walk(table, complete(), ruled), 'review', { decision: 'revised' });
    const end = walk(table, s, [
      { action: 'appeal', actor: reviewOfficer, input: { reason: '申诉', receivedOn: '2026-04-05' }, today: '2026-04-05' },
      { action: 'review.submit', actor: reviewOfficer },
      { action: 'review.revise', actor: secondApprover },
    ]);
    expect(end).toMatchObject({ step: 'ruling', status: 'active' });
  });

  it('ends a refused application, with the reason kept for the letter to the applicant', () => {
    const end = walk(table, complete(), [
      { action: 'application.submit', actor: recorder },
      { action: 'application.refuse', actor: reviewer, input: { reason: '不属于问责启动后的申请' } },
    ]);
    expect(end).toMatchObject({ status: 'refused' });
    expect(end.history[1]!.input).toEqual({ reason: '不属于问责启动后的申请' });
    expect(availableActions({ table, state: end, actor: reviewer, context: context() })).toEqual([]);
  });

  it('returns work one step back for more, only with a reason', () => {
    const atRuling = walk(table, complete(), acceptedAndInvestigated);
    expect(keys(refusal(atRuling, 'ruling.returnToInvestigation', approver).reasons)).toEqual(['workflow.reasons.inputMissing']);
    expect(keys(refusal(atRuling, 'ruling.returnToInvestigation', approver, { reason: '  ' }).reasons)).toEqual(['workflow.reasons.inputMissing']);
    const back = walk(table, atRuling, [{ action: 'ruling.returnToInvestigation', actor: approver, input: { reason: '补充调取会议录音' } }]);
    expect(back).toMatchObject({ step: 'investigation', status: 'active' });
  });
});

describe('容错纠错: who may act', () => {
  it('refuses a step taken out of order', () => {
    const r = refusal(complete(), 'ruling.submit', recorder);
    expect(r.reasons).toEqual([
      { key: 'workflow.reasons.wrongState', kind: 'state', refs: { step: 'workflow.faultTolerance.steps.application', status: 'workflow.status.active' } },
    ]);
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('案件当前处于“申请受理”（办理中），不能办理此操作。');
    expect(reasonText('en', r.reasons[0]!)).toBe('The case is at “Application” (In progress); this action is not possible now.');
  });

  it('refuses an unknown action', () => {
    const r = refusal(complete(), 'ruling.stamp', recorder);
    expect(keys(r.reasons)).toEqual(['workflow.reasons.unknownAction']);
  });

  it('refuses a case outside the actor’s unit and the units below it', () => {
    const r = refusal(complete(), 'application.submit', person('u-far', 'officer', { caseInScope: false }));
    expect(keys(r.reasons)).toEqual(['workflow.reasons.outOfScope']);
    expect(r.error.code).toBe('FORBIDDEN');
  });

  it('does not let a reviewer accept an application they submitted themselves', () => {
    const both = person('u-both', 'officer', { roles: ['officer', 'reviewer'] });
    const s = walk(table, complete(), [{ action: 'application.submit', actor: both }]);
    const r = refusal(s, 'application.accept', both);
    expect(keys(r.reasons)).toEqual(['workflow.reasons.ownWork']);
    expect(r.error.code).toBe('FORBIDDEN');
  });

  it('does not let the investigator record or approve the ruling', () => {
    const atRuling = walk(table, complete(), acceptedAndInvestigated);
    expect(keys(refusal(atRuling, 'ruling.submit', investigator).reasons)).toEqual(['workflow.faultTolerance.separation.investigatorRules']);
    expect(canRecordStep({ table, state: atRuling, actor: investigator, context: context() }, 'ruling')).toMatchObject({ allowed: false });
    expect(canRecordStep({ table, state: atRuling, actor: recorder, context: context() }, 'ruling')).toEqual({ allowed: true, reasons: [] });
    const pending = walk(table, atRuling, [{ action: 'ruling.submit', actor: recorder }]);
    const investigatingApprover = person(investigator.userId, 'approver');
    expect(keys(refusal(pending, 'ruling.approve', investigatingApprover).reasons)).toEqual(['workflow.faultTolerance.separation.investigatorRules']);
  });

  it('keeps the people of the original ruling out of the review', () => {
    const s = walk(table, complete(), [
      ...ruled,
      { action: 'appeal', actor: reviewOfficer, input: { reason: '申诉', receivedOn: '2026-04-05' }, today: '2026-04-05' },
    ]);
    expect(keys(refusal(s, 'review.submit', recorder).reasons)).toEqual(['workflow.faultTolerance.separation.reviewByRulers']);
    const submitted = walk(table, s, [{ action: 'review.submit', actor: reviewOfficer }]);
    expect(keys(refusal(submitted, 'review.uphold', approver).reasons)).toEqual(['workflow.faultTolerance.separation.reviewByRulers']);
  });

  it('explains who is needed when the role is wrong', () => {
    const r = refusal(at(complete(), 'application', 'pending'), 'application.accept', recorder);
    expect(r.reasons).toEqual([{ key: 'workflow.reasons.role', kind: 'role', refs: { roles: ['workflow.roles.reviewer'] } }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('此操作须由以下角色之一办理：审核人。');
    const either = refusal(at(complete(), 'ruling'), 'ruling.returnToInvestigation', recorder, { reason: 'x' });
    expect(reasonText('en', either.reasons[0]!)).toBe('This action needs one of these roles: Reviewer, Approver.');
  });

  it('lets only the officer record an open step', () => {
    const s = complete();
    expect(canRecordStep({ table, state: s, actor: recorder, context: context() }, 'application').allowed).toBe(true);
    expect(canRecordStep({ table, state: s, actor: reviewer, context: context() }, 'application').reasons[0]!.key).toBe('workflow.reasons.role');
    expect(canRecordStep({ table, state: s, actor: recorder, context: context() }, 'investigation').reasons[0]!.key).toBe('workflow.reasons.stepNotOpen');
    const pending = at(s, 'application', 'pending');
    expect(canRecordStep({ table, state: pending, actor: recorder, context: context() }, 'application').reasons[0]!.key).toBe('workflow.reasons.stepNotOpen');
  });
});

describe('容错纠错: what each step must hold', () => {
  it('refuses to submit a step with a required field missing, naming the field', () => {
    const s = at(withData(complete(), 'ruling', { outcome: undefined }), 'ruling');
    const r = refusal(s, 'ruling.submit', recorder);
    expect(r.reasons).toEqual([
      { key: 'workflow.reasons.fieldMissing', kind: 'field', field: 'ruling.outcome', refs: { step: 'workflow.faultTolerance.steps.ruling', field: 'workflow.faultTolerance.fields.ruling.outcome' } },
    ]);
    expect(r.error.fields).toEqual(['ruling.outcome']);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('“研究认定”尚未填写“认定结果”。');
  });

  it('refuses text beyond its bound', () => {
    const s = at(withData(complete(), 'application', { factsClaimed: '事'.repeat(20_001) }), 'application');
    expect(refusal(s, 'application.submit', recorder).reasons).toMatchObject([{ key: 'workflow.reasons.fieldInvalid', field: 'application.factsClaimed' }]);
    const name = at(withData(complete(), 'application', { applicantName: '张'.repeat(101) }), 'application');
    expect(keys(refusal(name, 'application.submit', recorder).reasons)).toEqual(['workflow.reasons.fieldInvalid']);
  });

  it('refuses a recorded vote without its figures', () => {
    const s = at(withData(complete(), 'ruling', { meeting: { ...ftData.ruling.meeting, votes: undefined } }), 'ruling');
    expect(refusal(s, 'ruling.submit', recorder).reasons).toMatchObject([{ key: 'workflow.reasons.fieldInvalid', params: { path: 'meeting.votes' } }]);
  });

  it('refuses a situation that is not in the catalog', () => {
    const s = withData(complete(), 'application', { situationsInvoked: ['reformPilot', 'luck'] });
    expect(refusal(s, 'application.submit', recorder).reasons).toMatchObject([{ key: 'workflow.faultTolerance.guards.unknownSituation', params: { ids: 'luck' } }]);
  });

  it('refuses an investigation that has not checked every condition and exclusion', () => {
    const { repeatedMistake: _, ...four } = ftData.investigation.exclusions;
    const s = at(withData(complete(), 'investigation', { exclusions: four }), 'investigation');
    const r = refusal(s, 'investigation.submit', investigator);
    expect(r.reasons).toMatchObject([{ key: 'workflow.faultTolerance.guards.checksIncomplete', params: { count: 1 }, refs: { items: ['workflow.catalog.exclusions.repeatedMistake'] } }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('尚有 1 项容错条件或不予容错情形未逐项核查：纠错后重复出现同类错误。');
  });

  it('rules out every tolerated outcome when an exclusion holds, and allows “not tolerated”', () => {
    const hit = withData(complete(), 'investigation', {
      exclusions: { ...ftData.investigation.exclusions, privateGain: { holds: true, note: '收受施工方财物' } },
      proposedOutcome: 'notTolerated',
    });
    for (const outcome of ['exempt', 'noAccountability', 'lighter', 'reduced']) {
      const r = refusal(at(withData(hit, 'ruling', { outcome }), 'ruling'), 'ruling.submit', recorder);
      expect(r.reasons, outcome).toEqual([
        { key: 'workflow.faultTolerance.guards.exclusionHolds', kind: 'guard', refs: { exclusions: ['workflow.catalog.exclusions.privateGain'] }, field: 'ruling.outcome' },
      ]);
    }
    const r = refusal(at(withData(hit, 'ruling', { outcome: 'exempt' }), 'ruling'), 'ruling.submit', recorder);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('存在不予容错情形（为个人或他人谋取私利），只能认定为“不予容错”。');
    const notTolerated = at(withData(hit, 'ruling', { outcome: 'notTolerated', situationsApplied: [] }), 'ruling');
    expect(checkTransition({ table, state: notTolerated, actor: recorder, context: context() }, 'ruling.submit').ok).toBe(true);
  });

  it('rules out tolerance already at the investigator’s proposal', () => {
    const hit = at(withData(complete(), 'investigation', {
      exclusions: { ...ftData.investigation.exclusions, knowingViolation: { holds: true, note: '明知违规' } },
    }), 'investigation');
    expect(keys(refusal(hit, 'investigation.submit', investigator).reasons)).toEqual(['workflow.faultTolerance.guards.exclusionHolds']);
  });

  it('rules out tolerance when a condition fails or a distinction falls on the violation side', () => {
    const noCondition = at(withData(complete(), 'investigation', {
      conditions: { ...ftData.investigation.conditions, procedureFollowed: { holds: false, note: '未上会' } },
      proposedOutcome: 'notTolerated',
    }), 'ruling');
    expect(keys(refusal(noCondition, 'ruling.submit', recorder).reasons)).toEqual(['workflow.faultTolerance.guards.conditionFails']);
    const violation = at(withData(complete(), 'investigation', {
      distinctions: { ...ftData.investigation.distinctions, developmentVsGain: { finding: 'violation', reasoning: '为亲属企业谋利' } },
      proposedOutcome: 'notTolerated',
    }), 'ruling');
    const r = refusal(violation, 'ruling.submit', recorder);
    expect(keys(r.reasons)).toEqual(['workflow.faultTolerance.guards.distinctionViolation']);
    expect(reasonText('en', r.reasons[0]!)).toContain('“unintended error versus private gain”');
  });

  it('requires a tolerance ruling to name its situations, and an open-ended one to be described', () => {
    const none = at(withData(complete(), 'ruling', { situationsApplied: [] }), 'ruling');
    expect(keys(refusal(none, 'ruling.submit', recorder).reasons)).toEqual(['workflow.faultTolerance.guards.noSituation']);
    const other = at(withData(complete(), 'ruling', { situationsApplied: ['other'] }), 'ruling');
    expect(keys(refusal(other, 'ruling.submit', recorder).reasons)).toEqual(['workflow.faultTolerance.guards.situationUnexplained']);
    const described = withData(other, 'ruling', { situationExplained: '在疫情防控物资调拨中临时变通' });
    expect(checkTransition({ table, state: described, actor: recorder, context: context() }, 'ruling.submit').ok).toBe(true);
  });

  it('requires the ruling to apply the catalog version in force', () => {
    const v2 = { ...DEFAULT_FAULT_TOLERANCE_CATALOG, version: 2 };
    const s = at(withData(complete(), 'investigation', { catalogVersion: 2 }), 'ruling');
    const r = checkTransition({ table, state: s, actor: recorder, context: { ...context(), catalog: v2 } }, 'ruling.submit');
    expect(r.ok ? [] : r.reasons).toMatchObject([{ key: 'workflow.faultTolerance.guards.catalogVersion', params: { recorded: 1, current: 2 } }]);
  });

  it('does not close a case before the correction is checked as done', () => {
    const s = at(withData(complete(), 'feedback', { correctionCheck: { checkedOn: '2026-06-01', completed: false, note: '尚在整改' } }), 'feedback');
    expect(keys(refusal(s, 'feedback.submit', recorder).reasons)).toEqual(['workflow.faultTolerance.guards.correctionPending']);
  });
});

describe('容错纠错: the appeal period', () => {
  // Ruling issued on Wednesday 16 September 2026: 15 calendar days end on 1 October, National Day, so Thursday 8 October.
  const issued = () => walk(table, complete(), [...ruled.slice(0, -1), { action: 'ruling.approve', actor: approver, today: '2026-09-16' }]);

  it('ends 15 calendar days after the ruling, moved past National Day', () => {
    expect(appealPeriodEnd(table, issued(), calendar)).toEqual({ date: '2026-10-08', estimate: false });
  });

  it('runs from the day the result was served, once recorded', () => {
    const served = withData(issued(), 'feedback', { resultToApplicant: { sentOn: '2026-09-18' } });
    // 18 Sep + 15 = 3 Oct, a holiday: 8 Oct.
    expect(appealPeriodEnd(table, served, calendar)?.date).toBe('2026-10-08');
    const later = withData(issued(), 'feedback', { resultToApplicant: { sentOn: '2026-10-09' } });
    expect(appealPeriodEnd(table, later, calendar)?.date).toBe('2026-10-26');
  });

  it('accepts an appeal received on the last day and refuses one received the day after', () => {
    walk(table, issued(), [{ action: 'appeal', actor: reviewOfficer, input: { reason: '申诉', receivedOn: '2026-10-08' }, today: '2026-10-09' }]);
    const r = refusal(issued(), 'appeal', reviewOfficer, { reason: '申诉', receivedOn: '2026-10-09' }, '2026-10-09');
    expect(r.reasons).toMatchObject([{ key: 'workflow.faultTolerance.guards.appealLate', params: { end: '2026-10-08', received: '2026-10-09' } }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('申诉期已于 2026-10-08 届满，2026-10-09 收到的申诉已超过申诉期。');
  });

  it('refuses an appeal dated before the ruling or in the future', () => {
    expect(keys(refusal(issued(), 'appeal', reviewOfficer, { reason: '申诉', receivedOn: '2026-09-15' }, '2026-09-20').reasons)).toEqual([
      'workflow.faultTolerance.guards.appealDateImpossible',
    ]);
    expect(keys(refusal(issued(), 'appeal', reviewOfficer, { reason: '申诉', receivedOn: '2026-09-21' }, '2026-09-20').reasons)).toEqual([
      'workflow.faultTolerance.guards.appealDateImpossible',
    ]);
  });

  it('shows the appeal button disabled once the period is over', () => {
    const a = evaluateAction({ table, state: issued(), actor: reviewOfficer, context: context('2026-10-12') }, 'appeal');
    expect(a).toMatchObject({ allowed: false, reasons: [{ key: 'workflow.faultTolerance.guards.appealLate' }] });
  });

  it('follows an administrator’s appeal period', () => {
    const longer = configureWorkflow(table, { periods: { appeal: { days: 30, kind: 'calendar' } } });
    expect(appealPeriodEnd(longer, issued(), calendar)?.date).toBe('2026-10-16');
    expect(table.periods.appeal).toEqual({ days: 15, kind: 'calendar' });
  });

  it('gives the review 30 calendar days from the appeal', () => {
    const s = walk(table, issued(), [{ action: 'appeal', actor: reviewOfficer, input: { reason: '申诉', receivedOn: '2026-09-28' }, today: '2026-09-28' }]);
    expect(stepDeadline(table, s, calendar)).toEqual({ step: 'review', start: '2026-09-28', due: { date: '2026-10-28', estimate: false }, met: false });
  });
});

describe('容错纠错: what the screen is given', () => {
  it('lists the buttons of the current position with the reasons a button is disabled', () => {
    const s = at(withData(complete(), 'application', { factsClaimed: undefined }), 'application', 'pending');
    const list = availableActions({ table, state: s, actor: reviewer, context: context() });
    expect(list.map((a) => [a.action.key, a.allowed])).toEqual([
      ['application.accept', false],
      ['application.refuse', true],
      ['application.return', true],
      ['withdraw', false],
    ]);
    expect(list[0]!.reasons.map((r) => r.field)).toEqual(['application.factsClaimed']);
  });

  it('draws the four main steps, the appeal step kept apart', () => {
    const s = walk(table, complete(), acceptedAndInvestigated);
    expect(stepProgress(table, s).map((p) => [p.step.key, p.progress])).toEqual([
      ['application', 'done'], ['investigation', 'done'], ['ruling', 'current'], ['feedback', 'waiting'],
    ]);
    const refused = { ...at(complete(), 'application', 'refused') };
    expect(stepProgress(table, refused)[0]!.progress).toBe('stopped');
  });
});
