import type { ApiError } from '../api-error';

/**
 * Main answers HOST_UNAVAILABLE when it has no dialog to ask with (the browser harness, a locked-down
 * host): the screen then asks for a typed path instead of showing the refusal.
 */
export function needsTypedPath(error: ApiError): boolean {
  return error.code === 'HOST_UNAVAILABLE' && (error.params.what === 'chooseSavePath' || error.params.what === 'chooseOpenPaths');
}

/** The officer closed the host's dialog without choosing: nothing to say. */
export function isCancelled(error: ApiError): boolean {
  return error.code === 'CANCELLED';
}

/** A refusal that belongs on the path the officer typed (a folder that is not there, a wrong extension). */
export function isPathRefusal(error: ApiError): boolean {
  return error.fields.some((f) => f === 'path' || f === 'paths' || f.startsWith('paths.'));
}
