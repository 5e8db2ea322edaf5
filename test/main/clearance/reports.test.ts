import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskFingerprint, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { concludedReport, makeClearanceTeam, member, openUntrue, threePointReport } from '../../support/clearance-data';

let t: TestCore;
let team: Awaited<ReturnType<typeof makeClearanceTeam>>;
beforeEach(async () => {
  t = makeCore();
  await setUp(t);
  team = await makeClearanceTeam(t);
});
afterEach(() => t.dispose());

describe('检举控告: a report as its own record', () => {
  it('registers a letter naming two cadres with its allegations numbered point by point', async () => {
    const r = await t.call('reports.create', threePointReport(team.cadre.id, team.deputy.id, team.county.id));
    expect(r.number).toBe('绵纪举〔2026〕1号');
    expect(r.status).toBe('verifying');
    expect(r.cadres.map((c) => c.name).sort()).toEqual(['张明远', '陈思远']);
    expect(r.points.map((p) => [p.no, p.summary, p.finding])).toEqual([
      [1, '违规插手农贸市场改造工程招标', null],
      [2, '在项目推进中接受施工方宴请', null],
      [3, '利用职务便利为亲属承揽工程', null],
    ]);
    // The second point is about both cadres: stored as "every cadre the report names".
    expect(r.points.map((p) => p.cadreIds)).toEqual([[team.cadre.id], [], [team.cadre.id]]);
    expect(r.verification).toMatchObject({ unitId: team.county.id, unitName: '青山县纪委监委', concludedOn: null });
  });

  it('lists the reports about a cadre for the cadre’s page, one cadre having several reports', async () => {
    await t.call('reports.create', threePointReport(team.cadre.id, team.deputy.id, team.county.id));
    await t.call('reports.create', { ...threePointReport(team.cadre.id, team.deputy.id, team.county.id), cadreIds: [team.cadre.id], points: [{ summary: '违规发放津贴' }] });
    expect((await t.call('reports.list', { cadreId: team.cadre.id })).total).toBe(2);
    const deputy = await t.call('reports.list', { cadreId: team.deputy.id });
    expect(deputy.rows.map((r) => r.number)).toEqual(['绵纪举〔2026〕1号']);
    expect(deputy.rows[0]).toMatchObject({ pointCount: 3, untrueCount: 0, status: 'verifying', anonymous: false });
    expect((await t.call('reports.list', { q: '思远' })).total).toBe(1);
    expect((await t.call('reports.list', { q: '2号' })).rows.map((r) => r.number)).toEqual(['绵纪举〔2026〕2号']);
  });

  it('does not conclude the verification while a point has no finding, and names the point', async () => {
    const r = await t.call('reports.create', threePointReport(team.cadre.id, team.deputy.id, team.county.id));
    const before = diskFingerprint(t.dir);
    const err = await t.fail('reports.update', {
      id: r.id,
      points: r.points.map((p, i) => ({ id: p.id, summary: p.summary, finding: i === 1 ? null : 'untrue' })),
      verification: { unitId: team.county.id, concludedOn: '2026-11-02', conclusion: '核实完毕' },
    });
    expect(err.code).toBe('REPORT_FINDINGS_INCOMPLETE');
    expect(err.message['zh-CN']).toBe('第2项问题尚无核实结论，不能填写核实办结日期。');
    expect(err.fields).toEqual(['points.1.finding']);
    expect(diskFingerprint(t.dir)).toBe(before);
  });

  it('keeps a point about cadres the report names, and a verification no later than today', async () => {
    const input = threePointReport(team.cadre.id, team.deputy.id, team.county.id);
    const stranger = await t.call('cadres.create', { name: '王某', unitId: team.town.id });
    const err = await t.fail('reports.create', { ...input, points: [{ summary: '某问题', cadreIds: [stranger.id] }] });
    expect(err).toMatchObject({ code: 'REPORT_POINT_CADRE', fields: ['points.0.cadreIds'] });
    expect((await t.fail('reports.create', { ...input, receivedOn: '2026-12-01' })).code).toBe('DATE_IN_FUTURE');
  });

  it('is registered at the city and assigned to the county, whose officers alone record what verification found', async () => {
    await member(t, 'cityOfficer');
    const r = await t.call('reports.create', threePointReport(team.cadre.id, team.deputy.id, team.county.id));
    expect(r.unitName).toBe('绵阳市纪委监委机关');
    const findings = r.points.map((p) => ({ id: p.id, summary: p.summary, cadreIds: p.cadreIds, finding: 'untrue' as const }));
    const err = await t.fail('reports.update', { id: r.id, points: findings });
    expect(err.message['zh-CN']).toBe('按照“谁核实谁澄清”，逐项核实结论和核实办结情况须由负责核实的部门填写。');
    expect((await t.call('reports.update', { id: r.id, allegations: '反映张明远违规插手工程（补正）。' })).allegations).toMatch(/补正/);
    await member(t, 'officer');
    expect((await t.call('reports.update', { id: r.id, points: findings })).points.map((p) => p.finding)).toEqual(['untrue', 'untrue', 'untrue']);
  });

  it('is registered by an officer, read by the reviewer and the approver, and unseen by another county', async () => {
    const { report } = await concludedReport(t, team);
    await member(t, 'reviewer');
    expect((await t.fail('reports.create', threePointReport(team.cadre.id, team.deputy.id, team.county.id))).code).toBe('FORBIDDEN');
    expect((await t.call('reports.get', { id: report.id })).number).toBe(report.number);
    await member(t, 'approver');
    expect((await t.call('reports.list', {})).total).toBe(1);
    await member(t, 'outsider');
    expect((await t.fail('reports.get', { id: report.id })).code).toBe('FORBIDDEN');
    expect((await t.call('reports.list', {})).total).toBe(0);
    expect((await t.fail('reports.update', { id: report.id, allegations: '改写' })).code).toBe('FORBIDDEN');
    await member(t, 'admin');
    expect((await t.fail('reports.list', {})).code).toBe('FORBIDDEN');
  });
});

