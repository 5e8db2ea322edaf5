import type { Input } from '../../shared/ipc';
import type { PointFinding, ReceivedVia } from '../../shared/workflow/clearance.fields';
import type { Move } from './demo-script';
import type { DemoMember } from './demo-people';
import type { CaseMoveContext } from './fault-tolerance-demo';

/** Where a demonstration clearance is left. */
export type ClearanceStop = 'initiation' | 'assessment.pending' | 'approval' | 'implementation' | 'closed' | 'refused';

interface ClearanceDemo {
  cadre: string;
  /** Numbers of the report's points this case clears. */
  points: number[];
  stop: ClearanceStop;
  openedDaysAgo: number;
  origin: 'proposal' | 'application';
  methods: string[];
  /** A malicious false accusation, referred by this route's category. */
  referral?: { accuser: string; category: 'other' };
}

interface ReportDemo {
  receivedVia: ReceivedVia;
  receivedDaysAgo: number;
  /** Null: an anonymous report. */
  reporter: { name: string; contact?: string; workplace?: string } | null;
  cadres: string[];
  allegations: string;
  /** Summary, finding (null: not concluded), and the cadres it is about when not all. */
  points: [string, PointFinding | null, string[]?][];
  /** Days ago the verification concluded; null while it goes on; undefined: no department assigned yet. */
  concludedDaysAgo?: number | null;
  clearances: ClearanceDemo[];
}

/**
 * Points of every finding; reports registered, being verified and concluded; clearances at every
 * step, closed, refused and overdue; and one malicious accusation referred to the police.
 */
export const REPORT_DEMOS: readonly ReportDemo[] = [
  {
    receivedVia: 'letter', receivedDaysAgo: 90, concludedDaysAgo: 40,
    reporter: { name: '周某某', contact: '139****2608', workplace: '云溪镇某村村民' },
    cadres: ['张明远', '陈思远'],
    allegations: '反映张明远、陈思远在云溪镇农贸市场改造项目中违规插手工程、接受宴请等问题。',
    points: [
      ['张明远违规插手农贸市场改造工程招标', 'untrue', ['张明远']],
      ['在项目推进中接受施工方宴请', 'true'],
      ['张明远利用职务便利为亲属承揽工程', 'unproven', ['张明远']],
      ['陈思远违规审批工程变更签证', 'partlyTrue', ['陈思远']],
    ],
    clearances: [{ cadre: '张明远', points: [1], stop: 'closed', openedDaysAgo: 35, origin: 'proposal', methods: ['written', 'meeting'] }],
  },
  {
    receivedVia: 'visit', receivedDaysAgo: 80, concludedDaysAgo: 30,
    reporter: { name: '钱某某', workplace: '个体经营者' },
    cadres: ['刘建国'],
    allegations: '反映刘建国在征地补偿工作中收受回扣。',
    points: [['收受征地补偿款回扣二十万元', 'untrue']],
    clearances: [
      {
        cadre: '刘建国', points: [1], stop: 'implementation', openedDaysAgo: 25, origin: 'application', methods: ['written', 'notice'],
        referral: { accuser: '钱某某', category: 'other' },
      },
    ],
  },
  {
    receivedVia: 'online', receivedDaysAgo: 70, concludedDaysAgo: 20, reporter: null,
    cadres: ['孙海燕'],
    allegations: '网络举报孙海燕违规指定道路养护施工单位、公车私用。',
    points: [
      ['违规指定道路养护施工单位', 'untrue'],
      ['公车私用', 'untrue'],
    ],
    clearances: [{ cadre: '孙海燕', points: [1, 2], stop: 'assessment.pending', openedDaysAgo: 15, origin: 'proposal', methods: ['written', 'inPerson'] }],
  },
  {
    receivedVia: 'phone', receivedDaysAgo: 75, concludedDaysAgo: 45, reporter: null,
    cadres: ['黄志强'],
    allegations: '来电反映黄志强在耕地占补平衡核查中弄虚作假。',
    points: [['耕地占补平衡核查弄虚作假', 'untrue']],
    // Left at initiation long past its 5 working days: overdue.
    clearances: [{ cadre: '黄志强', points: [1], stop: 'initiation', openedDaysAgo: 30, origin: 'proposal', methods: ['written'] }],
  },
  {
    receivedVia: 'referred', receivedDaysAgo: 65, concludedDaysAgo: 18,
    reporter: { name: '某市信访局转办', workplace: '上级转办件' },
    cadres: ['吴敏', '郑涛'],
    allegations: '上级转办：反映吴敏、郑涛违规发放脱贫攻坚补贴。',
    points: [
      ['吴敏违规发放产业扶持补贴', 'untrue', ['吴敏']],
      ['郑涛优亲厚友发放补贴', 'untrue', ['郑涛']],
    ],
    clearances: [
      { cadre: '吴敏', points: [1], stop: 'approval', openedDaysAgo: 12, origin: 'proposal', methods: ['written', 'meeting'] },
      { cadre: '郑涛', points: [2], stop: 'refused', openedDaysAgo: 10, origin: 'application', methods: ['written'] },
    ],
  },
  {
    receivedVia: 'letter', receivedDaysAgo: 20, concludedDaysAgo: null,
    reporter: { name: '吴某某', contact: '137****5521' },
    cadres: ['彭磊'],
    allegations: '反映彭磊在综合执法中选择性执法、收受商户财物。',
    points: [
      ['选择性执法', 'true'],
      ['收受商户财物', null],
    ],
    clearances: [],
  },
  {
    receivedVia: 'online', receivedDaysAgo: 5, reporter: null,
    cadres: ['曹文'],
    allegations: '网络举报曹文在执法检查中吃拿卡要。',
    points: [['执法检查中吃拿卡要', null]],
    clearances: [],
  },
];

