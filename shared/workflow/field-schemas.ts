import { z } from 'zod';
import { isIsoDate } from '../calendar';

/**
 * The bounded building blocks of step fields. Every string has a maximum: step data crosses IPC,
 * lands in the database and is printed into documents, and nothing unbounded may do that.
 */
export const NAME_MAX = 100;
export const TEXT_MAX = 2_000;
export const LONG_TEXT_MAX = 20_000;
export const LIST_MAX = 200;

/** A name, number or short label: 文号, a unit, a person. */
export const shortText = z.string().trim().min(1).max(NAME_MAX);
/** A paragraph: a note, a finding, a reason. */
export const text = z.string().trim().min(1).max(TEXT_MAX);
/** A narrative: facts, evidence, reasoning. */
export const longText = z.string().trim().min(1).max(LONG_TEXT_MAX);
export const optionalText = z.string().trim().max(TEXT_MAX).optional();
export const date = z.string().max(10).refine(isIsoDate, { message: 'date' });
/** The id of a catalog entry or of a point of a report. */
export const entryId = z.string().trim().min(1).max(40);
export const count = z.number().int().min(0).max(10_000);

/** The reason every return, refusal, withdrawal or appeal carries. */
export const reasonInput = z.object({ reason: text }).strict();
export const noInput = z.object({}).strict();

/** Ids in a list must be unique: they are referred to from other steps. */
export function uniqueIds<T>(list: readonly T[], id: (item: T) => string): boolean {
  return new Set(list.map(id)).size === list.length;
}
