import type { Input } from '../../shared/ipc';
import type { TestCore } from './core-fixture';
import { ADMIN } from './core-fixture';

/**
 * A city commission (the office, unit 1) with 青山县纪委监委 under it, which verifies reports about
 * the cadres of 云溪镇 below it (谁核实谁澄清), and 白石县纪委监委 beside it, which sees none of them.
 */
export const CLEARANCE_TEAM = {
  officer: { username: 'libanli', displayName: '李办理', password: 'Officer2026', roles: ['officer' as const], unit: 'county' },
  officer2: { username: 'zhaobanli', displayName: '赵办理', password: 'Officer2026', roles: ['officer' as const], unit: 'county' },
  reviewer: { username: 'wangshenhe', displayName: '王审核', password: 'Reviewer2026', roles: ['reviewer' as const], unit: 'county' },
  approver: { username: 'liushenpi', displayName: '刘审批', password: 'Approver2026', roles: ['approver' as const], unit: 'city' },
  cityOfficer: { username: 'sunbanli', displayName: '孙办理', password: 'Officer2026', roles: ['officer' as const], unit: 'city' },
  outsider: { username: 'waixian', displayName: '外县办理', password: 'Outside2026', roles: ['officer' as const], unit: 'otherCounty' },
};
export type ClearanceMember = keyof typeof CLEARANCE_TEAM;

export async function makeClearanceTeam(t: TestCore) {
  const county = await t.call('units.create', { name: '青山县纪委监委', parentId: 1 });
  const town = await t.call('units.create', { name: '云溪镇人民政府', parentId: county.id });
  const otherCounty = await t.call('units.create', { name: '白石县纪委监委', parentId: 1 });
  const units = { city: 1, county: county.id, otherCounty: otherCounty.id };
  for (const { unit, ...m } of Object.values(CLEARANCE_TEAM)) await t.call('users.create', { ...m, unitId: units[unit as keyof typeof units] });
  await member(t, 'officer');
  const cadre = await t.call('cadres.create', { name: '张明远', gender: 'male', unitId: town.id, post: '镇长', rank: '一级主任科员' });
  const deputy = await t.call('cadres.create', { name: '陈思远', gender: 'female', unitId: town.id, post: '副镇长' });
  return { county, town, otherCounty, cadre, deputy };
}

export async function member(t: TestCore, who: ClearanceMember | 'admin') {
  if (who === 'admin') return t.call('auth.login', ADMIN);
  const m = CLEARANCE_TEAM[who];
  return t.call('auth.login', { username: m.username, password: m.password });
}

/** A letter with three points about 张明远 (and the second also about 陈思远), verified by the county. */
export function threePointReport(cadreId: number, deputyId: number, verifyingUnitId: number, receivedOn = '2026-09-10'): Input<'reports.create'> {
  return {
    receivedVia: 'letter',
    receivedOn,
    reporter: { anonymous: false, name: '周某某', contact: '139****0000', workplace: '云溪镇某村' },
    cadreIds: [cadreId, deputyId],
    allegations: '反映张明远在云溪镇农贸市场改造项目中违规插手工程、接受宴请，陈思远参与其中。',
    points: [
      { summary: '违规插手农贸市场改造工程招标', cadreIds: [cadreId] },
      { summary: '在项目推进中接受施工方宴请' },
      { summary: '利用职务便利为亲属承揽工程', cadreIds: [cadreId] },
    ],
    verification: { unitId: verifyingUnitId },
  };
}

/** The verification's conclusion: one point untrue, one true, one unproven but not ruled out. */
export function threePointConclusion(pointIds: readonly number[], cadreId: number): Pick<Input<'reports.update'>, 'points' | 'verification'> {
  const [untrue, truth, unproven] = pointIds;
  return {
    points: [
      { id: untrue, summary: '违规插手农贸市场改造工程招标', cadreIds: [cadreId], finding: 'untrue', note: '经调取招标档案、询问评标专家，张明远未参与招标。' },
      { id: truth, summary: '在项目推进中接受施工方宴请', finding: 'true', note: '2025年春节前接受施工方宴请一次，属实。' },
      { id: unproven, summary: '利用职务便利为亲属承揽工程', cadreIds: [cadreId], finding: 'unproven', note: '未发现直接证据，但尚不能排除。' },
    ],
  };
}

