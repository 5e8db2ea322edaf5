import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ErrorPayload } from '../../../shared/errors';
import type { JobStatus } from '../../../shared/ipc/jobs.contract';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { currentLocale } from '../i18n';

/** jobs.contract asks for about two polls a second: the bar moves smoothly and the router is not crowded. */
export const POLL_MS = 500;

export interface JobHandle {
  /** The latest status main gave: the one the starting call answered with, then each poll's. */
  status: JobStatus | null;
  running: boolean;
  /** The job's failure, or a poll that broke, as the screens show any refusal. */
  error: ApiError | null;
  cancelling: boolean;
  /** Follows a job the screen has just started. */
  follow(started: JobStatus): void;
  cancel(): Promise<void>;
  /** Forgets the job on screen (main keeps or drops it on its own). */
  reset(): void;
}

/**
 * Follows one long operation (case file, ledger, package) until it stops running: main cannot push,
 * so the screen asks. The job goes on in main if the screen goes away; a job started and then
 * abandoned is the caller's to cancel.
 */
export function useJob(): JobHandle {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [pollError, setPollError] = useState<ApiError | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const id = status?.id ?? null;
  const running = status?.state === 'running' && !pollError;

  useEffect(() => {
    if (!id || !running) return undefined;
    let stopped = false;
    const timer = setTimeout(() => {
      invoke('jobs.status', { id }).then(
        (next) => {
          if (!stopped) setStatus(next);
        },
        (caught: unknown) => {
          if (!stopped) setPollError(isApiError(caught) ? caught : ApiError.internal(currentLocale()));
        },
      );
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, running, status]);

  const follow = useCallback((started: JobStatus) => {
    setPollError(null);
    setCancelling(false);
    setStatus(started);
  }, []);

  const cancel = useCallback(async () => {
    if (!id) return;
    setCancelling(true);
    try {
      const next = await invoke('jobs.cancel', { id });
      if (live.current) setStatus(next);
    } catch (caught) {
      if (live.current) setPollError(isApiError(caught) ? caught : ApiError.internal(currentLocale()));
    }
  }, [id]);

  const reset = useCallback(() => {
    setStatus(null);
    setPollError(null);
    setCancelling(false);
  }, []);

  // The job channel carries the code as text; it is one of the error codes main raises.
  const failed = useMemo(() => (status?.state === 'failed' && status.error ? new ApiError(status.error as ErrorPayload, currentLocale()) : null), [status]);
  return { status, running, error: failed ?? pollError, cancelling: cancelling && running, follow, cancel, reset };
}
