import type { StepFormModule } from './step-form';

// A case type's forms live in its own folder, here (cases/<type>/) or beside it (src/<type>/).
const modules = import.meta.glob<{ stepForm: StepFormModule }>(['./*/*.step.tsx', '../*/*.step.tsx'], { eager: true });

const forms = new Map<string, StepFormModule>(
  Object.values(modules).map(({ stepForm }) => [`${stepForm.workflow}/${stepForm.step}`, stepForm]),
);

/** The form of one step of one case type, when that type has built it. */
export function findStepForm(workflow: string, step: string): StepFormModule | undefined {
  return forms.get(`${workflow}/${step}`);
}
