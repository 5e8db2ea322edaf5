import type { Cadre, CaseDetail } from '../../shared/ipc/cases.contract';
import type { DocumentSettings, SuppliedValues } from '../../shared/ipc/documents.contract';
import type { TemplateValues } from '../../shared/documents';
import { formatChineseNumber } from '../../shared/documents';
import { translate } from '../../shared/i18n';
import { catalogItemLabel, type FaultToleranceCatalog } from '../../shared/workflow/fault-tolerance.catalog';
import { FAULT_TOLERANCE_PERIODS } from '../../shared/workflow/fault-tolerance.workflow';
import type { HistoryEntry } from '../../shared/workflow/types';
import type { Office } from '../repos/settings.repo';

/**
 * The values a document template names, read off a case: its steps' records, its history, the
 * cadre, the office and the office's document settings. Documents are written in Chinese whatever
 * language the screen is in, so every phrase here is Chinese. A value the case cannot give is left
 * out, and the render names it as missing; what the officer supplies fills it and wins over what
 * is read here.
 */
export interface ValueSources {
  detail: CaseDetail;
  cadre: Cadre;
  office: Office;
  settings: DocumentSettings;
  /** The catalog the case's ruling applied (or the one in force): names the situations. */
  catalog: FaultToleranceCatalog | undefined;
  /** 发文字号 of the latest issued 认定意见书, which later documents cite. */
  rulingNumber: string | null;
  /** Who is issuing: the contact named on letters. */
  userName: string;
  document: { number: string | null; date: string };
  supplied: SuppliedValues;
  /** The 诬告陷害 referral record linked to a clearance case, when there is one here. */
  referral?: { accuserName: string | null; accuserWorkplace: string | null; category: string; route: string; facts: string; basis: string | null; materials: readonly string[]; receivingBody: string | null };
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const zh = (key: string) => translate('zh-CN', key);

/** A passage ends with full-width closing punctuation; the officer's notes often do not. */
export function sentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return /[。！？；…”’」』）)]$/.test(text) ? text : `${text}。`;
}
/** A phrase sits inside the template's own sentence: no closing full stop. */
const phrase = (text: string | undefined) => text?.replace(/[。；;.]+$/, '');

function lastEntry(history: readonly HistoryEntry[], action: string): HistoryEntry | undefined {
  for (let i = history.length - 1; i >= 0; i -= 1) if (history[i]!.action === action) return history[i];
  return undefined;
}

