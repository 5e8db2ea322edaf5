import type { z } from 'zod';
import { AppError } from '../shared/errors';

/** A schema failure as the one error type, naming every field at fault (under `prefix` when given). */
export function inputError(error: z.ZodError, prefix = ''): AppError {
  const fields = [...new Set(error.issues.map((i) => [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(input)'))];
  return new AppError('INVALID_INPUT', {}, fields);
}
