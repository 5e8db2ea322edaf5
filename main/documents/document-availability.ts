import type { CaseDetail, CaseKind } from '../../shared/ipc/cases.contract';
import { CLEARANCE_STEPS, FAULT_TOLERANCE_STEPS, documentKindsFor, type CaseType, type DocumentKind } from '../../shared/documents';

export const CASE_TYPE_OF: Record<CaseKind, CaseType> = { 'fault-tolerance': 'faultTolerance', clearance: 'clearance' };

/** The procedure's steps in order; steps after the last (an appeal's review) count as past them all. */
const ORDER: Record<CaseKind, readonly string[]> = { 'fault-tolerance': FAULT_TOLERANCE_STEPS, clearance: CLEARANCE_STEPS };

function reached(detail: CaseDetail, step: string): boolean {
  if (step === 'filing') return true;
  const order = ORDER[detail.summary.kind];
  const at = order.indexOf(detail.summary.step);
  return (at < 0 ? order.length : at) >= order.indexOf(step);
}

const took = (detail: CaseDetail, action: string) => detail.state.history.some((h) => h.action === action);
const field = (detail: CaseDetail, step: string, name: string) => (detail.state.data[step] as Record<string, unknown> | undefined)?.[name];

/**
 * Whether the case calls for this document now: it has reached the document's step, and for the
 * documents that answer one decision, that decision was taken (a refusal notice only after a
 * refusal, a referral only for a malicious accusation).
 */
export function documentAvailable(kind: DocumentKind, detail: CaseDetail): boolean {
  if (!reached(detail, kind.step)) return false;
  switch (kind.key) {
    case 'ftAcceptanceNotice':
      return took(detail, 'application.accept');
    case 'ftRefusalNotice':
      return took(detail, 'application.refuse');
    case 'ftResultNotice':
    case 'ftFilingLetter':
    case 'ftCorrectionNotice':
      return took(detail, 'ruling.approve');
    case 'cqIntentNotice':
    case 'cqClearanceLetter':
    case 'cqClearanceNotice':
    case 'cqFollowUpRecord':
      return took(detail, 'approval.approve');
    case 'cqFalseAccusationReferral':
      return field(detail, 'assessment', 'reportNature') === 'malicious';
    default:
      return true;
  }
}

export function documentKindsOfCase(detail: CaseDetail): DocumentKind[] {
  return documentKindsFor(CASE_TYPE_OF[detail.summary.kind]);
}
