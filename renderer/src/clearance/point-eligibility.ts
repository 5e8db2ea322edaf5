import type { ReportDetail } from '../../../shared/ipc/clearance.contract';

type Point = ReportDetail['points'][number];

/**
 * Why a point of a report can or cannot be cleared, in the order an officer would look (the same
 * order main checks it in when a clearance is opened): a finding at all, the finding 失实, the
 * verification concluded, the point about this cadre, and not being cleared for them already.
 */
export type PointEligibility =
  | { eligible: true; reason: 'clearable' }
  | { eligible: false; reason: 'noFinding' | 'found' | 'unproven' | 'notConcluded' | 'otherCadre' }
  | { eligible: false; reason: 'taken'; numbers: string[] };

/** Cases that still hold a point: refused and withdrawn ones free it again, and main lists only the others. */
function holdingCases(point: Point, cadreId: number | undefined): string[] {
  return point.clearances.filter((c) => cadreId === undefined || c.cadreId === cadreId).map((c) => c.number);
}

/**
 * A point's mark on the report page (no cadre chosen: eligible while any cadre it is about may still
 * have it cleared, which main works out as `clearable`) or in the dialog that opens a clearance for
 * one cadre.
 */
export function pointEligibility(report: Pick<ReportDetail, 'verification' | 'cadres'>, point: Point, cadreId?: number): PointEligibility {
  if (point.finding === null) return { eligible: false, reason: 'noFinding' };
  if (point.finding === 'unproven') return { eligible: false, reason: 'unproven' };
  if (point.finding !== 'untrue') return { eligible: false, reason: 'found' };
  if (!report.verification?.concludedOn) return { eligible: false, reason: 'notConcluded' };
  if (cadreId === undefined) {
    return point.clearable ? { eligible: true, reason: 'clearable' } : { eligible: false, reason: 'taken', numbers: holdingCases(point, undefined) };
  }
  if (point.cadreIds.length > 0 && !point.cadreIds.includes(cadreId)) return { eligible: false, reason: 'otherCadre' };
  const numbers = holdingCases(point, cadreId);
  return numbers.length ? { eligible: false, reason: 'taken', numbers } : { eligible: true, reason: 'clearable' };
}

/** The cadres a point is about: an empty list on the record means every cadre the report names. */
export function pointCadreIds(report: Pick<ReportDetail, 'cadres'>, point: Pick<Point, 'cadreIds'>): number[] {
  return point.cadreIds.length ? point.cadreIds : report.cadres.map((c) => c.id);
}
