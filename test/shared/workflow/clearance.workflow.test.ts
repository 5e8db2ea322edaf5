import { describe, expect, it } from 'vitest';
import {
  clearanceWorkflow as table,
  availableActions,
  checkTransition,
  reasonText,
  stepDeadline,
  type Actor,
  type CaseState,
  type Reason,
} from '../../../shared/workflow';
import { approver, at, calendar, clearanceData, context, newCase, person, recorder, reviewer, walk, withData } from './fixtures';

const complete = (): CaseState => newCase(table, structuredClone(clearanceData));
const keys = (reasons: readonly Reason[]) => reasons.map((r) => r.key);

const verifier = recorder;
const assessor = person('u-officer-assessor', 'officer');
const formClerk = person('u-officer-clerk', 'officer', { inVerifyingDepartment: false });

const toApproval = [
  { action: 'initiation.submit', actor: verifier },
  { action: 'initiation.accept', actor: reviewer },
  { action: 'assessment.submit', actor: assessor },
  { action: 'assessment.approve', actor: reviewer },
];
const approved = [...toApproval, { action: 'approval.submit', actor: formClerk }, { action: 'approval.approve', actor: approver, today: '2026-09-18' }];

function refusal(state: CaseState, action: string, actor: Actor, input: Record<string, unknown> = {}) {
  const r = checkTransition({ table, state, actor, context: context() }, action, input);
  if (r.ok) throw new Error(`${action} was allowed`);
  return r;
}

describe('澄清正名: the four steps in order', () => {
  it('runs from initiation to closing, the approval form prepared outside the verifying department', () => {
    const end = walk(table, complete(), [
      ...approved,
      { action: 'implementation.submit', actor: verifier },
      { action: 'implementation.close', actor: reviewer },
    ]);
    expect(end).toMatchObject({ step: 'implementation', status: 'closed' });
  });

  it('gives implementation 5 working days from approval, Sunday 20 September 2026 being worked', () => {
    const s = walk(table, complete(), approved);
    expect(stepDeadline(table, { ...s, data: { ...s.data, implementation: undefined } }, calendar)).toEqual({
      step: 'implementation',
      start: '2026-09-18',
      due: { date: '2026-09-24', estimate: false },
      met: false,
    });
    // The step goes on for follow-up visits; the deadline is met once the clearance is recorded.
    expect(stepDeadline(table, s, calendar)?.met).toBe(true);
  });

  it('answers a refused case with the reason', () => {
    const end = walk(table, complete(), [
      { action: 'initiation.submit', actor: verifier },
      { action: 'initiation.refuse', actor: reviewer, input: { reason: '被举报人不同意澄清' } },
    ]);
    expect(end).toMatchObject({ status: 'refused', history: [{}, { input: { reason: '被举报人不同意澄清' } }] });
  });

  it('lets the approver send the case back one step for reassessment', () => {
    const s = walk(table, complete(), [...toApproval, { action: 'approval.submit', actor: formClerk }]);
    expect(keys(refusal(s, 'approval.returnToAssessment', approver).reasons)).toEqual(['workflow.reasons.inputMissing']);
    expect(walk(table, s, [{ action: 'approval.returnToAssessment', actor: approver, input: { reason: '澄清范围过大' } }])).toMatchObject({
      step: 'assessment',
      status: 'active',
    });
  });

  it('lets the cadre withdraw before approval, but not after', () => {
    expect(walk(table, complete(), [{ action: 'withdraw', actor: verifier, input: { reason: '本人撤回申请' } }]).status).toBe('withdrawn');
    const s = walk(table, complete(), approved);
    expect(keys(refusal(s, 'withdraw', verifier, { reason: 'x' }).reasons)).toEqual(['workflow.reasons.wrongState']);
  });
});

