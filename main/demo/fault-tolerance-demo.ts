import type { IsoDate } from '../../shared/calendar';
import type { FaultToleranceOutcome } from '../../shared/workflow/fault-tolerance.fields';
import { DEFAULT_FAULT_TOLERANCE_CATALOG as CATALOG } from '../../shared/workflow/fault-tolerance.catalog';
import type { DemoApi, Move } from './demo-script';
import type { DemoMember } from './demo-people';

/** Where a demonstration case is left: at a step, or finished one way or another. */
export type FaultToleranceStop =
  | 'application'
  | 'application.pending'
  | 'investigation'
  | 'ruling.pending'
  | 'feedback'
  | 'closed'
  | 'appealed'
  | 'refused'
  | 'withdrawn';

export interface FaultToleranceDemo {
  cadre: string;
  /** Days before today the application came in; an old one left at application is overdue. */
  openedDaysAgo: number;
  matter: string;
  facts: string;
  situations: string[];
  outcome: FaultToleranceOutcome;
  stop: FaultToleranceStop;
  /** The knowing violation that rules tolerance out, for a case not tolerated. */
  exclusion?: string;
}

/** 免予问责, 不予问责, 从轻, 减轻 and 不予容错; cases open at every step; one appealed, one overdue, one refused, one withdrawn. */
export const FAULT_TOLERANCE_DEMOS: readonly FaultToleranceDemo[] = [
  {
    cadre: '赵立新', openedDaysAgo: 60, stop: 'closed', outcome: 'exempt', situations: ['reformPilot'],
    matter: '云溪镇“一窗通办”改革试点中违规简化审批程序问责事项',
    facts: '在县委部署的“一窗通办”改革试点中，为缩短群众办事时限先行合并两个审批环节，后被上级督查指出程序不完备。',
  },
  {
    cadre: '马晓东', openedDaysAgo: 55, stop: 'closed', outcome: 'noAccountability', situations: ['forceMajeure'],
    matter: '石门乡防汛物资储备不足问责事项',
    facts: '按照预案储备了防汛物资，当年遭遇超历史纪录强降雨，物资仍出现短缺，造成部分农田受淹。',
  },
  {
    cadre: '林雪', openedDaysAgo: 40, stop: 'feedback', outcome: 'lighter', situations: ['policyChange'],
    matter: '农村公路提档升级项目进度滞后问责事项',
    facts: '项目实施期间上级调整补助政策，配套资金延迟到位，导致三个标段工期滞后。',
  },
  {
    cadre: '何振华', openedDaysAgo: 50, stop: 'closed', outcome: 'reduced', situations: ['collectiveDecision'],
    matter: '土地出让金收缴不及时问责事项',
    facts: '经局党组集体研究同意企业分期缴纳土地出让金，后企业经营困难欠缴，已追回大部分款项。',
  },
  {
    cadre: '高峰', openedDaysAgo: 45, stop: 'closed', outcome: 'notTolerated', situations: ['developmentError'], exclusion: 'knowingViolation',
    matter: '高标准农田项目验收把关不严问责事项',
    facts: '在明知部分田块未按设计施工的情况下签署验收意见，导致项目资金被违规拨付。',
  },
  {
    cadre: '冯志远', openedDaysAgo: 35, stop: 'appealed', outcome: 'notTolerated', situations: ['emergency'],
    matter: '春运应急运力调度失误问责事项',
    facts: '春运期间突遇冰冻天气，紧急调度运力时未履行报批程序，被认定为不予容错，本人提出申诉。',
  },
  {
    cadre: '罗建军', openedDaysAgo: 20, stop: 'application', outcome: 'exempt', situations: ['developmentError'],
    matter: '乡财政所资金拨付延误问责事项',
    facts: '为推进产业项目落地先行拨付启动资金，手续补办迟延。',
  },
  {
    cadre: '谢婷', openedDaysAgo: 12, stop: 'investigation', outcome: 'lighter', situations: ['unrestrictedTrial'],
    matter: '不动产登记“带押过户”试点登记差错问责事项',
    facts: '在上级尚无明确规定的“带押过户”探索中，一宗登记出现抵押信息录入差错，已及时更正。',
  },
  {
    cadre: '唐勇', openedDaysAgo: 25, stop: 'ruling.pending', outcome: 'exempt', situations: ['objectedToSuperior'],
    matter: '公路养护工程变更问责事项',
    facts: '对上级临时变更养护方案提出书面异议未被采纳，按要求执行后造成部分路段返工。',
  },
  {
    cadre: '曹文', openedDaysAgo: 8, stop: 'refused', outcome: 'exempt', situations: ['developmentError'],
    matter: '执法大队案件超期办理问责事项',
    facts: '申请人称案件超期系执法力量不足所致。',
  },
  {
    cadre: '彭磊', openedDaysAgo: 6, stop: 'withdrawn', outcome: 'exempt', situations: ['emergency'],
    matter: '综合执法队夜间拆除违建程序瑕疵问责事项',
    facts: '台风来临前紧急拆除危险违建，未按规定提前公告。',
  },
  {
    cadre: '张明远', openedDaysAgo: 3, stop: 'application.pending', outcome: 'exempt', situations: ['collectiveDecision'],
    matter: '云溪镇招商引资项目前期费用损失问责事项',
    facts: '按照镇党委集体决策先行垫付项目前期费用，后企业变更投资计划造成损失。',
  },
];

