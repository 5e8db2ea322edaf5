import type { ApiError } from '../api-error';

/**
 * Main answers INVALID_INPUT on the folder when it has no dialog to ask with (the browser harness,
 * a locked-down host): the screen then asks for a typed path instead of showing a generic error.
 */
export function needsTypedPath(error: ApiError, field: 'folder' | 'path'): boolean {
  return error.code === 'INVALID_INPUT' && error.fields.includes(field);
}