/** 出生年月 from a resident identity number (GB 11643: digits 7–14 are the birth date). */
function birthDateOf(idNumber: string | null): string | undefined {
  const m = idNumber && /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(idNumber);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

const APPLICANT_TYPES: Record<string, string> = { cadre: '本人申请', unit: '所在单位申请', exOfficio: '依职权启动' };
const OUTCOME_PHRASES: Record<string, string> = {
  exempt: '予以容错，免予问责',
  noAccountability: '予以容错，不予问责',
  lighter: '予以容错，从轻处理',
  reduced: '予以容错，减轻处理',
  notTolerated: '不予容错',
};
const OUTCOME_BASIS: Record<string, string> = {
  exempt: '《中国共产党问责条例》第十七条',
  noAccountability: '《中国共产党问责条例》第十七条',
  lighter: '《中国共产党问责条例》第十八条',
  reduced: '《中国共产党问责条例》第十八条',
  notTolerated: '《中国共产党问责条例》',
};
const DISTINCTION_FINDINGS: Record<string, string> = {
  fault: '经分析，属于该情形。',
  violation: '经分析，不属于该情形，属于违纪违法行为。',
  notApplicable: '经分析，不涉及该项区分。',
};
const DISTINCTION_KEYS = ['inexperienceVsKnowing', 'trialVsBan', 'developmentVsGain'] as const;

const RECEIVED_VIA: Record<string, string> = { letter: '来信举报', visit: '来访举报', phone: '来电举报', online: '网络举报', referred: '上级转办' };
const NATURES: Record<string, string> = { mistaken: '属于错告', malicious: '属于诬告陷害', undetermined: '举报性质尚难认定' };
const VISIT_MODES: Record<string, string> = { phone: '电话回访', inPerson: '当面回访' };
/** Who receives a referral by its route, until the officer records the body it was actually sent to. */
const ROUTE_RECEIVERS: Record<string, string> = { partyDiscipline: '有关党组织', administrativeSanction: '有关监察机关', police: '公安机关', judicial: '司法机关' };
const ACCUSER_IDENTITIES: Record<string, string> = { partyMember: '中共党员', publicOfficial: '公职人员', other: '非中共党员、非公职人员', suspectedCrime: '涉嫌犯罪' };

/** Sets a dotted path in a nested object, the shape renderTemplate reads. */
function nest(flat: Record<string, unknown>): TemplateValues {
  const root: Rec = {};
  for (const [path, value] of Object.entries(flat)) {
    if (value === undefined) continue;
    const parts = path.split('.');
    const leaf = parts.pop()!;
    let node = root;
    for (const part of parts) {
      if (!node[part] || typeof node[part] !== 'object' || Array.isArray(node[part])) node[part] = {};
      node = node[part] as Rec;
    }
    node[leaf] = value;
  }
  return root as TemplateValues;
}

function commonValues(s: ValueSources): Record<string, unknown> {
  const { office, settings, cadre, detail } = s;
  return {
    'office.name': office.name || undefined,
    'office.mark': settings.officeMark || office.name || undefined,
    'office.shortName': settings.officeShortName || office.name || undefined,
    'contact.name': s.userName,
    'contact.phone': settings.contactPhone || undefined,
    'document.number': s.document.number ?? undefined,
    'document.date': s.document.date,
    'case.number': detail.summary.number,
    'cadre.name': cadre.name,
    'cadre.gender': cadre.gender === 'male' ? '男' : cadre.gender === 'female' ? '女' : undefined,
    'cadre.birthDate': birthDateOf(cadre.idNumber),
    'cadre.politicalStatus': cadre.politicalStatus ?? undefined,
    'cadre.unit': cadre.unitName,
    'cadre.position': cadre.post ?? undefined,
    'cadre.rank': cadre.rank ?? undefined,
    // Letters to the cadre's unit go to the unit itself unless the officer names its Party organisation.
    'unit.partyOrg': cadre.unitName,
  };
}

function situationPhrase(ids: unknown[], catalog: FaultToleranceCatalog | undefined): string | undefined {
  if (!ids.length) return undefined;
  const list = catalog?.situations ?? [];
  return ids
    .map((id) => {
      const i = list.findIndex((s) => s.id === id);
      return i < 0 ? `“${String(id)}”` : `第${formatChineseNumber(i + 1)}项“${catalogItemLabel('zh-CN', list[i]!)}”`;
    })
    .join('、');
}

function checkList(found: Rec, items: FaultToleranceCatalog['conditions'], yes: string, no: string): string | undefined {
  const parts = items
    .filter((c) => found[c.id] !== undefined)
    .map((c) => {
      const answer = rec(found[c.id]);
      const note = phrase(str(answer.note));
      return `${catalogItemLabel('zh-CN', c)}，${answer.holds === true ? yes : no}${note ? `（${note}）` : ''}`;
    });
  return parts.length ? parts.join('；') : undefined;
}

function faultToleranceValues(s: ValueSources): Record<string, unknown> {
  const data = s.detail.state.data;
  const history = s.detail.state.history as HistoryEntry[];
  const a = rec(data.application);
  const inv = rec(data.investigation);
  const r = rec(data.ruling);
  const fb = rec(data.feedback);
  const name = s.cadre.name;
  const officeName = s.office.name || undefined;
  const applicant = str(a.applicantName);
  const factors = rec(inv.factors);
  const distinctions = rec(inv.distinctions);
  const distinction = (i: number) => {
    const answer = rec(distinctions[DISTINCTION_KEYS[i]!]);
    const finding = DISTINCTION_FINDINGS[String(answer.finding)];
    const reasoning = sentence(str(answer.reasoning));
    return finding && reasoning ? `${finding}${reasoning}` : reasoning;
  };
  const conditions = checkList(rec(inv.conditions), s.catalog?.conditions ?? [], '成立', '不成立');
  const exclusions = checkList(rec(inv.exclusions), s.catalog?.exclusions ?? [], '存在', '不存在');
  const proposed = str(inv.proposedOutcome);
  const outcome = str(r.outcome);
  const meeting = rec(r.meeting);
  const order = rec(r.correctionOrder);
  const applied = arr(r.situationsApplied);
  const appliedPhrase = situationPhrase(applied, s.catalog);
  const explained = phrase(str(r.situationExplained));
  const accepted = lastEntry(history, 'application.accept');
  const refused = lastEntry(history, 'application.refuse');
  const submitted = lastEntry(history, 'investigation.submit');
  return {
    'applicant.type': APPLICANT_TYPES[String(a.applicantKind)],
    'applicant.name': applicant,
    'applicant.addressee': applicant && (a.applicantKind === 'cadre' ? `${applicant}同志` : applicant),
    'application.date': str(a.receivedOn),
    'application.facts': sentence(str(a.factsClaimed)),
    'application.situations': situationPhrase(arr(a.situationsInvoked), s.catalog),
    'application.request': `请求对${name}同志在上述工作中的失误予以容错。`,
    'accountability.matter': phrase(str(a.accountabilityMatter)),
    'acceptance.date': accepted?.on,
    'acceptance.refusalReason': phrase(str(refused?.input?.reason)),
    'investigation.team': `${s.settings.officeShortName || officeName || ''}调查核实组`,
    'investigation.reportTo': str(meeting.body) ?? officeName,
    'investigation.startDate': accepted?.on,
    'investigation.endDate': submitted?.on ?? s.document.date,
    'investigation.facts': sentence(str(inv.facts)),
    'investigation.motive': sentence(str(factors.motive)),
    'investigation.objectiveConditions': sentence(str(factors.conditions)),
    'investigation.procedure': sentence(str(factors.procedure)),
    'investigation.nature': sentence(str(factors.nature)),
    'investigation.consequences': sentence(str(factors.consequences)),
    'investigation.lossRecovery': sentence(str(factors.lossRecovered)),
    'investigation.distinction1': distinction(0),
    'investigation.distinction2': distinction(1),
    'investigation.distinction3': distinction(2),
    'investigation.conditions': conditions && `经逐项核查：${conditions}。`,
    'investigation.exclusions': exclusions && `对照不予容错情形逐项核查：${exclusions}。`,
    'investigation.proposal': proposed && OUTCOME_PHRASES[proposed] && `核查组建议，对${name}同志在上述工作中的失误${OUTCOME_PHRASES[proposed]}。`,
    'ruling.meeting': str(meeting.body),
    'ruling.date': str(meeting.heldOn),
    'ruling.documentNumber': s.rulingNumber ?? str(r.documentNo),
    'ruling.catalogVersion': typeof r.catalogVersion === 'number' ? `第${r.catalogVersion}版` : undefined,
    'ruling.facts': sentence(str(inv.facts)),
    'ruling.distinction1': distinction(0),
    'ruling.distinction2': distinction(1),
    'ruling.distinction3': distinction(2),
    'ruling.situations': outcome
      ? appliedPhrase
        ? `该失误属于${appliedPhrase}情形${explained ? `（${explained}）` : ''}`
        : '经审查，不符合容错情形'
      : undefined,
    'ruling.reasoning': sentence(str(r.reasoning)),
    'ruling.basis': outcome ? OUTCOME_BASIS[outcome] : undefined,
    'ruling.outcome': outcome ? OUTCOME_PHRASES[outcome] : undefined,
    'correction.requirements': sentence(str(order.measures)),
    'correction.deadline': str(order.dueOn),
    'correction.reportTo': officeName,
    'appeal.days': FAULT_TOLERANCE_PERIODS.appeal.days,
    'appeal.organ': s.settings.appealOrgan || officeName,
    'filing.organ': str(rec(fb.filing).filedWith) ?? (s.settings.filingOrgan || undefined),
    'orgDept.name': s.settings.orgDeptName || undefined,
  };
}

function clearanceValues(s: ValueSources): Record<string, unknown> {
  const data = s.detail.state.data;
  const history = s.detail.state.history as HistoryEntry[];
  const init = rec(data.initiation);
  const as = rec(data.assessment);
  const im = rec(data.implementation);
  // The report as the case was opened from it; older records kept it inside the first step.
  const report = Object.keys(rec(data.report)).length ? rec(data.report) : rec(init.report);
  const verification = rec(init.verification);
  const points = arr(report.points).length ? arr(report.points) : arr(init.points);
  const chosen = arr(as.pointsToClear).map(String);
  const untrue = points.map(rec).filter((p) => (chosen.length ? chosen.includes(String(p.id)) : p.finding === 'untrue'));
  const methods = arr(as.methods).map((m) => zh(`workflow.clearance.methods.${String(m)}`));
  const done = arr(im.implementations).map(rec);
  const visits = arr(im.visits).map(rec);
  const visit = visits.at(-1);
  const consultation = rec(init.consultation);
  const application = rec(init.application);
  const wishes = str(consultation.wishes) ?? str(application.clearanceWanted) ?? str(rec(init.cadreWishes).wishes);
  const approved = lastEntry(history, 'approval.approve');
  const nature = str(as.reportNature);
  const source = str(report.source) ?? RECEIVED_VIA[String(report.receivedVia)];
  return {
    'report.source': source,
    'report.receivedDate': str(report.receivedOn),
    'report.summary': phrase(str(report.allegations)),
    'report.verifiedBy': str(report.verifyingUnit) ?? str(verification.department),
    'report.verificationEndDate': str(report.concludedOn) ?? str(verification.concludedOn),
    'report.conclusion': sentence(str(report.conclusion) ?? str(verification.conclusion)),
    'report.untruePoints': untrue.length ? untrue.map((p) => phrase(str(p.summary))).filter(Boolean).join('；') : undefined,
    'report.nature': nature && NATURES[nature] ? `${NATURES[nature]}${str(as.natureReasoning) ? `，${phrase(str(as.natureReasoning))}` : ''}` : undefined,
    'clearance.origin': init.origin === 'application' ? '本人书面申请' : init.origin === 'proposal' ? '承办部门提出' : undefined,
    'clearance.cadreOpinion': wishes && sentence(`本人意见：${phrase(wishes)}`),
    'clearance.impact': sentence(str(as.impact)),
    'clearance.method': methods.length ? methods.join('、') : undefined,
    'clearance.scope': phrase(str(as.scope)),
    'clearance.noticeRecipients': phrase(str(as.audience)) ?? phrase(str(as.scope)),
    'clearance.approvalDate': approved?.on,
    // A letter or notice that itself clears the cadre is dated the day it is issued.
    'clearance.date': str(done[0]?.carriedOutOn) ?? s.document.date,
    'clearance.responseDays': 5,
    'followUp.round': visits.length || undefined,
    'followUp.date': str(visit?.visitedOn),
    'followUp.method': visit ? VISIT_MODES[String(visit.mode)] : undefined,
    'followUp.place': visit ? (visit.mode === 'phone' ? '电话' : str(visit.place)) : undefined,
    'followUp.interviewers': str(visit?.visitor),
    'followUp.cadreState': sentence(str(visit?.cadreState) ?? str(visit?.notes)),
    'followUp.conclusion': sentence(str(visit?.notes)),
    'followUp.recorder': str(visit?.visitor),
    ...referralValues(s.referral),
  };
}

function referralValues(r: ValueSources['referral']): Record<string, unknown> {
  const basis = '《纪检监察机关处理检举控告工作规则》';
  if (!r) return { 'referral.basis': basis };
  const identity = [ACCUSER_IDENTITIES[r.category], r.accuserWorkplace ? `工作单位：${r.accuserWorkplace}` : undefined].filter(Boolean).join('，');
  return {
    'referral.receiver': r.receivingBody ?? ROUTE_RECEIVERS[r.route],
    'referral.accuserName': r.accuserName ?? '匿名举报人',
    'referral.accuserIdentity': identity || undefined,
    'referral.facts': sentence(r.facts),
    'referral.basis': r.basis ?? basis,
    'referral.materials': r.materials.length ? [...r.materials] : undefined,
  };
}

/** Case values, then the officer's supplied ones on top, nested as the templates read them. */
export function caseTemplateValues(s: ValueSources, extra: Record<string, unknown> = {}): TemplateValues {
  const own = s.detail.summary.kind === 'fault-tolerance' ? faultToleranceValues(s) : clearanceValues(s);
  const supplied = Object.fromEntries(Object.entries(s.supplied).filter(([path]) => !FIXED_PATHS.includes(path)));
  return nest({ ...commonValues(s), ...own, ...extra, ...supplied });
}

/** Values the program sets and an officer may not type over: the number, the date, the case number. */
export const FIXED_PATHS: readonly string[] = ['document.number', 'document.date', 'case.number'];