const OUTCOME_NAMES: Record<FaultToleranceOutcome, string> = {
  exempt: '免予问责',
  noAccountability: '不予问责',
  lighter: '从轻问责',
  reduced: '减轻问责',
  notTolerated: '不予容错',
};

export interface CaseMoveContext {
  api: DemoApi;
  cadres: Record<string, number>;
  today: IsoDate;
  /** A day this many calendar days before today. */
  day(daysAgo: number): IsoDate;
  year: number;
}

function investigation(d: FaultToleranceDemo) {
  const violation = d.exclusion !== undefined;
  return {
    facts: `经调取档案、谈话核实：${d.facts}${violation ? '当事人事前已知悉相关规定。' : '未发现谋取私利情形。'}`,
    evidence: [{ title: '相关会议纪要及文件' }, { title: '谈话笔录', note: '共 3 份' }],
    factors: {
      motive: violation ? '存在放任心态' : '出于推动工作的公心',
      conditions: '客观条件较为复杂',
      procedure: violation ? '未履行应有程序' : '基本履行了决策程序',
      nature: violation ? '明知故犯，性质较重' : '工作失误，情节较轻',
      consequences: '造成一定损失和影响',
      lossRecovered: '已采取补救措施',
    },
    distinctions: {
      inexperienceVsKnowing: { finding: violation ? 'violation' : 'fault', reasoning: violation ? '属明知故犯' : '属缺乏经验的失误' },
      trialVsBan: { finding: 'notApplicable', reasoning: '不涉及上级明令禁止事项' },
      developmentVsGain: { finding: 'fault', reasoning: '未谋取私利' },
    },
    conditions: Object.fromEntries(CATALOG.conditions.map((c) => [c.id, { holds: true, note: '经核查成立' }])),
    exclusions: Object.fromEntries(
      CATALOG.exclusions.map((e) => [e.id, { holds: e.id === d.exclusion, note: e.id === d.exclusion ? '存在该情形' : '不存在' }]),
    ),
    catalogVersion: CATALOG.version,
    proposedOutcome: d.outcome,
  };
}

function ruling(d: FaultToleranceDemo, c: CaseMoveContext, seq: number) {
  const tolerated = d.outcome !== 'notTolerated';
  return {
    meeting: { body: '县纪委常委会', heldOn: c.day(2), attendees: ['陈志', '孙立', '王华'], decidedBy: 'vote', votes: { for: 7, against: 0, abstain: 0 } },
    referredToPartyCommittee: false,
    outcome: d.outcome,
    situationsApplied: tolerated ? d.situations : [],
    catalogVersion: CATALOG.version,
    reasoning: `综合分析动机态度、客观条件、程序方法、性质程度、后果影响和挽回损失等因素，认定${OUTCOME_NAMES[d.outcome]}。`,
    correctionOrder: { measures: '健全相关工作制度，完善审批流程', dueOn: c.day(-30), responsible: '所在单位' },
    documentNo: `青纪容认〔${c.year}〕${seq}号`,
  };
}

