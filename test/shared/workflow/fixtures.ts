import { expect } from 'vitest';
import { officialWorkCalendar } from '../../../shared/calendar';
import {
  checkTransition,
  type Actor,
  type CaseRole,
  type CaseState,
  type Evaluation,
  type WorkflowContext,
  type WorkflowTable,
} from '../../../shared/workflow';

export const calendar = officialWorkCalendar();
export const context = (today = '2026-03-10'): WorkflowContext => ({ today, calendar });

/** A person in the case's unit (and, for clearance, in the verifying department) with one role. */
export function person(userId: string, role: CaseRole, extra: Partial<Actor> = {}): Actor {
  return { userId, roles: [role], unitId: 7, caseInScope: true, inVerifyingDepartment: true, ...extra };
}

export const investigator = person('u-officer-investigator', 'officer');
export const recorder = person('u-officer-recorder', 'officer');
export const reviewer = person('u-reviewer', 'reviewer');
export const approver = person('u-approver', 'approver');
export const secondReviewer = person('u-reviewer-2', 'reviewer');
export const secondApprover = person('u-approver-2', 'approver');
export const reviewOfficer = person('u-officer-review', 'officer');

export function newCase(table: WorkflowTable, data: Record<string, unknown>, openedOn = '2026-03-02'): CaseState {
  return { step: table.initial, status: 'active', openedOn, data, history: [] };
}

export interface Move {
  action: string;
  actor: Actor;
  input?: Record<string, unknown>;
  today?: string;
}

/** Applies the moves in order, failing the test with the reasons if any is refused. */
export function walk(table: WorkflowTable, state: CaseState, moves: readonly Move[], extra: Partial<WorkflowContext> = {}): CaseState {
  let s = state;
  for (const m of moves) {
    const ev: Evaluation = { table, state: s, actor: m.actor, context: { ...context(m.today), ...extra } };
    const r = checkTransition(ev, m.action, m.input ?? {});
    if (!r.ok) expect.fail(`${m.action} by ${m.actor.userId} refused: ${JSON.stringify(r.reasons)}`);
    s = r.state;
  }
  return s;
}

export function at(state: CaseState, step: string, status: CaseState['status'] = 'active'): CaseState {
  return { ...state, step, status };
}

export function withData(state: CaseState, step: string, patch: Record<string, unknown>): CaseState {
  return { ...state, data: { ...state.data, [step]: { ...(state.data[step] as object), ...patch } } };
}

const text = (s: string) => s;

