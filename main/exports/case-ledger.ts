import type { Db } from '../db/database';
import type { CaseRow } from '../cases/case.repo';
import { caseEvents } from '../cases/case.repo';
import { catalogVersion, currentCatalog } from '../cases/catalog.repo';
import { beijingDate } from '../clock';
import { translate, type Locale } from '../../shared/i18n';
import type { CaseKind } from '../../shared/ipc/cases.contract';
import { catalogItemLabel, type FaultToleranceCatalog } from '../../shared/workflow/fault-tolerance.catalog';
import type { HistoryEntry } from '../../shared/workflow/types';
import type { LedgerColumn, LedgerRow } from './ledger-column';

/**
 * The 台账 of each case type: the columns offices keep, and one row per case read off its record,
 * its steps' data and its history (the day each decision was taken).
 */

type ColumnSpec = readonly [key: string, type: LedgerColumn['type'], width: number];

const COMMON_HEAD: readonly ColumnSpec[] = [
  ['number', 'text', 22],
  ['cadre', 'text', 10],
  ['unit', 'text', 22],
  ['post', 'text', 14],
];
const COMMON_TAIL: readonly ColumnSpec[] = [
  ['status', 'text', 10],
  ['step', 'text', 12],
  ['closedOn', 'date', 14],
  ['originOffice', 'text', 20],
];

const COLUMNS: Record<CaseKind, readonly ColumnSpec[]> = {
  'fault-tolerance': [
    ...COMMON_HEAD,
    ['applicant', 'text', 14],
    ['appliedOn', 'date', 14],
    ['acceptedOn', 'date', 14],
    ['investigatedOn', 'date', 14],
    ['ruledOn', 'date', 14],
    ['situations', 'text', 40],
    ['outcome', 'text', 12],
    ['correctionDue', 'date', 14],
    ['correction', 'text', 12],
    ['correctionCheckedOn', 'date', 14],
    ['feedbackOn', 'date', 14],
    ['filedOn', 'date', 14],
    ['review', 'text', 12],
    ...COMMON_TAIL,
  ],
  clearance: [
    ...COMMON_HEAD,
    ['reportNumber', 'text', 18],
    ['reportReceivedOn', 'date', 14],
    ['verifiedBy', 'text', 18],
    ['concludedOn', 'date', 14],
    ['origin', 'text', 14],
    ['initiatedOn', 'date', 14],
    ['assessedOn', 'date', 14],
    ['approvedOn', 'date', 14],
    ['methods', 'text', 24],
    ['clearedOn', 'date', 14],
    ['scope', 'text', 24],
    ['followUps', 'text', 24],
    ['followUpCount', 'number', 8],
    ['nature', 'text', 10],
    ['referral', 'text', 18],
    ['result', 'text', 14],
    ...COMMON_TAIL,
  ],
};