function feedback(c: CaseMoveContext, completed: boolean) {
  return {
    resultToApplicant: { sentOn: c.day(1) },
    resultToUnit: { sentOn: c.day(1) },
    noticeToOrganizationDepartment: { sentOn: c.day(1), documentNo: `青纪函〔${c.year}〕12号` },
    filing: { filedWith: '青山县委', filedOn: c.day(1) },
    correctionCheck: { checkedOn: c.today, completed, note: completed ? '整改措施已落实' : '整改正在推进' },
  };
}

/** One case's moves, from the application to where the demonstration leaves it. */
export function faultToleranceMoves(d: FaultToleranceDemo, c: CaseMoveContext, seq: number): Move<DemoMember>[] {
  let id = 0;
  const act = (action: string, input: Record<string, unknown> = {}) => c.api.call('cases.act', { id, action, input }).then(() => undefined);
  const save = (step: string, data: Record<string, unknown>) => c.api.call('cases.saveStep', { id, step, data }).then(() => undefined);
  const moves: Move<DemoMember>[] = [];
  const add = (who: DemoMember, run: () => Promise<void>) => moves.push({ who, run });
  const stopsAfter = (stop: FaultToleranceStop) => d.stop === stop;

  add('officer', async () => {
    const opened = await c.api.call('cases.create', {
      kind: 'fault-tolerance',
      cadreId: c.cadres[d.cadre]!,
      openedOn: c.day(d.openedDaysAgo),
      data: {
        receivedOn: c.day(d.openedDaysAgo),
        applicantKind: 'cadre',
        applicantName: d.cadre,
        accountabilityMatter: d.matter,
        factsClaimed: d.facts,
        situationsInvoked: d.situations,
      },
    });
    id = opened.summary.id;
  });
  if (stopsAfter('application')) return moves;
  add('officer', () => act('application.submit'));
  if (stopsAfter('application.pending')) return moves;
  if (stopsAfter('refused')) {
    add('reviewer', () => act('application.refuse', { reason: '申请事项不属于问责程序中的事项，不予受理。' }));
    return moves;
  }
  add('reviewer', () => act('application.accept'));
  add('officer', () => save('investigation', investigation(d)));
  if (stopsAfter('investigation')) return moves;
  if (stopsAfter('withdrawn')) {
    add('officer', () => act('withdraw', { reason: '申请人书面撤回申请。' }));
    return moves;
  }
  add('officer', () => act('investigation.submit'));
  add('reviewer', () => act('investigation.approve'));
  // 查审分离: the reviewer prepares the ruling, the approver decides it.
  add('reviewer', () => save('ruling', ruling(d, c, seq)));
  add('reviewer', () => act('ruling.submit'));
  if (stopsAfter('ruling.pending')) return moves;
  add('approver', () => act('ruling.approve'));
  if (stopsAfter('appealed')) {
    // Reviewed by people who took no part in the ruling.
    add('officer2', () => act('appeal', { reason: '申诉人认为当时情况紧急，应认定为容错。', receivedOn: c.today }));
    add('officer2', () =>
      save('review', { appellant: d.cadre, grounds: '情况紧急，来不及报批。', findings: '正在复核中，已调取当日值班记录。', decision: 'upheld', decidedOn: c.today }),
    );
    add('officer2', () => act('review.submit'));
    return moves;
  }
  add('officer', () => save('feedback', feedback(c, !stopsAfter('feedback'))));
  if (stopsAfter('feedback')) return moves;
  add('officer', () => act('feedback.submit'));
  add('reviewer', () => act('feedback.close'));
  return moves;
}