describe('澄清正名: 谁核实谁澄清', () => {
  const outsider = person('u-other-dept', 'officer', { inVerifyingDepartment: false });
  const outsideReviewer = person('u-other-rev', 'reviewer', { inVerifyingDepartment: false });

  it('keeps initiation, assessment and implementation with the verifying department', () => {
    expect(keys(refusal(complete(), 'initiation.submit', outsider).reasons)).toEqual(['workflow.reasons.notVerifyingDepartment']);
    const pending = at(complete(), 'initiation', 'pending');
    expect(keys(refusal(pending, 'initiation.accept', outsideReviewer).reasons)).toEqual(['workflow.reasons.notVerifyingDepartment']);
    expect(keys(refusal(at(complete(), 'assessment'), 'assessment.submit', outsider).reasons)).toEqual(['workflow.reasons.notVerifyingDepartment']);
    const r = refusal(at(complete(), 'implementation'), 'implementation.submit', outsider);
    expect(keys(r.reasons)).toEqual(['workflow.reasons.notVerifyingDepartment']);
    expect(r.error.code).toBe('FORBIDDEN');
  });

  it('lets anyone in scope prepare the approval form', () => {
    expect(checkTransition({ table, state: at(complete(), 'approval'), actor: outsider, context: context() }, 'approval.submit').ok).toBe(true);
  });

  it('refuses a case outside the actor’s unit tree', () => {
    const far = person('u-far', 'approver', { caseInScope: false, inVerifyingDepartment: false });
    expect(keys(refusal(at(complete(), 'approval', 'pending'), 'approval.approve', far).reasons)).toEqual(['workflow.reasons.outOfScope']);
  });

  it('does not let whoever did the assessment approve the clearance', () => {
    const s = walk(table, complete(), [...toApproval, { action: 'approval.submit', actor: formClerk }]);
    const assessingApprover = person(assessor.userId, 'approver');
    expect(keys(refusal(s, 'approval.approve', assessingApprover).reasons)).toEqual(['workflow.clearance.separation.approverAssessed']);
  });

  it('does not let a reviewer close the implementation they recorded', () => {
    const both = person('u-both', 'officer', { roles: ['officer', 'reviewer'] });
    const s = walk(table, at(complete(), 'implementation'), [{ action: 'implementation.submit', actor: both }]);
    expect(keys(refusal(s, 'implementation.close', both).reasons)).toEqual(['workflow.reasons.ownWork']);
  });
});

