import { z } from 'zod';

/** Bounds on every free-text field: nothing unbounded crosses IPC. */
export const MAX_SHORT = 100;
export const MAX_TEXT = 20_000;
export const PASSWORD_MIN = 8;

export const shortText = z.string().trim().min(1).max(MAX_SHORT);
export const optionalShortText = z.string().trim().max(MAX_SHORT);
export const longText = z.string().max(MAX_TEXT);
export const password = z.string().min(1).max(256);
export const username = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[\p{L}\p{N}_.-]+$/u);
export const id = z.string().min(1).max(64);
export const intId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const isoDateTime = z.string().max(40);
export const empty = z.object({}).strict();
export const done = z.object({ done: z.literal(true) });