export function ledgerColumns(kind: CaseKind): LedgerColumn[] {
  return COLUMNS[kind].map(([key, type, width]) => ({
    key,
    type,
    width,
    header: { 'zh-CN': translate('zh-CN', `files.ledger.columns.${key}`), en: translate('en', `files.ledger.columns.${key}`) },
  }));
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function lastOn(history: readonly HistoryEntry[], ...actions: string[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i -= 1) if (actions.includes(history[i]!.action)) return history[i]!.on;
  return undefined;
}

/** Reads rows for one locale; catalogs are read once per version, not once per case. */
export function ledgerRowReader(db: Db, kind: CaseKind, locale: Locale): (row: CaseRow) => LedgerRow {
  const t = (key: string) => translate(locale, key);
  const label = (key: string, value: unknown) => (typeof value === 'string' && value ? t(`${key}.${value}`) : undefined);
  const catalogs = new Map<number, FaultToleranceCatalog>();
  const catalogOf = (version: number | null): FaultToleranceCatalog => {
    const v = version ?? currentCatalog(db).version;
    if (!catalogs.has(v)) {
      let found: FaultToleranceCatalog;
      try {
        found = catalogVersion(db, v);
      } catch {
        // A case imported from an office whose catalog this installation never had.
        found = currentCatalog(db);
      }
      catalogs.set(v, found);
    }
    return catalogs.get(v)!;
  };
  const cadreFields = db.prepare('SELECT post FROM cadres WHERE id = ?').pluck();
  const stepKey = kind === 'fault-tolerance' ? 'workflow.faultTolerance.steps' : 'workflow.clearance.steps';

  return (row) => {
    const data = rec(JSON.parse(row.data));
    const { history } = caseEvents(db, row.id);
    const common = {
      number: row.number,
      cadre: row.cadre_name,
      unit: row.unit_name,
      post: (cadreFields.get(row.cadre_id) as string | null) ?? undefined,
      status: label('workflow.status', row.status),
      step: label(stepKey, row.step),
      closedOn: row.closed_at ? beijingDate(Date.parse(row.closed_at)) : undefined,
      originOffice: row.origin_office ?? undefined,
    };
    if (kind === 'fault-tolerance') {
      const a = rec(data.application);
      const r = rec(data.ruling);
      const fb = rec(data.feedback);
      const check = rec(fb.correctionCheck);
      const order = rec(r.correctionOrder);
      const catalog = catalogOf(row.catalog_version);
      const situations = (row.situations ? row.situations.split('\x1f') : []).map((id) => {
        const item = catalog.situations.find((s) => s.id === id);
        return item ? catalogItemLabel(locale, item) : id;
      });
      const review = rec(data.review);
      return {
        ...common,
        applicant: label('workflow.faultTolerance.applicantKinds', a.applicantKind),
        appliedOn: str(a.receivedOn),
        acceptedOn: lastOn(history, 'application.accept'),
        investigatedOn: lastOn(history, 'investigation.approve'),
        ruledOn: lastOn(history, 'ruling.approve'),
        situations: situations.join(locale === 'zh-CN' ? '；' : '; '),
        outcome: row.outcome ? label('workflow.faultTolerance.outcomes', row.outcome) : undefined,
        correctionDue: str(order.dueOn),
        correction: typeof check.completed === 'boolean' ? t(`files.ledger.correction.${check.completed ? 'done' : 'notDone'}`) : order.dueOn ? t('files.ledger.correction.pending') : undefined,
        correctionCheckedOn: str(check.checkedOn),
        feedbackOn: str(rec(fb.resultToApplicant).sentOn),
        filedOn: str(rec(fb.filing).filedOn),
        review: history.some((h) => h.action === 'review.uphold' || h.action === 'review.revise')
          ? label('files.ledger.reviewDecisions', review.decision)
          : undefined,
      };
    }
    const init = rec(data.initiation);
    const as = rec(data.assessment);
    const im = rec(data.implementation);
    const report = Object.keys(rec(data.report)).length ? rec(data.report) : rec(init.report);
    const visits = arr(im.visits).map(rec).map((v) => str(v.visitedOn)).filter((d): d is string => d !== undefined).sort();
    const done = arr(im.implementations).map(rec).map((i) => str(i.carriedOutOn)).filter((d): d is string => d !== undefined).sort();
    const methods = arr(as.methods).map((m) => label('workflow.clearance.methods', m));
    return {
      ...common,
      reportNumber: str(report.number),
      reportReceivedOn: str(report.receivedOn),
      verifiedBy: str(report.verifyingUnit) ?? str(rec(init.verification).department),
      concludedOn: str(report.concludedOn) ?? str(rec(init.verification).concludedOn),
      origin: label('workflow.clearance.origins', init.origin),
      initiatedOn: lastOn(history, 'initiation.accept'),
      assessedOn: lastOn(history, 'assessment.approve'),
      approvedOn: lastOn(history, 'approval.approve'),
      methods: methods.filter(Boolean).join(locale === 'zh-CN' ? '、' : ', '),
      clearedOn: done[0],
      scope: str(as.scope),
      followUps: visits.join(locale === 'zh-CN' ? '、' : ', '),
      followUpCount: visits.length,
      nature: label('workflow.clearance.natures', as.reportNature),
      referral: str(rec(data.referral).number),
      result: row.outcome ? label('files.ledger.clearanceOutcomes', row.outcome) : undefined,
    };
  };
}
