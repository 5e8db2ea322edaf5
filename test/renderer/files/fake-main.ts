import type { JobKind, JobStatus } from '../../../shared/ipc/jobs.contract';

/** The renderer's stand-in main, shared with the other screen tests; the job helpers are this folder's own. */
export * from '../fake-main';

/** A job's status as jobs.status answers it. */
export function job(kind: JobKind, patch: Partial<JobStatus> = {}): JobStatus {
  return {
    id: `job-${kind}`,
    kind,
    state: 'running',
    phase: 'start',
    done: 0,
    total: 0,
    result: null,
    error: null,
    startedAt: '2026-11-28T01:00:00.000Z',
    finishedAt: null,
    ...patch,
  };
}

/** Answers polls with each status in turn, then keeps answering the last. */
export function polls(...steps: JobStatus[]): () => JobStatus {
  return () => (steps.length > 1 ? steps.shift()! : steps[0]!);
}

/** How long a poll takes to come round, with room to spare. */
export const POLLED = { timeout: 4_000 };
