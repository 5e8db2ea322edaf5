import type { CaseType } from './document-kind';

/**
 * Every value a template may name, with its type and a sample. The sample set is complete, so an
 * administrator's preview and the tests can render any template without a real case.
 *
 * Wording convention, which the default templates rely on: a `phrase` sample has no closing
 * punctuation and sits inside a sentence; a `passage` is one or more whole sentences ending in 。 and
 * may hold line breaks, each of which becomes a paragraph of its own.
 */
export type PlaceholderType = 'text' | 'date' | 'number' | 'list' | 'rows';
export type PlaceholderScope = 'common' | CaseType | 'filing';

export interface PlaceholderDef {
  path: string;
  type: PlaceholderType;
  scope: PlaceholderScope;
  /** An empty value prints nothing instead of stopping the document. */
  optional?: boolean;
  sample: string | number | readonly string[] | readonly Record<string, string | number>[];
  /** For `rows`: the fields of each row, named `item.<field>` inside a repeated table row. */
  itemFields?: readonly PlaceholderDef[];
}

/** The name each row of a `rows` value takes inside the repeated table row. */
export const REPEAT_ITEM = 'item';

function p(
  path: string,
  scope: PlaceholderScope,
  sample: PlaceholderDef['sample'],
  type: PlaceholderType = 'text',
  optional = false,
): PlaceholderDef {
  return { path, type, scope, sample, ...(optional ? { optional } : {}) };
}
const d = (path: string, scope: PlaceholderScope, sample: string, optional = false) => p(path, scope, sample, 'date', optional);
const n = (path: string, scope: PlaceholderScope, sample: number) => p(path, scope, sample, 'number');

const FILE_ITEM_FIELDS: readonly PlaceholderDef[] = [
  n('item.seq', 'filing', 1),
  p('item.docNumber', 'filing', '清纪〔2026〕15号', 'text', true),
  p('item.author', 'filing', '中共清河市纪律检查委员会'),
  p('item.title', 'filing', '容错纠错认定意见书'),
  d('item.date', 'filing', '2026-11-28'),
  p('item.pages', 'filing', '1-4'),
  p('item.note', 'filing', '', 'text', true),
];

const FT = 'faultTolerance';
const CQ = 'clearance';

