import type { z } from 'zod';

/**
 * A form value as it should be stored: text trimmed, empty text and empty picks dropped, list rows
 * left entirely blank removed. What remains is what the officer actually typed.
 */
export function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    return value.map(cleanValue).filter((v) => v !== undefined);
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, cleanValue(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

export interface StepDraft {
  /** Fields typed in and valid as a whole: what a save sends and what the buttons are judged on. */
  valid: Record<string, unknown>;
  /** Fields typed in but not (yet) valid: kept on the form, not sent. */
  invalid: string[];
}

/**
 * Splits a step form's values the way main checks a save: field by field, each field whole. A half
 * typed meeting record stays on the screen without blocking the save of the facts beside it.
 */
export function stepDraft(schema: z.ZodObject, values: Readonly<Record<string, unknown>>): StepDraft {
  const valid: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [name, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = cleanValue(values[name]);
    if (value === undefined) continue;
    const parsed = fieldSchema.safeParse(value);
    if (parsed.success) valid[name] = parsed.data;
    else invalid.push(name);
  }
  return { valid, invalid };
}

/** Only the fields whose value differs from what is saved: a save then records what really changed. */
export function changedFields(draft: Readonly<Record<string, unknown>>, saved: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(draft).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(saved[k])));
}
