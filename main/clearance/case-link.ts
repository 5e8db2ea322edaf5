import type { CaseState } from '../../shared/workflow/types';
import type { TxContext } from '../handler';
import { appendEvent, caseEvents, getCaseRow, updateCase } from '../cases/case.repo';
import { PROJECTIONS } from '../cases/workflow-tables';

/**
 * Writes a record main keeps in a clearance case's data beside the steps (`report`, `referral`):
 * parts no step save can reach, so the table's guards can rely on them. The list projections are
 * recomputed, since they read these parts too; the case's step, status and deadline stay as they are.
 */
export function linkIntoCase(ctx: TxContext, caseId: number, key: 'report' | 'referral', value: Record<string, unknown>, event?: string): void {
  const { db, session } = ctx;
  const row = getCaseRow(db, caseId);
  const data = { ...(JSON.parse(row.data) as Record<string, unknown>), [key]: value };
  const state: CaseState = { step: row.step, status: row.status as CaseState['status'], openedOn: row.opened_on, data, history: caseEvents(db, caseId).history };
  const projection = PROJECTIONS[row.kind](state);
  const at = new Date(ctx.state.now()).toISOString();
  updateCase(db, caseId, {
    step: row.step,
    status: row.status,
    stepStartedOn: row.step_started_on,
    dueOn: row.due_on,
    dueEstimate: row.due_estimate === 1,
    outcome: projection.outcome,
    catalogVersion: projection.catalogVersion,
    data,
    situations: projection.situations,
    closedAt: row.closed_at,
    at,
  });
  if (event) {
    appendEvent(db, {
      caseId,
      at,
      actorId: session.userId,
      actorName: session.displayName,
      action: event,
      fromStep: row.step,
      toStep: row.step,
      reason: null,
      entry: null,
      detail: value,
    });
  }
}