interface Refs {
  reportId: number;
  pointIds: number[];
}

function reportInput(r: ReportDemo, c: CaseMoveContext, commissionId: number): Input<'reports.create'> {
  return {
    receivedVia: r.receivedVia,
    receivedOn: c.day(r.receivedDaysAgo),
    reporter: r.reporter ? { anonymous: false, ...r.reporter } : { anonymous: true },
    cadreIds: r.cadres.map((n) => c.cadres[n]!),
    allegations: r.allegations,
    points: r.points.map(([summary, , about]) => ({ summary, ...(about ? { cadreIds: about.map((n) => c.cadres[n]!) } : {}) })),
    ...(r.concludedDaysAgo !== undefined ? { verification: { unitId: commissionId } } : {}),
  };
}

function clearanceMoves(d: ClearanceDemo, c: CaseMoveContext, refs: Refs, seq: number): Move<DemoMember>[] {
  let id = 0;
  let referralId = 0;
  const act = (action: string, input: Record<string, unknown> = {}) => c.api.call('cases.act', { id, action, input }).then(() => undefined);
  const save = (step: string, data: Record<string, unknown>) => c.api.call('cases.saveStep', { id, step, data }).then(() => undefined);
  const moves: Move<DemoMember>[] = [];
  const add = (who: DemoMember, run: () => Promise<void>) => moves.push({ who, run });
  const opened = c.day(d.openedDaysAgo);

  add('officer', async () => {
    const initiation =
      d.origin === 'proposal'
        ? { origin: 'proposal', consultation: { consultedOn: opened, means: 'inPerson', wishes: '希望在本单位予以澄清，消除影响' } }
        : { origin: 'application', application: { receivedOn: opened, untrueContent: '举报反映的问题', clearanceWanted: '书面澄清并在单位内通报' } };
    const c0 = await c.api.call('clearance.open', {
      reportId: refs.reportId,
      cadreId: c.cadres[d.cadre]!,
      pointIds: d.points.map((n) => refs.pointIds[n - 1]!),
      openedOn: opened,
      initiation,
    });
    id = c0.summary.id;
  });
  if (d.stop === 'initiation') return moves;
  add('officer', () => act('initiation.submit'));
  if (d.stop === 'refused') {
    add('reviewer', () => act('initiation.refuse', { reason: '经核实，相关问题仅在核实期间进行了谈话了解，未对本人造成不良影响，不符合澄清条件。' }));
    return moves;
  }
  add('reviewer', () => act('initiation.accept'));
  add('officer', () =>
    save('assessment', {
      harms: d.referral ? ['career', 'repeatedReports'] : ['career'],
      onlyVerificationEffects: false,
      impact: '举报内容在单位内部传开，本人年度评优被暂缓。',
      pointsToClear: d.points.map(String),
      methods: d.methods,
      scope: '所在单位',
      audience: '所在单位全体干部',
      reportNature: d.referral ? 'malicious' : 'mistaken',
      natureReasoning: d.referral
        ? '举报人因个人诉求未获支持，在明知事实的情况下捏造问题并多次重复举报，属诬告陷害。'
        : '举报人对相关政策和程序不了解而产生误解，无捏造事实的故意，属错告。',
    }),
  );
  if (d.referral) {
    const { accuser, category } = d.referral;
    add('officer', async () => {
      const r = await c.api.call('referrals.create', {
        caseId: id,
        accuser: { known: true, name: accuser, workplace: '个体经营者' },
        category,
        facts: `${accuser}因个人诉求未获支持，捏造${d.cadre}收受回扣的事实，并多次实名、匿名重复举报。`,
        basis: '《纪检监察机关处理检举控告工作规则》',
        materials: ['举报材料复印件', '核实情况报告', '谈话笔录复印件'],
      });
      referralId = r.id;
    });
    add('approver', () => c.api.call('referrals.approve', { id: referralId, approvedBy: '青山县纪委常委会', approvedOn: c.today }).then(() => undefined));
    add('officer', () =>
      c.api
        .call('referrals.update', { id: referralId, sending: { sentOn: c.today, receivingBody: '青山县公安局', documentNo: `青纪移〔${c.year}〕1号` } })
        .then(() => undefined),
    );
  }
  add('officer', () => act('assessment.submit'));
  if (d.stop === 'assessment.pending') return moves;
  add('reviewer', () => act('assessment.approve'));
  add('officer2', () => save('approval', { formNo: `青纪澄审〔${c.year}〕${seq}号`, authority: '青山县纪委常委会', submittedOn: c.today }));
  if (d.stop === 'approval') return moves;
  add('officer2', () => act('approval.submit'));
  add('approver', () => act('approval.approve'));
  const carriedOut = d.methods.map((method) => ({
    method,
    carriedOutOn: c.today,
    participants: method === 'written' ? `${d.cadre}本人及所在单位党组织` : '所在单位干部',
    ...(method === 'written' ? { documentNo: `青纪函〔${c.year}〕${20 + seq}号` } : {}),
    ...(method === 'meeting' ? { place: '所在单位会议室', chair: '县纪委副书记陈志' } : {}),
  }));
  add('officer', () =>
    save('implementation', { intendedNotice: { sentOn: c.today, acknowledgedOn: c.today }, implementations: carriedOut, visits: [], filedOn: c.today }),
  );
  if (d.stop === 'implementation') return moves;
  add('officer', () => save('implementation', { visits: [{ visitedOn: c.today, mode: 'inPerson', visitor: '李明', cadreState: '思想包袱已放下，工作积极主动' }] }));
  add('officer', () => act('implementation.submit'));
  add('reviewer', () => act('implementation.close'));
  return moves;
}