describe('检举人信息保密: who sees the reporter', () => {
  it('shows the reporter to the officer and the reviewer, and hides them from the approver', async () => {
    const { report } = await concludedReport(t, team);
    expect(report.reporter).toEqual({ anonymous: false, hidden: false, name: '周某某', contact: '139****0000', workplace: '云溪镇某村' });
    await member(t, 'reviewer');
    expect((await t.call('reports.get', { id: report.id })).reporter.name).toBe('周某某');
    await member(t, 'approver');
    expect((await t.call('reports.get', { id: report.id })).reporter).toEqual({ anonymous: false, hidden: true, name: null, contact: null, workplace: null });
  });

  it('records an anonymous report as anonymous, with nothing to hide', async () => {
    const r = await t.call('reports.create', { ...threePointReport(team.cadre.id, team.deputy.id, team.county.id), reporter: { anonymous: true }, receivedVia: 'online' });
    expect(r.reporter).toEqual({ anonymous: true, hidden: false, name: null, contact: null, workplace: null });
    expect((await t.fail('reports.create', { ...threePointReport(team.cadre.id, team.deputy.id, team.county.id), reporter: { anonymous: false } })).code).toBe('INVALID_INPUT');
  });
});

describe('检举控告: what a clearance cites does not change under it', () => {
  it('refuses to change or remove a point a clearance case is clearing, and says which case', async () => {
    const { report, untrue } = await concludedReport(t, team);
    const opened = await openUntrue(t, team, report.id, untrue);
    const points = report.points.map((p) => ({ id: p.id, summary: p.summary, cadreIds: p.cadreIds, finding: p.finding, note: p.note ?? undefined }));
    const edited = points.map((p) => (p.id === untrue ? { ...p, finding: 'partlyTrue' as const } : p));
    const err = await t.fail('reports.update', { id: report.id, points: edited });
    expect(err.code).toBe('REPORT_POINT_LOCKED');
    expect(err.message['zh-CN']).toBe(`第1项问题已在澄清案件${opened.summary.number}中引用，不能修改或删除；如需更正，请先撤回该澄清案件。`);
    expect((await t.fail('reports.update', { id: report.id, points: points.slice(1) })).code).toBe('REPORT_POINT_LOCKED');
    const moved = await t.fail('reports.update', { id: report.id, verification: { unitId: team.county.id, concludedOn: '2026-11-03', conclusion: '改写后的核实结论' } });
    expect(moved.code).toBe('REPORT_LOCKED');

    // Other points stay open to correction.
    const fixed = points.map((p) => (p.id === untrue ? p : { ...p, note: `${p.note}（补充）` }));
    const after = await t.call('reports.update', { id: report.id, points: fixed });
    expect(after.points.find((p) => p.no === 2)?.note).toMatch(/补充/);

    // Withdrawn, the case frees the point for correction, though the record of it stays.
    await t.call('cases.act', { id: opened.summary.id, action: 'withdraw', input: { reason: '本人不再要求澄清' } });
    const corrected = await t.call('reports.update', { id: report.id, points: edited });
    expect(corrected.points[0]).toMatchObject({ finding: 'partlyTrue', clearable: false, clearances: [] });
    expect(corrected.clearances).toMatchObject([{ number: opened.summary.number, status: 'withdrawn', outcome: 'withdrawn' }]);
  });
});
