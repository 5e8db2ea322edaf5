import type { WorkCalendar } from '../../../shared/calendar';
import type { CaseDetail } from '../../../shared/ipc/cases.contract';
import type { SessionInfo } from '../../../shared/ipc/auth.contract';
import type { CaseState, Evaluation, FaultToleranceCatalog } from '../../../shared/workflow';
import { CASE_KIND_VIEWS } from './case-kinds';

/**
 * The engine's view of a case, put together exactly as main does it: the state from cases.get, the
 * actor from the session plus the two scope flags main worked out, and the context (main's today,
 * the calendar, and the catalog the case is judged by). The buttons, their reasons and the steps are
 * all read from this one object, so the screen and main cannot disagree about the procedure.
 */
export function caseEvaluation(
  detail: CaseDetail,
  session: Pick<SessionInfo, 'userId' | 'roles' | 'unitId'>,
  calendar: WorkCalendar,
  catalog: FaultToleranceCatalog | undefined,
): Evaluation {
  return {
    table: CASE_KIND_VIEWS[detail.summary.kind].workflow,
    state: detail.state as CaseState,
    actor: {
      userId: session.userId,
      roles: session.roles,
      unitId: session.unitId,
      caseInScope: detail.actor.caseInScope,
      ...(detail.actor.inVerifyingDepartment !== undefined ? { inVerifyingDepartment: detail.actor.inVerifyingDepartment } : {}),
    },
    context: { today: detail.today, calendar, ...(catalog ? { catalog } : {}) },
  };
}

/**
 * The same evaluation as if the fields being typed into the open step were already saved: the
 * buttons then say now, not after a save, what is still missing or what a rule forbids.
 */
export function withDraft(ev: Evaluation, step: string, draft: Readonly<Record<string, unknown>> | null): Evaluation {
  if (!draft || !Object.keys(draft).length) return ev;
  const saved = (ev.state.data[step] as Record<string, unknown> | undefined) ?? {};
  return { ...ev, state: { ...ev.state, data: { ...ev.state.data, [step]: { ...saved, ...draft } } } };
}
