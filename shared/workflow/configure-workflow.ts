import { z } from 'zod';
import type { Deadline } from '../calendar';
import type { WorkflowTable } from './types';

/**
 * Every deadline is configurable (DOMAIN: Time): places set their own periods. An administrator's
 * settings change the numbers in a table, never its steps or rules.
 */
export interface WorkflowSettings {
  /** By step key; null removes a step's deadline. */
  deadlines?: Readonly<Record<string, Deadline | null>>;
  /** By period name, e.g. `appeal`. */
  periods?: Readonly<Record<string, Deadline>>;
}

const deadline = z.object({ days: z.number().int().min(1).max(3650), kind: z.enum(['working', 'calendar']) }).strict();

/** The settings as main stores and receives them. */
export const workflowSettingsSchema = z
  .object({
    deadlines: z.record(z.string().max(40), deadline.nullable()).optional(),
    periods: z.record(z.string().max(40), deadline).optional(),
  })
  .strict();

/** The table with the settings applied; names of steps or periods the table does not have are ignored. */
export function configureWorkflow<S extends string, A extends string>(
  table: WorkflowTable<S, A>,
  settings: WorkflowSettings,
): WorkflowTable<S, A> {
  const deadlines = settings.deadlines ?? {};
  const periods = Object.fromEntries(
    Object.entries(table.periods).map(([name, d]) => [name, settings.periods?.[name] ?? d]),
  );
  return {
    ...table,
    periods,
    steps: table.steps.map((s) => (s.key in deadlines ? { ...s, deadline: deadlines[s.key] ?? null } : s)),
  };
}
