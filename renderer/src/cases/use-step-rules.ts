import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormRule } from 'antd';
import { fieldLabelKey, type StepDef, type WorkflowTable } from '../../../shared/workflow';
import { schemaAt, zodRules } from './zod-field-rules';
import { useText } from './use-text';

/** Labels and rules for a step form's fields, from the step's own schema and the workflow catalog. */
export function useStepRules(table: WorkflowTable, step: StepDef) {
  const { t } = useTranslation();
  const { text } = useText();
  return useMemo(
    () => ({
      /** A top-level field's label: `workflow.<table>.fields.<step>.<field>`. */
      label: (field: string) => text(fieldLabelKey(table, step.key, field)),
      /** Rules for the field at `path`, named `label` in messages; required unless its schema is optional. */
      rules: (path: readonly (string | number)[], label: string, options?: { required?: boolean }): FormRule[] =>
        zodRules(schemaAt(step.fields, path), label, t, options),
    }),
    [table, step, t, text],
  );
}
