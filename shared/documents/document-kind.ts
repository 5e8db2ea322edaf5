/**
 * The documents the product issues (DOMAIN.md, "Documents the product issues"): which case type and
 * step each belongs to and how it is laid out. Keys are stored with every issued document and every
 * template version, so they never change; names live in the i18n catalogs under `documents.kinds`.
 */

export const CASE_TYPES = ['faultTolerance', 'clearance'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/**
 * Step keys follow the four steps of each procedure in DOMAIN.md; 'filing' is the case file (案卷)
 * made at the end of either. The workflow table in shared/workflow should use the same keys.
 */
export const FAULT_TOLERANCE_STEPS = ['application', 'investigation', 'ruling', 'feedback'] as const;
export const CLEARANCE_STEPS = ['initiation', 'assessment', 'approval', 'implementation'] as const;
export type FaultToleranceStep = (typeof FAULT_TOLERANCE_STEPS)[number];
export type ClearanceStep = (typeof CLEARANCE_STEPS)[number];
export type DocumentStep = FaultToleranceStep | ClearanceStep | 'filing';

/**
 * - letter: a 公文 with the red letterhead (发文机关标志, 发文字号, red line), 主送机关, signature and date;
 * - report: an internal report, same page but no letterhead and no number;
 * - form: a title over one or more tables (申请表, 审批表, 回访记录, 案卷封面, 卷内目录).
 */
export const DOCUMENT_LAYOUTS = ['letter', 'report', 'form'] as const;
export type DocumentLayout = (typeof DOCUMENT_LAYOUTS)[number];

export const DOCUMENT_KIND_KEYS = [
  'ftApplicationForm',
  'ftAcceptanceNotice',
  'ftRefusalNotice',
  'ftInvestigationReport',
  'ftRulingOpinion',
  'ftResultNotice',
  'ftFilingLetter',
  'ftCorrectionNotice',
  'cqApprovalForm',
  'cqIntentNotice',
  'cqClearanceLetter',
  'cqClearanceNotice',
  'cqFollowUpRecord',
  'cqFalseAccusationReferral',
  'fileCover',
  'fileIndex',
] as const;
export type DocumentKindKey = (typeof DOCUMENT_KIND_KEYS)[number];

export interface DocumentKind {
  key: DocumentKindKey;
  /** Undefined for the case-file cover and index, which both case types produce. */
  caseType?: CaseType;
  step: DocumentStep;
  layout: DocumentLayout;
  /** Takes a 发文字号 from the office's register when issued. */
  numbered: boolean;
  /** i18n key of the name, e.g. `documents.kinds.ftRulingOpinion`. */
  nameKey: `documents.kinds.${DocumentKindKey}`;
}

function kind(key: DocumentKindKey, caseType: CaseType | undefined, step: DocumentStep, layout: DocumentLayout): DocumentKind {
  return { key, ...(caseType ? { caseType } : {}), step, layout, numbered: layout === 'letter', nameKey: `documents.kinds.${key}` };
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  kind('ftApplicationForm', 'faultTolerance', 'application', 'form'),
  kind('ftAcceptanceNotice', 'faultTolerance', 'application', 'letter'),
  kind('ftRefusalNotice', 'faultTolerance', 'application', 'letter'),
  kind('ftInvestigationReport', 'faultTolerance', 'investigation', 'report'),
  kind('ftRulingOpinion', 'faultTolerance', 'ruling', 'letter'),
  kind('ftResultNotice', 'faultTolerance', 'feedback', 'letter'),
  kind('ftFilingLetter', 'faultTolerance', 'feedback', 'letter'),
  kind('ftCorrectionNotice', 'faultTolerance', 'feedback', 'letter'),
  kind('cqApprovalForm', 'clearance', 'approval', 'form'),
  kind('cqIntentNotice', 'clearance', 'approval', 'letter'),
  kind('cqClearanceLetter', 'clearance', 'implementation', 'letter'),
  kind('cqClearanceNotice', 'clearance', 'implementation', 'letter'),
  kind('cqFollowUpRecord', 'clearance', 'implementation', 'form'),
  // The accuser is judged 诬告陷害 during assessment, and the referral goes out from there.
  kind('cqFalseAccusationReferral', 'clearance', 'assessment', 'letter'),
  kind('fileCover', undefined, 'filing', 'form'),
  kind('fileIndex', undefined, 'filing', 'form'),
];

const BY_KEY = new Map(DOCUMENT_KINDS.map((k) => [k.key, k]));

export function isDocumentKindKey(value: unknown): value is DocumentKindKey {
  return typeof value === 'string' && BY_KEY.has(value as DocumentKindKey);
}

export function documentKind(key: DocumentKindKey): DocumentKind {
  const found = BY_KEY.get(key);
  // Keys reach here typed or schema-checked; an unknown one is a programming error.
  if (!found) throw new RangeError(`Unknown document kind: ${key}`);
  return found;
}

/** The kinds a case of this type can issue, in procedure order, the case-file cover and index last. */
export function documentKindsFor(caseType: CaseType): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => k.caseType === caseType || k.caseType === undefined);
}
