import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { CaseDetail } from '../../shared/ipc/cases.contract';
import type { clearanceOpenInput } from '../../shared/ipc/clearance.contract';
import type { ReportSnapshot } from '../../shared/workflow/clearance.fields';
import type { TxContext } from '../handler';
import type { Db } from '../db/database';
import { caseDetail, createCase } from '../cases/case.service';
import { getCadre } from '../cases/cadre.repo';
import { inDataScope } from '../cases/unit-scope';
import { linkIntoCase } from './case-link';
import { LIVE_CASE, insertClearancePoints, reportCadres, reportPoints, type PointRow, type ReportRow } from './report.repo';
import { requireRole, visibleReport } from './report.service';

type OpenInput = z.output<typeof clearanceOpenInput>;

/** The open or closed case already clearing this point for this cadre, if any. */
function caseHolding(db: Db, pointId: number, cadreId: number): { number: string } | undefined {
  return db
    .prepare(`SELECT k.number FROM clearance_points cp JOIN cases k ON k.id = cp.case_id WHERE cp.point_id = ? AND cp.cadre_id = ? AND ${LIVE_CASE}`)
    .get(pointId, cadreId) as { number: string } | undefined;
}

/**
 * Why a point cannot be cleared for the cadre, in the order an officer would look: is there a
 * finding, is it 失实, is the point about this cadre, is it cleared already.
 */
function checkPoint(db: Db, point: PointRow, cadreId: number, field: string): void {
  const params = { no: point.no };
  if (point.finding === null) throw new AppError('CLEARANCE_POINT_UNCONCLUDED', params, [field]);
  if (point.finding === 'unproven') throw new AppError('CLEARANCE_POINT_UNPROVEN', params, [field]);
  if (point.finding !== 'untrue') throw new AppError('CLEARANCE_POINT_TRUE', params, [field]);
  if (point.cadreIds.length && !point.cadreIds.includes(cadreId)) throw new AppError('CLEARANCE_POINT_OTHER_CADRE', params, [field]);
  const holding = caseHolding(db, point.id, cadreId);
  if (holding) throw new AppError('CLEARANCE_POINT_TAKEN', { ...params, number: holding.number }, [field]);
}

function snapshotOf(report: ReportRow, points: readonly PointRow[]): ReportSnapshot {
  return {
    reportId: report.id,
    number: report.number,
    receivedVia: report.received_via,
    receivedOn: report.received_on,
    allegations: report.allegations,
    verifyingUnitId: report.verifying_unit_id!,
    verifyingUnit: report.verifying_unit_name ?? '',
    concludedOn: report.concluded_on!,
    conclusion: report.conclusion ?? '',
    points: [...points]
      .sort((a, b) => a.no - b.no)
      .map((p) => ({ id: String(p.no), pointId: p.id, summary: p.summary, finding: p.finding!, ...(p.note ? { note: p.note } : {}) })),
  };
}

/**
 * Opens a 澄清正名 case from a report for one cadre it names, covering only the chosen points, each
 * concluded 失实 and not being cleared for that cadre already. The verifying department of the report
 * becomes the case's (谁核实谁澄清), and the report's part of the initiation is copied from the report
 * into `data.report`, where no step save reaches it.
 */
export function openClearance(ctx: TxContext, input: OpenInput): CaseDetail {
  const { db, session } = ctx;
  requireRole(ctx, 'officer');
  const report = visibleReport(ctx, input.reportId);
  const cadre = getCadre(db, input.cadreId);
  if (!inDataScope(db, session.userId, cadre.unitId)) throw new AppError('FORBIDDEN', {}, ['cadreId']);
  if (!reportCadres(db, report.id).some((c) => c.id === cadre.id)) {
    throw new AppError('CLEARANCE_CADRE_NOT_REPORTED', { number: report.number }, ['cadreId']);
  }
  if (!report.concluded_on || report.verifying_unit_id === null) throw new AppError('REPORT_NOT_CONCLUDED', { number: report.number }, ['reportId']);

  const points = new Map(reportPoints(db, report.id).map((p) => [p.id, p]));
  const chosen = input.pointIds.map((id, i) => {
    const point = points.get(id);
    if (!point) throw new AppError('NOT_FOUND', {}, [`pointIds.${i}`]);
    checkPoint(db, point, cadre.id, `pointIds.${i}`);
    return point;
  });

  const opened = createCase(ctx, {
    kind: 'clearance',
    cadreId: cadre.id,
    verifyingUnitId: report.verifying_unit_id,
    ...(input.openedOn ? { openedOn: input.openedOn } : {}),
    ...(input.initiation ? { data: input.initiation } : {}),
  });
  const caseId = opened.summary.id;
  linkIntoCase(ctx, caseId, 'report', snapshotOf(report, chosen));
  insertClearancePoints(db, caseId, report.id, cadre.id, chosen.map((p) => p.id));
  ctx.record('case', caseId, { number: opened.summary.number, report: report.number, points: chosen.map((p) => p.no) });
  return caseDetail(ctx, caseId);
}