/**
 * One report's moves, then each of its clearances' as a queue of its own: registered and verified
 * point by point first (the queues run in order for each person), then each clearance to where it is left.
 */
export function reportMoves(r: ReportDemo, c: CaseMoveContext, commissionId: number, seq: { next(): number }): Move<DemoMember>[][] {
  const refs: Refs = { reportId: 0, pointIds: [] };
  const report: Move<DemoMember> = {
    who: 'officer',
    async run() {
      const created = await c.api.call('reports.create', reportInput(r, c, commissionId));
      refs.reportId = created.id;
      refs.pointIds = created.points.map((p) => p.id);
      if (r.concludedDaysAgo === undefined) return;
      await c.api.call('reports.update', {
        id: created.id,
        points: created.points.map((p, i) => {
          const [, finding] = r.points[i]!;
          return { id: p.id, summary: p.summary, cadreIds: p.cadreIds, finding, ...(finding ? { note: '经调阅资料、谈话了解核实。' } : {}) };
        }),
        verification:
          r.concludedDaysAgo === null
            ? { unitId: commissionId }
            : { unitId: commissionId, concludedOn: c.day(r.concludedDaysAgo), conclusion: '经核实，逐项认定如下，详见各项核实结论。' },
      });
    },
  };
  return [[report], ...r.clearances.map((d) => clearanceMoves(d, c, refs, seq.next()))];
}