export const ftData = {
  application: {
    receivedOn: '2026-03-02',
    applicantKind: 'cadre',
    applicantName: '张三',
    accountabilityMatter: '某园区项目资金拨付迟延问责',
    factsClaimed: text('在园区改革试点中按集体决策先行拨付资金，因缺乏经验出现程序瑕疵。'),
    situationsInvoked: ['reformPilot', 'collectiveDecision'],
  },
  investigation: {
    facts: '经调查，资金拨付经班子会集体研究，无个人获利。',
    evidence: [{ title: '班子会会议纪要' }, { title: '资金拨付凭证', note: '共 3 笔' }],
    factors: {
      motive: '出于推动项目落地',
      conditions: '试点政策尚不明确',
      procedure: '经集体研究',
      nature: '程序瑕疵，情节较轻',
      consequences: '未造成资金损失',
      lossRecovered: '已补齐手续',
    },
    distinctions: {
      inexperienceVsKnowing: { finding: 'fault', reasoning: '属先行先试中的经验不足' },
      trialVsBan: { finding: 'notApplicable', reasoning: '上级无禁止性规定' },
      developmentVsGain: { finding: 'fault', reasoning: '为推动项目，无私利' },
    },
    conditions: {
      noPrivateGain: { holds: true, note: '银行流水无异常' },
      noPoliticalBreach: { holds: true, note: '无' },
      notProhibited: { holds: true, note: '无明令禁止' },
      procedureFollowed: { holds: true, note: '经班子会研究' },
      cooperatesAndRecovers: { holds: true, note: '主动补正' },
    },
    exclusions: {
      knowingViolation: { holds: false, note: '无' },
      persistedAfterBan: { holds: false, note: '无' },
      privateGain: { holds: false, note: '无' },
      majorAccident: { holds: false, note: '无' },
      repeatedMistake: { holds: false, note: '首次' },
    },
    catalogVersion: 1,
    proposedOutcome: 'exempt',
  },
  ruling: {
    meeting: { body: '纪委常委会', heldOn: '2026-04-01', attendees: ['甲', '乙', '丙'], decidedBy: 'vote', votes: { for: 5, against: 0, abstain: 0 } },
    referredToPartyCommittee: false,
    outcome: 'exempt',
    situationsApplied: ['reformPilot'],
    catalogVersion: 1,
    reasoning: '符合容错情形第一项，容错条件均满足，无不予容错情形。',
    correctionOrder: { measures: '补齐拨付审批手续', dueOn: '2026-05-29', responsible: '园区管委会' },
    documentNo: '某纪容〔2026〕1号',
  },
  feedback: {
    resultToApplicant: { sentOn: '2026-04-03' },
    resultToUnit: { sentOn: '2026-04-03' },
    noticeToOrganizationDepartment: { sentOn: '2026-04-07', documentNo: '某纪函〔2026〕5号' },
    filing: { filedWith: '县委', filedOn: '2026-04-08' },
    correctionCheck: { checkedOn: '2026-06-01', completed: true, note: '手续已补齐' },
  },
  review: {
    appellant: '张三',
    grounds: '认为应认定为不予问责',
    findings: '原认定事实清楚，适用正确',
    decision: 'upheld',
    decidedOn: '2026-04-20',
  },
};

export const clearanceData = {
  // Written by main from the report record when the case is opened; only the points chosen for it.
  report: {
    reportId: 4,
    number: '某纪举〔2026〕4号',
    receivedVia: 'letter',
    receivedOn: '2026-01-05',
    allegations: '反映李四违规插手工程、收受礼金。',
    verifyingUnitId: 7,
    verifyingUnit: '第三纪检监察室',
    concludedOn: '2026-02-27',
    conclusion: '经核实，反映问题失实。',
    points: [
      { id: '1', pointId: 11, summary: '违规插手工程', finding: 'untrue' },
      { id: '2', pointId: 12, summary: '收受礼金', finding: 'untrue' },
    ],
  },
  initiation: {
    origin: 'proposal',
    consultation: { consultedOn: '2026-03-03', means: 'inPerson', wishes: '希望在本单位干部大会上澄清' },
  },
  assessment: {
    harms: ['career'],
    onlyVerificationEffects: false,
    impact: '举报后年度评优被暂缓。',
    pointsToClear: ['1', '2'],
    methods: ['written', 'meeting'],
    scope: '所在单位',
    audience: '所在单位中层以上干部',
    reportNature: 'mistaken',
    natureReasoning: '举报人对工程招标程序不了解而产生误解，无捏造事实的故意。',
  },
  approval: { formNo: '澄审〔2026〕3号', authority: '县纪委常委会', submittedOn: '2026-03-16' },
  implementation: {
    intendedNotice: { sentOn: '2026-03-19', acknowledgedOn: '2026-03-19' },
    implementations: [
      { method: 'written', carriedOutOn: '2026-03-20', participants: '李四本人及所在单位党组', documentNo: '某纪函〔2026〕9号' },
      { method: 'meeting', carriedOutOn: '2026-03-23', place: '单位会议室', chair: '县纪委副书记赵六', participants: '中层以上干部 32 人' },
    ],
    visits: [{ visitedOn: '2026-04-20', mode: 'inPerson', visitor: '王五', cadreState: '思想稳定，工作积极' }],
    filedOn: '2026-04-21',
  },
};