export const proposal = {
  origin: 'proposal',
  consultation: { consultedOn: '2026-11-05', means: 'inPerson', wishes: '希望在镇机关干部大会上予以澄清' },
};

export function assessment(overrides: Record<string, unknown> = {}) {
  return {
    harms: ['career'],
    onlyVerificationEffects: false,
    impact: '举报在镇机关传开，本人年度评优被暂缓。',
    pointsToClear: ['1'],
    methods: ['written', 'meeting'],
    scope: '云溪镇机关',
    audience: '镇机关全体干部',
    reportNature: 'mistaken',
    natureReasoning: '举报人对招标程序不了解而产生误解，无捏造事实的故意。',
    ...overrides,
  };
}

export const approvalForm = { formNo: '青纪澄审〔2026〕3号', authority: '青山县纪委常委会', submittedOn: '2026-11-20' };

export function implementation(day: string) {
  return {
    intendedNotice: { sentOn: day, acknowledgedOn: day },
    implementations: [
      { method: 'written', carriedOutOn: day, participants: '张明远本人及云溪镇党委', documentNo: '青纪函〔2026〕9号' },
      { method: 'meeting', carriedOutOn: day, place: '云溪镇机关会议室', chair: '县纪委副书记', participants: '镇机关干部 41 人' },
    ],
    visits: [{ visitedOn: day, mode: 'inPerson', visitor: '李办理', cadreState: '思想稳定，工作积极' }],
    filedOn: day,
  };
}

/** The three-point report registered and concluded by the county's officer; returns it with its point ids. */
export async function concludedReport(t: TestCore, team: Awaited<ReturnType<typeof makeClearanceTeam>>, dates = { receivedOn: '2026-09-10', concludedOn: '2026-11-02' }) {
  await member(t, 'officer');
  const report = await t.call('reports.create', threePointReport(team.cadre.id, team.deputy.id, team.county.id, dates.receivedOn));
  const [untrue, truth, unproven] = report.points.map((p) => p.id) as [number, number, number];
  const concluded = await t.call('reports.update', {
    id: report.id,
    ...threePointConclusion([untrue, truth, unproven], team.cadre.id),
    verification: { unitId: team.county.id, concludedOn: dates.concludedOn, conclusion: '经核实，第1项失实，第2项属实，第3项查无实据但不能排除。' },
  });
  return { report: concluded, untrue, truth, unproven };
}

/** Opens the clearance of the untrue point for 张明远 by the department's proposal. */
export async function openUntrue(t: TestCore, team: Awaited<ReturnType<typeof makeClearanceTeam>>, reportId: number, pointId: number) {
  await member(t, 'officer');
  return t.call('clearance.open', { reportId, cadreId: team.cadre.id, pointIds: [pointId], initiation: proposal });
}

export async function act(t: TestCore, id: number, action: string, input: Record<string, unknown> = {}) {
  return t.call('cases.act', { id, action, input });
}

/** Initiation accepted and assessment recorded: the case waits at assessment for the officer to submit. */
export async function toAssessment(t: TestCore, id: number, assessed: Record<string, unknown> = assessment()) {
  await member(t, 'officer');
  await act(t, id, 'initiation.submit');
  await member(t, 'reviewer');
  await act(t, id, 'initiation.accept');
  await member(t, 'officer');
  return t.call('cases.saveStep', { id, step: 'assessment', data: assessed });
}

/** From an accepted assessment through the approver's signature; the approval form is prepared at the city. */
export async function throughApproval(t: TestCore, id: number) {
  await member(t, 'officer');
  await act(t, id, 'assessment.submit');
  await member(t, 'reviewer');
  await act(t, id, 'assessment.approve');
  await member(t, 'cityOfficer');
  await t.call('cases.saveStep', { id, step: 'approval', data: approvalForm });
  await act(t, id, 'approval.submit');
  await member(t, 'approver');
  return act(t, id, 'approval.approve');
}
