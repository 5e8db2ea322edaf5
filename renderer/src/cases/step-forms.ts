import type { StepFormModule } from './step-form';

// A case type may keep its forms in its own room (renderer/src/clearance) rather than under cases/.
const modules = import.meta.glob<{ stepForm: StepFormModule }>(['./*/*.step.tsx', '../clearance/*.step.tsx'], { eager: true });

const forms = new Map<string, StepFormModule>(
  Object.values(modules).map(({ stepForm }) => [`${stepForm.workflow}/${stepForm.step}`, stepForm]),
);

/** The form of one step of one case type, when that type has built it. */
export function findStepForm(workflow: string, step: string): StepFormModule | undefined {
  return forms.get(`${workflow}/${step}`);
}
