import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { diskFingerprint, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import {
  act,
  assessment,
  concludedReport,
  implementation,
  makeClearanceTeam,
  member,
  openUntrue,
  proposal,
  threePointReport,
  throughApproval,
  toAssessment,
} from '../../support/clearance-data';

let t: TestCore;
let team: Awaited<ReturnType<typeof makeClearanceTeam>>;
beforeEach(async () => {
  t = makeCore();
  await setUp(t);
  team = await makeClearanceTeam(t);
});
afterEach(() => t.dispose());

/** The sentence the screen shows for a refused action: its first reason, in Chinese. */
const reasonOf = (err: { params?: Record<string, string | number> }) => translate('zh-CN', String(err.params?.reason), err.params ?? {});

describe('澄清正名: only points concluded 失实 can be cleared', () => {
  it('refuses a point found unproven but not ruled out, and a point found true, saying which and why', async () => {
    const { report, untrue, truth, unproven } = await concludedReport(t, team);
    const before = diskFingerprint(t.dir);
    const open = (pointIds: number[], cadreId = team.cadre.id) => t.fail('clearance.open', { reportId: report.id, cadreId, pointIds, initiation: proposal });

    const notRuledOut = await open([untrue, unproven]);
    expect(notRuledOut).toMatchObject({ code: 'CLEARANCE_POINT_UNPROVEN', fields: ['pointIds.1'], params: { no: 3 } });
    expect(notRuledOut.message['zh-CN']).toBe('第3项问题核实结论为“查无实据但不能排除”，不属于澄清范围；只有经核实认定失实的问题才能澄清。');
    const found = await open([truth]);
    expect(found.message['zh-CN']).toBe('第2项问题经核实属实或部分属实，不能澄清；只有经核实认定失实的问题才能澄清。');
    // The first point is about 张明远 only.
    expect((await open([untrue], team.deputy.id)).code).toBe('CLEARANCE_POINT_OTHER_CADRE');
    expect(diskFingerprint(t.dir)).toBe(before);
    expect((await t.call('cases.list', { kind: 'clearance' })).total).toBe(0);
  });

  it('refuses to open a clearance before the verification is concluded', async () => {
    const r = await t.call('reports.create', threePointReport(team.cadre.id, team.deputy.id, team.county.id));
    const err = await t.fail('clearance.open', { reportId: r.id, cadreId: team.cadre.id, pointIds: [r.points[0]!.id] });
    expect(err.code).toBe('REPORT_NOT_CONCLUDED');
    expect(err.message['zh-CN']).toBe(`检举控告${r.number}尚未核实办结，不能启动澄清。`);
  });

  it('reads the untrue point from the report into the case, where no save can retype it, and clears it only once', async () => {
    const { report, untrue } = await concludedReport(t, team);
    const c = await openUntrue(t, team, report.id, untrue);
    expect(c.summary).toMatchObject({ number: '绵纪澄〔2026〕1号', step: 'initiation', status: 'active', cadreName: '张明远' });
    expect(c.actor).toEqual({ caseInScope: true, inVerifyingDepartment: true });
    expect(c.state.data.report).toEqual({
      reportId: report.id,
      number: report.number,
      receivedVia: 'letter',
      receivedOn: '2026-09-10',
      allegations: report.allegations,
      verifyingUnitId: team.county.id,
      verifyingUnit: '青山县纪委监委',
      concludedOn: '2026-11-02',
      conclusion: report.verification!.conclusion,
      points: [{ id: '1', pointId: untrue, summary: '违规插手农贸市场改造工程招标', finding: 'untrue', note: report.points[0]!.note }],
    });
    const id = c.summary.id;
    expect((await t.fail('cases.saveStep', { id, step: 'report', data: { points: [] } })).code).toBe('INVALID_INPUT');
    const retyped = await t.fail('cases.saveStep', { id, step: 'initiation', data: { points: [{ id: '3', summary: '改写', finding: 'untrue' }] } });
    expect(retyped).toMatchObject({ code: 'INVALID_INPUT', fields: ['initiation'] });

    const twice = await t.fail('clearance.open', { reportId: report.id, cadreId: team.cadre.id, pointIds: [untrue] });
    expect(twice.code).toBe('CLEARANCE_POINT_TAKEN');
    expect(twice.message['zh-CN']).toBe('第1项问题已在澄清案件绵纪澄〔2026〕1号中办理，同一问题不能重复澄清。');
    const seen = await t.call('reports.get', { id: report.id });
    expect(seen.points.map((p) => p.clearable)).toEqual([false, false, false]);
    expect(seen.points[0]!.clearances).toEqual([{ caseId: id, number: '绵纪澄〔2026〕1号', cadreId: team.cadre.id, status: 'active' }]);
  });

  it('opens a clearance only from a report, never by typing the report in', async () => {
    const err = await t.fail('cases.create', { kind: 'clearance', cadreId: team.cadre.id, data: proposal });
    expect(err.code).toBe('CLEARANCE_FROM_REPORT');
    expect(err.message['zh-CN']).toMatch(/须从检举控告中启动/);
  });

  it('asks how the cadre was consulted before a proposal goes for review', async () => {
    const { report, untrue } = await concludedReport(t, team);
    const c = await t.call('clearance.open', { reportId: report.id, cadreId: team.cadre.id, pointIds: [untrue], initiation: { origin: 'proposal' } });
    const err = await t.fail('cases.act', { id: c.summary.id, action: 'initiation.submit', input: {} });
    expect(err.fields).toEqual(['initiation.consultation']);
    expect(err.params?.reason).toBe('workflow.clearance.guards.originDetails');
  });
});

describe('澄清正名: eligibility at assessment', () => {
  it('refuses a case that caused no bad effect, or only the verification’s own interviews, with the reason', async () => {
    const { report, untrue } = await concludedReport(t, team);
    const { summary } = await openUntrue(t, team, report.id, untrue);
    await toAssessment(t, summary.id, assessment({ harms: [] }));
    const none = await t.fail('cases.act', { id: summary.id, action: 'assessment.submit', input: {} });
    expect(none).toMatchObject({ code: 'INVALID_INPUT', fields: ['assessment.harms'] });
    expect(reasonOf(none)).toBe('未造成不良影响的不予澄清，请至少选择一项受到的影响。');

    await t.call('cases.saveStep', { id: summary.id, step: 'assessment', data: { harms: ['career'], onlyVerificationEffects: true } });
    const interviews = await t.fail('cases.act', { id: summary.id, action: 'assessment.submit', input: {} });
    expect(reasonOf(interviews)).toBe('仅因核实过程中谈话函询造成影响的，不予澄清。');

    // The reviewer answers an ineligible case with the reason, and the case ends "not eligible".
    await t.call('cases.saveStep', { id: summary.id, step: 'assessment', data: { onlyVerificationEffects: false } });
    await act(t, summary.id, 'assessment.submit');
    await member(t, 'reviewer');
    const refused = await act(t, summary.id, 'assessment.refuse', { reason: '影响仅限于核实期间的谈话，不符合澄清条件' });
    expect(refused.summary).toMatchObject({ status: 'refused', outcome: 'notEligible' });
  });

  it('clears only the points the case was opened for', async () => {
    const { report, untrue } = await concludedReport(t, team);
    const { summary } = await openUntrue(t, team, report.id, untrue);
    await toAssessment(t, summary.id, assessment({ pointsToClear: ['1', '3'] }));
    const err = await t.fail('cases.act', { id: summary.id, action: 'assessment.submit', input: {} });
    expect(reasonOf(err)).toBe('只能澄清经核实认定失实的问题，3 不是失实问题。');
  });
});

describe('澄清正名: methods and the implementation deadline', () => {
  it('refuses a clearance meeting without the written clearance, at assessment and again when carried out', async () => {
    const { report, untrue } = await concludedReport(t, team);
    const { summary } = await openUntrue(t, team, report.id, untrue);
    await toAssessment(t, summary.id, assessment({ methods: ['meeting'] }));
    const planned = await t.fail('cases.act', { id: summary.id, action: 'assessment.submit', input: {} });
    expect(planned).toMatchObject({ fields: ['assessment.methods'], params: { reason: 'workflow.clearance.guards.writtenRequired' } });

    await t.call('cases.saveStep', { id: summary.id, step: 'assessment', data: { methods: ['written', 'meeting'] } });
    await throughApproval(t, summary.id);
    await member(t, 'officer');
    const done = implementation('2026-11-27');
    await t.call('cases.saveStep', { id: summary.id, step: 'implementation', data: { ...done, implementations: [done.implementations[1]] } });
    const held = await t.fail('cases.act', { id: summary.id, action: 'implementation.submit', input: {} });
    expect(held.params?.reason).toBe('workflow.clearance.guards.methodNotCarriedOut');
    expect(held.params?.count).toBe(2);
  });

  it('counts 5 working days from approval across the National Day holiday and its make-up Saturday', async () => {
    t.clock.now = Date.parse('2026-09-30T10:00:00+08:00');
    const { report, untrue } = await concludedReport(t, team, { receivedOn: '2026-08-03', concludedOn: '2026-09-01' });
    const { summary } = await openUntrue(t, team, report.id, untrue);
    await toAssessment(t, summary.id);
    const approved = await throughApproval(t, summary.id);
    // 9月30日 approved: 10月8日, 9日, 10日 (a make-up working Saturday), 12日, 13日.
    expect(approved.summary).toMatchObject({ step: 'implementation', status: 'active', dueOn: '2026-10-13', dueEstimate: false, deadline: 'ok' });

    t.clock.now = Date.parse('2026-10-14T10:00:00+08:00');
    await member(t, 'officer');
    const late = await t.call('cases.list', { kind: 'clearance', deadline: 'overdue' });
    expect(late.rows.map((r) => [r.id, r.deadline])).toEqual([[summary.id, 'overdue']]);
    const done = await t.call('cases.saveStep', { id: summary.id, step: 'implementation', data: implementation('2026-10-14') });
    // Carried out: the deadline is met, though the step goes on for follow-up visits.
    expect(done.summary.dueOn).toBeNull();
  });
});

describe('澄清正名: 谁核实谁澄清 and the roles', () => {
  it('keeps initiation, assessment and implementation with the verifying department', async () => {
    const { report, untrue } = await concludedReport(t, team);
    await member(t, 'cityOfficer');
    const opening = await t.fail('clearance.open', { reportId: report.id, cadreId: team.cadre.id, pointIds: [untrue], initiation: proposal });
    expect(opening).toMatchObject({ code: 'FORBIDDEN', params: { reason: 'workflow.reasons.notVerifyingDepartment' } });

    const { summary } = await openUntrue(t, team, report.id, untrue);
    await toAssessment(t, summary.id);
    await member(t, 'cityOfficer');
    const seen = await t.call('cases.get', { id: summary.id });
    expect(seen.actor).toEqual({ caseInScope: true, inVerifyingDepartment: false });
    const assessing = await t.fail('cases.saveStep', { id: summary.id, step: 'assessment', data: { scope: '全县' } });
    expect(assessing).toMatchObject({ code: 'FORBIDDEN', params: { reason: 'workflow.reasons.notVerifyingDepartment' } });

    await member(t, 'outsider');
    expect((await t.fail('cases.get', { id: summary.id })).code).toBe('FORBIDDEN');
    expect((await t.fail('clearance.open', { reportId: report.id, cadreId: team.cadre.id, pointIds: [untrue] })).code).toBe('FORBIDDEN');
  });

  it('lets only an officer open the case and only an approver sign it, never one who assessed it', async () => {
    const { report, untrue } = await concludedReport(t, team);
    await member(t, 'reviewer');
    expect((await t.fail('clearance.open', { reportId: report.id, cadreId: team.cadre.id, pointIds: [untrue] })).code).toBe('FORBIDDEN');
    const { summary } = await openUntrue(t, team, report.id, untrue);
    await toAssessment(t, summary.id);
    await act(t, summary.id, 'assessment.submit');
    // The officer who submitted the assessment may not approve it as reviewer either.
    expect((await t.fail('cases.act', { id: summary.id, action: 'assessment.approve', input: {} })).code).toBe('FORBIDDEN');
    await member(t, 'reviewer');
    await act(t, summary.id, 'assessment.approve');
    await member(t, 'officer');
    await t.call('cases.saveStep', { id: summary.id, step: 'approval', data: { formNo: '青纪澄审〔2026〕3号', authority: '青山县纪委常委会', submittedOn: '2026-11-20' } });
    await act(t, summary.id, 'approval.submit');
    const selfSigned = await t.fail('cases.act', { id: summary.id, action: 'approval.approve', input: {} });
    expect(selfSigned).toMatchObject({ code: 'FORBIDDEN', params: { reason: 'workflow.reasons.role' } });
  });
});
