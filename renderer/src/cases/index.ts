/**
 * Cases of either type on screen. What other rooms use:
 * - `CaseList` (one type's list, paged from the database) and `CaseView` (one case: steps, step form,
 *   actions with the engine's reasons, history);
 * - for a type's step forms (`<type>/<step>.step.tsx` exporting `stepForm: StepFormModule`):
 *   `StepFieldsProps`, `useStepRules`, `useText`, `IsoDateInput`, `FormSection`, `ReasonList`,
 *   `liveGuardReasons` / `reasonsFor`;
 * - `caseEvaluation` / `withDraft` to build the engine's view of a case, `CASE_KIND_VIEWS` per type.
 */
export { CaseList, type CaseListProps, type Choice } from './case-list';
export { CaseView } from './case-view';
export { NewCaseModal } from './new-case-modal';
export { CASE_KIND_VIEWS, type CaseKindView } from './case-kinds';
export { caseEvaluation, withDraft } from './case-evaluation';
export type { StepFieldsProps, StepFormModule } from './step-form';
export { findStepForm } from './step-forms';
export { useStepRules } from './use-step-rules';
export { useText } from './use-text';
export { IsoDateInput } from './iso-date-input';
export { FormSection } from './form-section';
export { ReasonList } from './reason-list';
export { liveGuardReasons, reasonsFor } from './live-guards';
export { StatusTag } from './status-tag';
export { DeadlineTag } from './deadline-tag';
export { useReference } from './reference.store';
export { cleanValue, stepDraft, changedFields } from './step-draft';
export { schemaAt, zodRules } from './zod-field-rules';
