import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { makeCore, setUp, type TestCore } from '../../support/core-fixture';
import {
  act,
  assessment,
  concludedReport,
  implementation,
  makeClearanceTeam,
  member,
  openUntrue,
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

/** A second letter, one point, found untrue and — at assessment — fabricated on purpose. */
async function maliciousReport() {
  await member(t, 'officer');
  const r = await t.call('reports.create', {
    receivedVia: 'visit',
    receivedOn: '2026-09-20',
    reporter: { anonymous: false, name: '钱某某', workplace: '个体经营者' },
    cadreIds: [team.cadre.id],
    allegations: '反映张明远收受征地补偿款回扣。',
    points: [{ summary: '收受征地补偿款回扣二十万元' }],
  });
  const point = r.points[0]!;
  await t.call('reports.update', {
    id: r.id,
    points: [{ id: point.id, summary: point.summary, finding: 'untrue', note: '征地补偿款全额发放到户，无回扣。' }],
    verification: { unitId: team.county.id, concludedOn: '2026-11-03', conclusion: '反映问题失实。' },
  });
  return { report: r, pointId: point.id };
}

const malice = assessment({
  harms: ['career', 'repeatedReports'],
  reportNature: 'malicious',
  natureReasoning: '举报人因补偿诉求未获支持，明知无回扣仍捏造事实，多次实名、匿名重复举报。',
});

describe('澄清正名 end to end, through the router', () => {
  it('clears the one untrue point of a three-point report: proposal, approval, meeting with the letter, visit, closed', async () => {
    const { report, untrue } = await concludedReport(t, team);
    const { summary } = await openUntrue(t, team, report.id, untrue);
    const id = summary.id;
    await toAssessment(t, id);
    const approved = await throughApproval(t, id);
    expect(approved.summary).toMatchObject({ step: 'implementation', status: 'active' });

    await member(t, 'officer');
    await t.call('cases.saveStep', { id, step: 'implementation', data: { ...implementation('2026-11-27'), visits: [] } });
    const unvisited = await t.fail('cases.act', { id, action: 'implementation.submit', input: {} });
    expect(translate('zh-CN', String(unvisited.params?.reason))).toBe('办结前须至少回访一次。');
    await t.call('cases.saveStep', { id, step: 'implementation', data: { visits: implementation('2026-11-28').visits } });
    await act(t, id, 'implementation.submit');
    await member(t, 'reviewer');
    const closed = await act(t, id, 'implementation.close');
    expect(closed.summary).toMatchObject({ status: 'closed', outcome: 'cleared' });
    expect(closed.summary.situations.sort()).toEqual(['method:meeting', 'method:written', 'nature:mistaken', 'visited']);
    expect(closed.events.map((e) => e.action)).toEqual([
      'create', 'initiation.submit', 'initiation.accept', 'save', 'assessment.submit', 'assessment.approve',
      'save', 'approval.submit', 'approval.approve', 'save', 'save', 'implementation.submit', 'implementation.close',
    ]);

    expect((await t.call('cases.list', { kind: 'clearance', outcome: 'cleared' })).total).toBe(1);
    expect((await t.call('cases.list', { kind: 'clearance', situation: 'method:meeting' })).total).toBe(1);
    const seen = await t.call('reports.get', { id: report.id });
    expect(seen.clearances).toEqual([
      { caseId: id, number: summary.number, cadreId: team.cadre.id, cadreName: '张明远', status: 'closed', step: 'implementation', outcome: 'cleared', pointIds: [untrue] },
    ]);
    await member(t, 'officer');
    // A cleared point stays cleared: it cannot be opened again for the same cadre.
    expect((await t.fail('clearance.open', { reportId: report.id, cadreId: team.cadre.id, pointIds: [untrue] })).code).toBe('CLEARANCE_POINT_TAKEN');
    const page = await t.call('cadres.get', { id: team.cadre.id });
    expect(page.cases.map((c) => [c.kind, c.number])).toEqual([['clearance', summary.number]]);
    expect((await t.call('reports.list', { cadreId: team.cadre.id })).rows.map((r) => r.number)).toEqual([report.number]);
  });

  it('refers a malicious accuser to the police, approved and sent, the case and the referral showing each other', async () => {
    const { report, pointId } = await maliciousReport();
    const { summary } = await t.call('clearance.open', {
      reportId: report.id,
      cadreId: team.cadre.id,
      pointIds: [pointId],
      initiation: { origin: 'application', application: { receivedOn: '2026-11-06', untrueContent: '收受回扣一事', clearanceWanted: '书面澄清并在镇机关通报' } },
    });
    const id = summary.id;
    await toAssessment(t, id, malice);
    const waiting = await t.fail('cases.act', { id, action: 'assessment.submit', input: {} });
    expect(translate('zh-CN', String(waiting.params?.reason))).toBe('认定为诬告陷害的，须先建立诬告陷害移送记录。');

    const referral = await t.call('referrals.create', {
      caseId: id,
      accuser: { known: true, name: '钱某某', workplace: '个体经营者' },
      category: 'other',
      facts: '钱某某因补偿诉求未获支持，捏造张明远收受回扣的事实并多次举报。',
      basis: '《纪检监察机关处理检举控告工作规则》',
      materials: ['举报材料复印件', '核实情况报告'],
    });
    expect(referral).toMatchObject({ number: '绵纪移〔2026〕1号', route: 'police', defaultRoute: 'police', status: 'draft', caseId: id, caseNumber: summary.number, reportId: report.id });
    const linked = await t.call('cases.get', { id });
    expect(linked.state.data.referral).toEqual({ referralId: referral.id, number: referral.number });
    expect(linked.summary.situations).toContain('referral');
    expect(linked.events.at(-1)).toMatchObject({ action: 'referral.open', actorName: '李办理' });
    await act(t, id, 'assessment.submit');

    expect((await t.fail('referrals.update', { id: referral.id, sending: { sentOn: '2026-11-26', receivingBody: '青山县公安局' } })).code).toBe('REFERRAL_NOT_APPROVED');
    await member(t, 'approver');
    const approved = await t.call('referrals.approve', { id: referral.id, approvedBy: '绵阳市纪委常委会', approvedOn: '2026-11-25' });
    expect(approved).toMatchObject({ status: 'approved', approval: { approvedBy: '绵阳市纪委常委会', approvedOn: '2026-11-25', approverName: '刘审批' } });
    await member(t, 'officer');
    expect((await t.fail('referrals.update', { id: referral.id, category: 'publicOfficial' })).code).toBe('REFERRAL_APPROVED_LOCKED');
    const sent = await t.call('referrals.update', { id: referral.id, sending: { sentOn: '2026-11-26', receivingBody: '青山县公安局', documentNo: '青纪移〔2026〕1号' } });
    expect(sent.status).toBe('sent');
    const answered = await t.call('referrals.update', { id: referral.id, result: { receivedOn: '2026-11-28', result: '已对钱某某依法予以行政拘留五日。' } });
    expect(answered).toMatchObject({ status: 'concluded', result: { receivedOn: '2026-11-28' } });

    expect((await t.call('reports.get', { id: report.id })).referrals).toEqual([{ id: referral.id, number: referral.number, caseId: id, status: 'concluded' }]);
    expect((await t.call('referrals.list', { route: 'police' })).rows.map((r) => [r.number, r.caseNumber, r.status])).toEqual([
      [referral.number, summary.number, 'concluded'],
    ]);
    expect((await t.call('cases.list', { kind: 'clearance', situation: 'referral' })).rows.map((r) => r.id)).toEqual([id]);
  });
});

describe('诬告陷害 referral: its rules', () => {
  it('is opened only where assessment found a malicious false accusation, and once per case', async () => {
    const { report, pointId } = await maliciousReport();
    const { summary } = await openUntrue(t, team, report.id, pointId);
    await toAssessment(t, summary.id, assessment({ reportNature: 'mistaken' }));
    const input = { caseId: summary.id, accuser: { known: false as const }, category: 'other' as const, facts: '捏造事实' };
    const err = await t.fail('referrals.create', input);
    expect(err.message['zh-CN']).toBe('核实评估尚未认定举报属于诬告陷害，不能建立移送记录。');
    await t.call('cases.saveStep', { id: summary.id, step: 'assessment', data: { reportNature: 'malicious' } });
    const first = await t.call('referrals.create', input);
    expect(first.accuser).toEqual({ known: false, name: null, workplace: null, note: null });
    expect((await t.fail('referrals.create', input)).code).toBe('REFERRAL_EXISTS');
  });

  it('takes the route from the accuser’s category, lets the officer choose another that fits, and refuses one that does not', async () => {
    const { report, pointId } = await maliciousReport();
    const { summary } = await openUntrue(t, team, report.id, pointId);
    await toAssessment(t, summary.id, malice);
    const base = { caseId: summary.id, accuser: { known: true as const, name: '钱某某' }, facts: '捏造事实' };
    const wrong = await t.fail('referrals.create', { ...base, category: 'publicOfficial', route: 'police' });
    expect(wrong).toMatchObject({ code: 'REFERRAL_ROUTE_MISMATCH', fields: ['route'] });
    expect(wrong.message['zh-CN']).toMatch(/^移送处理方式与举报人身份不符：党员移送党纪处理，公职人员移送政务处分/);
    const member_ = await t.call('referrals.create', { ...base, category: 'partyMember' });
    expect(member_.route).toBe('partyDiscipline');
    // Found to be a crime: the route follows the category unless the officer chose one that still fits.
    expect((await t.call('referrals.update', { id: member_.id, category: 'suspectedCrime' })).route).toBe('judicial');
    expect((await t.call('referrals.update', { id: member_.id, route: 'police' })).route).toBe('police');
  });

  it('is approved by an approver other than its drafter, kept to the case’s unit tree, and dated in order', async () => {
    await member(t, 'admin');
    await t.call('users.create', { username: 'jianren', displayName: '兼任者', password: 'Both2026pass', unitId: team.county.id, roles: ['officer', 'approver'] });
    const { report, pointId } = await maliciousReport();
    const { summary } = await openUntrue(t, team, report.id, pointId);
    await toAssessment(t, summary.id, malice);
    await t.call('auth.login', { username: 'jianren', password: 'Both2026pass' });
    const drafted = await t.call('referrals.create', { caseId: summary.id, accuser: { known: true, name: '钱某某' }, category: 'other', facts: '捏造事实' });
    const self = await t.fail('referrals.approve', { id: drafted.id, approvedBy: '市纪委', approvedOn: '2026-11-25' });
    expect(self.message['zh-CN']).toBe('移送记录须由起草人以外的审批人员批准。');

    await member(t, 'reviewer');
    expect((await t.fail('referrals.approve', { id: drafted.id, approvedBy: '市纪委', approvedOn: '2026-11-25' })).code).toBe('FORBIDDEN');
    await member(t, 'approver');
    expect((await t.fail('referrals.approve', { id: drafted.id, approvedBy: '市纪委', approvedOn: '2026-11-29' })).code).toBe('DATE_IN_FUTURE');
    await t.call('referrals.approve', { id: drafted.id, approvedBy: '市纪委', approvedOn: '2026-11-25' });
    expect((await t.fail('referrals.approve', { id: drafted.id, approvedBy: '市纪委', approvedOn: '2026-11-25' })).code).toBe('REFERRAL_ALREADY_APPROVED');

    await member(t, 'officer');
    const early = await t.fail('referrals.update', { id: drafted.id, sending: { sentOn: '2026-11-24', receivingBody: '青山县公安局' } });
    expect(early).toMatchObject({ code: 'REFERRAL_DATE_ORDER', fields: ['sending.sentOn'] });
    expect((await t.fail('referrals.update', { id: drafted.id, result: { receivedOn: '2026-11-27', result: '已处理' } })).code).toBe('REFERRAL_NOT_SENT');

    await member(t, 'cityOfficer');
    expect((await t.call('referrals.get', { id: drafted.id })).number).toBe(drafted.number);
    expect((await t.fail('referrals.update', { id: drafted.id, sending: { sentOn: '2026-11-26', receivingBody: '青山县公安局' } })).code).toBe('FORBIDDEN');
    await member(t, 'outsider');
    expect((await t.fail('referrals.get', { id: drafted.id })).code).toBe('FORBIDDEN');
    expect((await t.call('referrals.list', {})).total).toBe(0);
  });
});
