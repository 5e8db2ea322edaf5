import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/errors';
import { ApiError } from './api-error';
import { currentLocale } from './i18n';

type ErrorListener = (error: ApiError) => void;
const listeners = new Set<ErrorListener>();

/**
 * Lets the session store hear every refusal (LOCKED, NOT_SIGNED_IN) wherever it happens,
 * so no screen has to remember to handle them.
 */
export function onApiError(listener: ErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The only door to main: unwraps the Result envelope, throws ApiError when refused. */
export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  let result: Result<Output<C>>;
  try {
    result = await window.api.invoke(channel, input);
  } catch (cause) {
    console.error(`invoke ${channel} failed before an answer`, cause);
    const error = ApiError.internal(currentLocale());
    listeners.forEach((listener) => listener(error));
    throw error;
  }
  if (result.ok) return result.value;
  const error = new ApiError(result.error, currentLocale());
  listeners.forEach((listener) => listener(error));
  throw error;
}
