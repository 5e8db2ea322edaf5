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

function clearance(state: CaseState): CaseProjection {
  return { outcome: state.status === 'closed' ? 'cleared' : state.status === 'refused' ? 'refused' : null, situations: [], catalogVersion: null };
}

export const PROJECTIONS: Record<CaseKind, (state: CaseState) => CaseProjection> = { 'fault-tolerance': faultTolerance, clearance };
