import type { CaseKind } from '../../../shared/ipc/cases.contract';
import { WORKFLOWS, type WorkflowTable } from '../../../shared/workflow';

/** What the screens need to know about a case type: its procedure table and the page that lists it. */
export interface CaseKindView {
  workflow: WorkflowTable;
  /** The id of the page listing cases of this type (pages/<id>.page.tsx). */
  listPage: string;
  /** The catalog key naming an outcome as the lists store it, where the type has outcomes. */
  outcomeKey?: (outcome: string) => string;
}

export const CASE_KIND_VIEWS: Record<CaseKind, CaseKindView> = {
  'fault-tolerance': {
    workflow: WORKFLOWS.faultTolerance,
    listPage: 'fault-tolerance',
    outcomeKey: (outcome) => `workflow.faultTolerance.outcomes.${outcome}`,
  },
  clearance: {
    workflow: WORKFLOWS.clearance,
    listPage: 'name-clearing',
    outcomeKey: (outcome) => `clearanceUi.outcomes.${outcome}`,
  },
};
