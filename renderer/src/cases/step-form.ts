import type { ComponentType } from 'react';
import type { FormInstance } from 'antd';
import type { Evaluation, StepDef, WorkflowId } from '../../../shared/workflow';

export interface StepFieldsProps {
  /** The case as the engine sees it, with what is being typed already merged in (see withDraft). */
  evaluation: Evaluation;
  step: StepDef;
  /** The step is shown as recorded, not edited: finished, or not this user's to record. */
  readOnly: boolean;
  form: FormInstance;
}

/**
 * One step's form. Every `cases/<type>/<step>.step.tsx` (or `src/<type>/<step>.step.tsx`) exports `stepForm`; the case page finds it
 * by the workflow table's id and the step's key, so a case type adds its forms without editing a list.
 * The fields are named after the step's zod schema, so the form's values are the step's data as stored.
 */
export interface StepFormModule {
  workflow: WorkflowId;
  step: string;
  Fields: ComponentType<StepFieldsProps>;
  /** Values a new record of the step starts from, under what is saved (e.g. the catalog version its checks are made against). */
  defaults?: (evaluation: Evaluation) => Record<string, unknown>;
  /** Fields ('step.field') under which the form itself shows the table's live warnings, so the panel does not repeat them. */
  inlineGuardFields?: readonly string[];
}