describe('澄清正名: what may be cleared, and how', () => {
  it('has nothing to clear when the case carries no untrue point of a report', () => {
    const unproven = { ...clearanceData.report, points: [{ id: '3', pointId: 13, summary: '工作作风简单', finding: 'unproven' }] };
    const s = { ...complete(), data: { ...complete().data, report: unproven } };
    expect(keys(refusal(s, 'initiation.submit', verifier).reasons)).toEqual(['workflow.clearance.guards.noUntruePoint']);
    const { report: _report, ...withoutReport } = complete().data;
    expect(keys(refusal({ ...complete(), data: withoutReport }, 'initiation.submit', verifier).reasons)).toEqual([
      'workflow.clearance.guards.noUntruePoint',
    ]);
  });

  it('asks for the consultation of the cadre on a proposal, and for the application when the cadre applied', () => {
    const noConsultation = withData(complete(), 'initiation', { consultation: undefined });
    const r = refusal(noConsultation, 'initiation.submit', verifier);
    expect(r.reasons).toMatchObject([{ key: 'workflow.clearance.guards.originDetails', field: 'initiation.consultation' }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('承办部门提出的，须填写“征求被举报人意见情况”。');
    const applied = withData(complete(), 'initiation', { origin: 'application' });
    expect(refusal(applied, 'initiation.submit', verifier).reasons).toMatchObject([{ field: 'initiation.application' }]);
    const withApplication = withData(applied, 'initiation', {
      application: { receivedOn: '2026-03-03', untrueContent: '收受礼金一事', clearanceWanted: '在单位会议上澄清' },
    });
    expect(checkTransition({ table, state: withApplication, actor: verifier, context: context() }, 'initiation.submit').ok).toBe(true);
  });

  it('clears only points concluded 失实', () => {
    const s = at(withData(complete(), 'assessment', { pointsToClear: ['1', '3'] }), 'assessment');
    const r = refusal(s, 'assessment.submit', assessor);
    expect(r.reasons).toEqual([{ key: 'workflow.clearance.guards.pointNotUntrue', kind: 'guard', params: { points: '3' }, field: 'assessment.pointsToClear' }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('只能澄清经核实认定失实的问题，3 不是失实问题。');
    const unknown = at(withData(complete(), 'assessment', { pointsToClear: ['9'] }), 'assessment');
    expect(keys(refusal(unknown, 'assessment.submit', assessor).reasons)).toEqual(['workflow.clearance.guards.pointNotUntrue']);
  });

  it('refuses a meeting, face-to-face or notice clearance without a written one', () => {
    const s = at(withData(complete(), 'assessment', { methods: ['meeting', 'notice'] }), 'assessment');
    const r = refusal(s, 'assessment.submit', assessor);
    expect(r.reasons).toMatchObject([{ key: 'workflow.clearance.guards.writtenRequired', refs: { methods: ['workflow.clearance.methods.meeting', 'workflow.clearance.methods.notice'] } }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('采取会议澄清、通报澄清的，须同时书面澄清。');
    const writtenOnly = at(withData(complete(), 'assessment', { methods: ['written'] }), 'assessment');
    expect(checkTransition({ table, state: writtenOnly, actor: assessor, context: context() }, 'assessment.submit').ok).toBe(true);
  });

  it('checks it again at implementation: a meeting held without the written clearance', () => {
    const s = at(
      withData(complete(), 'implementation', { implementations: [clearanceData.implementation.implementations[1]] }),
      'implementation',
    );
    expect(keys(refusal(s, 'implementation.submit', verifier).reasons)).toEqual([
      'workflow.clearance.guards.methodNotCarriedOut',
      'workflow.clearance.guards.writtenRequired',
    ]);
  });

  it('is not eligible without harm, or with only the verification’s own interviews', () => {
    const none = at(withData(complete(), 'assessment', { harms: [] }), 'assessment');
    expect(keys(refusal(none, 'assessment.submit', assessor).reasons)).toEqual(['workflow.clearance.guards.noHarm']);
    const interviews = at(withData(complete(), 'assessment', { onlyVerificationEffects: true }), 'assessment');
    expect(keys(refusal(interviews, 'assessment.submit', assessor).reasons)).toEqual(['workflow.clearance.guards.onlyVerificationEffects']);
  });

  it('does not go on with a malicious false accusation until its referral record is opened', () => {
    const malicious = at(withData(complete(), 'assessment', { reportNature: 'malicious' }), 'assessment');
    const r = refusal(malicious, 'assessment.submit', assessor);
    expect(r.reasons).toMatchObject([{ key: 'workflow.clearance.guards.referralMissing', field: 'assessment.reportNature' }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('认定为诬告陷害的，须先建立诬告陷害移送记录。');
    const linked = { ...malicious, data: { ...malicious.data, referral: { referralId: 2, number: '某纪移〔2026〕2号' } } };
    expect(checkTransition({ table, state: linked, actor: assessor, context: context() }, 'assessment.submit').ok).toBe(true);
  });

  it('records a clearance meeting with its place and chair', () => {
    const [written, meeting] = clearanceData.implementation.implementations;
    const bare = at(withData(complete(), 'implementation', { implementations: [written, { ...meeting, chair: undefined }] }), 'implementation');
    const r = refusal(bare, 'implementation.submit', verifier);
    expect(r.reasons).toMatchObject([{ key: 'workflow.clearance.guards.meetingDetails', params: { date: '2026-03-23' } }]);
    expect(reasonText('zh-CN', r.reasons[0]!)).toBe('2026-03-23 召开的澄清会议须写明地点和主持人。');
  });

  it('does not close without a follow-up visit, or with a clearance before the notice of intended clearance', () => {
    const noVisit = at(withData(complete(), 'implementation', { visits: [] }), 'implementation');
    expect(keys(refusal(noVisit, 'implementation.submit', verifier).reasons)).toEqual(['workflow.clearance.guards.noVisit']);
    const early = at(withData(complete(), 'implementation', { intendedNotice: { sentOn: '2026-03-21', acknowledgedOn: '2026-03-21' } }), 'implementation');
    expect(refusal(early, 'implementation.submit', verifier).reasons).toMatchObject([
      { key: 'workflow.clearance.guards.noticeAfterClearance', params: { sentOn: '2026-03-21', date: '2026-03-20' } },
    ]);
  });

  it('refuses a method that was not approved', () => {
    const extra = [...clearanceData.implementation.implementations, { method: 'notice', carriedOutOn: '2026-03-24', participants: '全县通报' }];
    const s = at(withData(complete(), 'implementation', { implementations: extra }), 'implementation');
    expect(keys(refusal(s, 'implementation.submit', verifier).reasons)).toEqual(['workflow.clearance.guards.methodNotApproved']);
  });

  it('shows every reason at once on the screen', () => {
    const s = at(withData(complete(), 'assessment', { harms: [], methods: ['inPerson'], pointsToClear: ['3'] }), 'assessment', 'pending');
    const [approve] = availableActions({ table, state: s, actor: reviewer, context: context() });
    expect(approve!.action.key).toBe('assessment.approve');
    expect(keys(approve!.reasons)).toEqual([
      'workflow.clearance.guards.noHarm',
      'workflow.clearance.guards.pointNotUntrue',
      'workflow.clearance.guards.writtenRequired',
    ]);
  });
});
