import { DEFAULT_FAULT_TOLERANCE_CATALOG as CATALOG } from '../../shared/workflow/fault-tolerance.catalog';

/** Step records of a fictional fault-tolerance case, as an officer would fill them in. */
export const application = {
  receivedOn: '2026-11-02',
  applicantKind: 'cadre',
  applicantName: '张明远',
  accountabilityMatter: '某镇招商引资项目前期费用损失问责事项（问责启动于2026年10月）',
  factsClaimed: '在推进招商引资项目中，按照县委集体决策先行垫付前期费用，后因企业变更投资计划造成损失。',
  situationsInvoked: ['reformPilot', 'collectiveDecision'],
};

export function investigation(exclusionHolds: string | null = null) {
  return {
    facts: '经核实，项目经县委常委会集体研究决定，张明远同志按程序执行，未谋取私利。',
    evidence: [{ title: '县委常委会会议纪要', note: '2025年第12次' }],
    factors: {
      motive: '出于推动发展的公心',
      conditions: '上级政策调整，企业投资计划变化',
      procedure: '履行了集体决策程序',
      nature: '工作失误，情节较轻',
      consequences: '造成前期费用损失约12万元',
      lossRecovered: '已追回8万元',
    },
    distinctions: {
      inexperienceVsKnowing: { finding: 'fault', reasoning: '属先行先试中的经验不足' },
      trialVsBan: { finding: 'fault', reasoning: '上级尚无明确限制' },
      developmentVsGain: { finding: 'fault', reasoning: '为推动发展的无意过失' },
    },
    conditions: Object.fromEntries(CATALOG.conditions.map((c) => [c.id, { holds: true, note: '经核查成立' }])),
    exclusions: Object.fromEntries(CATALOG.exclusions.map((e) => [e.id, { holds: e.id === exclusionHolds, note: e.id === exclusionHolds ? '存在该情形' : '不存在' }])),
    catalogVersion: 1,
    proposedOutcome: exclusionHolds ? 'notTolerated' : 'exempt',
  };
}

export function ruling(outcome = 'exempt') {
  return {
    meeting: { body: '县纪委常委会', heldOn: '2026-11-20', attendees: ['刘书记', '陈副书记', '周常委'], decidedBy: 'consensus' },
    referredToPartyCommittee: false,
    outcome,
    situationsApplied: ['collectiveDecision'],
    catalogVersion: 1,
    reasoning: '综合分析动机态度、客观条件、程序方法等因素，符合容错情形。',
    correctionOrder: { measures: '完善招商项目前期费用管理制度', dueOn: '2026-12-31', responsible: '某镇人民政府' },
    documentNo: '容认〔2026〕1号',
  };
}

export function feedback(completed: boolean) {
  return {
    resultToApplicant: { sentOn: '2026-11-24' },
    resultToUnit: { sentOn: '2026-11-24' },
    noticeToOrganizationDepartment: { sentOn: '2026-11-25' },
    filing: { filedWith: '县委', filedOn: '2026-11-25' },
    correctionCheck: { checkedOn: '2026-11-27', completed, note: completed ? '已建立制度并执行' : '制度尚未出台' },
  };
}
