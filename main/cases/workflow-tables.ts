import type { CaseKind } from '../../shared/ipc/cases.contract';
import type { CaseState, WorkflowTable } from '../../shared/workflow/types';
import { faultToleranceWorkflow } from '../../shared/workflow/fault-tolerance.workflow';
import { clearanceWorkflow } from '../../shared/workflow/clearance.workflow';

export const WORKFLOWS: Record<CaseKind, WorkflowTable> = {
  'fault-tolerance': faultToleranceWorkflow as unknown as WorkflowTable,
  clearance: clearanceWorkflow as unknown as WorkflowTable,
};

/** What the lists filter on, read off the recorded steps: the outcome, the situations, the catalog version. */
export interface CaseProjection {
  outcome: string | null;
  situations: string[];
  catalogVersion: number | null;
}

type StepData = Record<string, Record<string, unknown> | undefined>;

function faultTolerance(state: CaseState): CaseProjection {
  const data = state.data as StepData;
  const ruled = state.history.some((h) => h.action === 'ruling.approve');
  const invoked = (data.application?.situationsInvoked as string[] | undefined) ?? [];
  const applied = (data.ruling?.situationsApplied as string[] | undefined) ?? [];
  return {
    outcome: ruled ? ((data.ruling?.outcome as string | undefined) ?? null) : null,
    situations: [...new Set([...invoked, ...applied])],
    catalogVersion: ((data.ruling?.catalogVersion ?? data.investigation?.catalogVersion) as number | undefined) ?? null,
  };
}

/** How a finished clearance case ended, by the action that ended it. */
const CLEARANCE_ENDINGS: Record<string, string> = {
  'implementation.close': 'cleared',
  'initiation.refuse': 'refused',
  'assessment.refuse': 'notEligible',
  'approval.reject': 'notApproved',
  withdraw: 'withdrawn',
};

/**
 * Clearance cases have no situations; the same filter rows carry what the ledger filters them by:
 * `method:<m>` for each method assessed, `nature:<n>` for the report's nature, `referral` when a
 * 诬告陷害 referral is linked, and `visited` once a follow-up visit is recorded. Dates (visits,
 * clearance) are read from the case data by the ledger itself.
 */
function clearance(state: CaseState): CaseProjection {
  const data = state.data as StepData;
  const last = state.history.at(-1)?.action;
  const finished = state.status === 'closed' || state.status === 'refused' || state.status === 'withdrawn';
  const methods = (data.assessment?.methods as string[] | undefined) ?? [];
  const nature = data.assessment?.reportNature as string | undefined;
  const visits = (data.implementation?.visits as unknown[] | undefined) ?? [];
  const tags = [
    ...methods.map((m) => `method:${m}`),
    ...(nature ? [`nature:${nature}`] : []),
    ...(data.referral ? ['referral'] : []),
    ...(visits.length ? ['visited'] : []),
  ];
  return { outcome: finished && last ? (CLEARANCE_ENDINGS[last] ?? null) : null, situations: [...new Set(tags)], catalogVersion: null };
}

export const PROJECTIONS: Record<CaseKind, (state: CaseState) => CaseProjection> = { 'fault-tolerance': faultTolerance, clearance };