export const PLACEHOLDERS: readonly PlaceholderDef[] = [
  // Issuing office and document
  p('office.name', 'common', '中共清河市纪律检查委员会'),
  p('office.mark', 'common', '中共清河市纪律检查委员会'),
  p('office.shortName', 'common', '市纪委'),
  p('contact.name', 'common', '王晓峰'),
  p('contact.phone', 'common', '0816-2345678'),
  p('document.number', 'common', '清纪〔2026〕15号'),
  d('document.date', 'common', '2026-11-28'),
  p('case.number', 'common', 'QZ-2026-0003'),
  // The cadre concerned and the cadre's unit
  p('cadre.name', 'common', '李明'),
  p('cadre.gender', 'common', '男'),
  d('cadre.birthDate', 'common', '1980-05-12'),
  p('cadre.politicalStatus', 'common', '中共党员'),
  p('cadre.unit', 'common', '清河市发展和改革委员会'),
  p('cadre.position', 'common', '党组成员、副主任'),
  p('cadre.rank', 'common', '四级调研员'),
  p('unit.partyOrg', 'common', '中共清河市发展和改革委员会党组'),

  // 容错纠错
  p('applicant.type', FT, '所在单位申请'),
  p('applicant.name', FT, '中共清河市发展和改革委员会党组'),
  p('applicant.addressee', FT, '中共清河市发展和改革委员会党组'),
  d('application.date', FT, '2026-09-10'),
  p('application.facts', FT, '2025年3月，为确保市产业园区标准厂房项目按期投产，李明同志在分管项目推进工作中，经委党组会议研究同意，在部分配套资金审批手续尚未办结的情况下先行拨付工程进度款，导致资金拨付程序不规范。'),
  p('application.situations', FT, '第三项“为推动发展出现的无意过失”'),
  p('application.request', FT, '请求对李明同志在上述工作中的失误予以容错，免予问责。'),
  p('accountability.organ', FT, '中共清河市纪律检查委员会'),
  p('accountability.matter', FT, '市产业园区标准厂房项目配套资金拨付程序不规范问题'),
  d('accountability.startDate', FT, '2026-08-20'),
  d('acceptance.date', FT, '2026-09-15'),
  p('acceptance.refusalReason', FT, '申请事项所涉失误系在上级明令禁止后仍然执行所致，属于不予容错情形'),
  p('investigation.team', FT, '市纪委第二监督检查室核查组'),
  p('investigation.reportTo', FT, '市纪委常委会'),
  d('investigation.startDate', FT, '2026-09-18'),
  d('investigation.endDate', FT, '2026-10-30'),
  p('investigation.facts', FT, '经调阅项目档案、会议纪要和资金拨付凭证，并与相关人员谈话核实，查明：2025年3月，市产业园区标准厂房项目因配套资金审批周期较长面临停工风险，李明同志提议先行拨付工程进度款1200万元，经委党组会议集体研究同意后执行。相关审批手续于2025年5月补办完毕，资金全部用于项目建设，未发现截留挪用。\n项目于2025年10月如期投产，目前已有5家企业入驻。'),
  p('investigation.motive', FT, '李明同志提议先行拨付资金，目的是保障项目按期建设，未发现谋取私利的动机，事后主动说明情况，态度端正。'),
  p('investigation.objectiveConditions', FT, '当时配套资金审批周期较长，项目面临停工风险，客观上存在时间紧迫的压力。'),
  p('investigation.procedure', FT, '拨付事项经委党组会议集体研究决定，会议记录完整，相关审批手续事后已补办，程序基本履行。'),
  p('investigation.nature', FT, '属于工作程序上的偏差，情节较轻，不属于明知故犯或者谋取私利的违纪违法行为。'),
  p('investigation.consequences', FT, '未造成资金损失，未产生不良社会影响。'),
  p('investigation.lossRecovery', FT, '相关审批手续已于2025年5月补办完毕，该委已建立资金拨付事前审核制度。'),
  p('investigation.distinction1', FT, '该失误发生在推进产业园区建设、探索项目快速落地机制过程中，属于缺乏经验出现的失误，不属于明知故犯。'),
  p('investigation.distinction2', FT, '上级对项目配套资金先行拨付未作明令禁止，不存在明令禁止后依然我行我素的情形。'),
  p('investigation.distinction3', FT, '资金全部用于项目建设，李明同志及其亲属未从中获利，属于为推动发展出现的无意过失。'),
  p('investigation.conditions', FT, '经逐项核查，李明同志没有谋取私利，未违反政治纪律，所涉事项不属于法律法规和党内法规明令禁止的行为，决策程序基本履行，本人积极配合调查并主动采取措施消除影响，符合容错条件。'),
  p('investigation.exclusions', FT, '经核查，未发现明知故犯、明令禁止后依然我行我素、谋取私利、造成重大安全事故或者严重环境污染、纠错后重复出现同类失误等不予容错情形。'),
  p('investigation.proposal', FT, '核查组建议，对李明同志在上述工作中的失误予以容错，免予问责；同时责令其所在单位完善资金拨付管理制度，限期整改。'),
  p('ruling.meeting', FT, '市纪委常委会2026年第21次会议'),
  d('ruling.date', FT, '2026-11-20'),
  p('ruling.documentNumber', FT, '清纪〔2026〕15号'),
  p('ruling.catalogVersion', FT, '2026年第1版'),
  p('ruling.facts', FT, '2025年3月，李明同志在推进市产业园区标准厂房项目过程中，为避免项目停工，提议在配套资金审批手续尚未办结的情况下先行拨付工程进度款1200万元，经委党组会议集体研究同意后执行。相关手续于2025年5月补办完毕，资金全部用于项目建设，项目已按期投产。'),
  p('ruling.distinction1', FT, '该失误发生在探索项目快速落地机制过程中，系缺乏经验所致，不属于明知故犯。'),
  p('ruling.distinction2', FT, '上级对此未作明令禁止，不存在明令禁止后依然我行我素的情形。'),
  p('ruling.distinction3', FT, '李明同志未从中谋取任何私利，属于为推动发展出现的无意过失。'),
  p('ruling.situations', FT, '该失误属于第三项“为推动发展出现的无意过失”情形'),
  p('ruling.reasoning', FT, '综合考虑其动机态度、客观条件、程序方法、性质程度、后果影响和挽回损失等情况，李明同志符合容错的各项条件，未发现不予容错情形。'),
  p('ruling.basis', FT, '《中国共产党问责条例》第十七条'),
  p('ruling.outcome', FT, '予以容错，免予问责'),
  p('correction.requirements', FT, '一是全面梳理项目资金拨付流程，建立事前审核和会签制度；二是对2025年以来的项目资金拨付情况开展自查，发现问题及时纠正；三是组织相关人员学习财经纪律和项目管理规定。'),
  d('correction.deadline', FT, '2027-01-15'),
  p('correction.reportTo', FT, '市纪委第二监督检查室'),
  n('appeal.days', FT, 15),
  p('appeal.organ', FT, '中共清河市纪律检查委员会'),
  p('filing.organ', FT, '中共清河市委'),
  p('orgDept.name', FT, '中共清河市委组织部'),

  // 澄清正名
  p('report.source', CQ, '信访举报'),
  d('report.receivedDate', CQ, '2026-06-03'),
  p('report.summary', CQ, '在产业园区项目招标中违规插手、收受他人财物等问题'),
  p('report.verifiedBy', CQ, '市纪委第四监督检查室'),
  d('report.verificationEndDate', CQ, '2026-08-28'),
  p('report.conclusion', CQ, '经调取招标档案、银行流水并与相关人员谈话核实，反映的问题均无事实依据。'),
  p('report.untruePoints', CQ, '在产业园区项目招标中违规插手、收受投标企业负责人财物'),
  p('report.nature', CQ, '经初步判断，举报人系对招标程序不了解而产生误解，属于错告'),
  p('clearance.origin', CQ, '承办部门提出'),
  p('clearance.cadreOpinion', CQ, '经征求本人意见，李明同志希望在单位内部召开澄清会予以澄清。'),
  p('clearance.impact', CQ, '举报反映的问题在单位内部传播，对李明同志的声誉和正常工作造成了不良影响，其本人思想压力较大。'),
  p('clearance.method', CQ, '召开澄清会并书面澄清'),
  p('clearance.scope', CQ, '清河市发展和改革委员会全体干部职工'),
  p('clearance.noticeRecipients', CQ, '市发展改革委各科室、直属单位'),
  d('clearance.approvalDate', CQ, '2026-09-12'),
  d('clearance.date', CQ, '2026-09-18'),
  n('clearance.responseDays', CQ, 5),
  n('followUp.round', CQ, 1),
  d('followUp.date', CQ, '2026-10-20'),
  p('followUp.method', CQ, '当面回访'),
  p('followUp.place', CQ, '市发展改革委三楼会议室'),
  p('followUp.interviewers', CQ, '王晓峰、陈静'),
  p('followUp.cadreState', CQ, '思想包袱已经放下，对组织为其澄清正名表示感谢。'),
  p('followUp.workState', CQ, '工作积极主动，分管的重点项目推进顺利。'),
  p('followUp.requests', CQ, '无其他意见诉求。'),
  p('followUp.unitOpinion', CQ, '该同志澄清后工作状态良好，单位将继续关心支持其担当作为。'),
  p('followUp.conclusion', CQ, '澄清效果良好，拟于三个月后进行第二次回访。'),
  p('followUp.recorder', CQ, '陈静'),
  p('referral.receiver', CQ, '清河市公安局'),
  p('referral.accuserName', CQ, '赵某某'),
  p('referral.accuserIdentity', CQ, '非中共党员，非公职人员'),
  p('referral.facts', CQ, '赵某某因所在企业未中标心存不满，在明知李明同志未参与评标的情况下，捏造其收受投标企业负责人财物的事实，并多次向有关部门实名、匿名重复举报。'),
  p('referral.basis', CQ, '《纪检监察机关处理检举控告工作规则》'),
  p('referral.materials', CQ, ['举报材料复印件', '核实情况报告', '谈话笔录复印件'], 'list'),

  // 案卷
  p('file.title', 'filing', '关于李明同志容错纠错案卷'),
  p('file.caseType', 'filing', '容错纠错'),
  p('file.archiveCode', 'filing', 'QJ·2026-RC-003'),
  p('file.volume', 'filing', '第1卷 共1卷'),
  p('file.retention', 'filing', '永久'),
  d('file.startDate', 'filing', '2026-09-10'),
  d('file.endDate', 'filing', '2026-11-28'),
  n('file.pageCount', 'filing', 86),
  p('file.archivist', 'filing', '王晓峰'),
  p('file.checker', 'filing', '陈静'),
  d('file.archivedDate', 'filing', '2026-12-10'),
  {
    path: 'file.items',
    type: 'rows',
    scope: 'filing',
    itemFields: FILE_ITEM_FIELDS,
    sample: [
      { seq: 1, docNumber: '', author: '李明', title: '容错纠错申请表', date: '2026-09-10', pages: '1-3', note: '' },
      { seq: 2, docNumber: '清纪〔2026〕9号', author: '中共清河市纪律检查委员会', title: '容错纠错申请受理通知书', date: '2026-09-15', pages: '4-5', note: '' },
      { seq: 3, docNumber: '', author: '市纪委第二监督检查室核查组', title: '关于李明同志容错纠错申请的调查核实报告', date: '2026-10-30', pages: '6-20', note: '' },
      { seq: 4, docNumber: '清纪〔2026〕15号', author: '中共清河市纪律检查委员会', title: '容错纠错认定意见书', date: '2026-11-20', pages: '21-25', note: '原件' },
    ],
  },
];

const BY_PATH = new Map<string, PlaceholderDef>();
for (const def of PLACEHOLDERS) {
  BY_PATH.set(def.path, def);
  for (const field of def.itemFields ?? []) BY_PATH.set(field.path, field);
}

/** The definition of a placeholder path, `item.*` fields included. */
export function placeholderDef(path: string): PlaceholderDef | undefined {
  return BY_PATH.get(path);
}

/** Which scopes a document of this case type may draw on. */
export function scopesFor(caseType: CaseType | undefined): readonly PlaceholderScope[] {
  return caseType ? ['common', caseType] : ['common', 'filing'];
}

/** The placeholders offered to the editor of a template for a document of this case type. */
export function placeholdersFor(caseType: CaseType | undefined): PlaceholderDef[] {
  const scopes = scopesFor(caseType);
  return PLACEHOLDERS.filter((def) => scopes.includes(def.scope));
}
