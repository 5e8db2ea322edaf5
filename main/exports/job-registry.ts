import { randomUUID } from 'node:crypto';
import type { CoreState } from '../core-state';
import { AppError, type ErrorPayload } from '../../shared/errors';
import type { JobKind, JobResult, JobStatus } from '../../shared/ipc/jobs.contract';

/**
 * Long work (a case file, a ledger, a package) runs as a job: the channel that starts it answers
 * at once with the job's id, and the work goes on between other calls, so the screen can poll
 * `jobs.status` for its phase and progress and the officer can keep working or cancel.
 *
 * A job belongs to the user who started it and to that user's open session: it checks
 * `stillOpen` between pieces of work and stops when the session locks or ends, removing any
 * partial output. Jobs live in memory only; a finished job is kept for a while so its result can
 * be read, then forgotten.
 */
export interface JobControl {
  readonly id: string;
  /** Reports progress; throws CANCELLED once the officer cancelled. */
  progress(phase: string, done: number, total: number): void;
  /** Throws CANCELLED once the officer cancelled. */
  checkCancelled(): void;
  /** Something the job leaves behind for a later call (an opened package awaiting import); closed when the job is forgotten. */
  hold(resource: { close(): Promise<void> | void }): void;
}

interface Job {
  status: JobStatus;
  owner: string;
  cancelled: boolean;
  held: { close(): Promise<void> | void } | null;
  finishedAtMs: number | null;
}

export const MAX_RUNNING_JOBS = 3;
const KEEP_FINISHED = 20;
/** How long a finished job (and whatever it holds open) waits to be picked up. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

const registries = new WeakMap<CoreState, Map<string, Job>>();

function registry(state: CoreState): Map<string, Job> {
  let map = registries.get(state);
  if (!map) registries.set(state, (map = new Map()));
  return map;
}

function payloadOf(err: unknown): ErrorPayload {
  if (err instanceof AppError) return err.toPayload();
  console.error('qingzheng: job failed', err instanceof Error ? err.stack?.split('\n').slice(0, 6).join('\n') : typeof err);
  return new AppError('INTERNAL').toPayload();
}

function forget(map: Map<string, Job>, id: string): void {
  const job = map.get(id);
  map.delete(id);
  void Promise.resolve(job?.held?.close()).catch(() => undefined);
}

/** Forgets finished jobs beyond the newest few, and any left unclaimed too long. */
function sweep(state: CoreState): void {
  const map = registry(state);
  const finished = [...map.entries()].filter(([, j]) => j.finishedAtMs !== null).sort(([, a], [, b]) => b.finishedAtMs! - a.finishedAtMs!);
  finished.forEach(([id, j], i) => {
    if (i >= KEEP_FINISHED || state.now() - j.finishedAtMs! > KEEP_FINISHED_MS) forget(map, id);
  });
}

export function startJob(state: CoreState, owner: string, kind: JobKind, run: (control: JobControl) => Promise<JobResult>): JobStatus {
  sweep(state);
  const map = registry(state);
  const running = [...map.values()].filter((j) => j.owner === owner && j.status.state === 'running').length;
  if (running >= MAX_RUNNING_JOBS) throw new AppError('BUSY', { running });
  const id = randomUUID();
  const job: Job = {
    owner,
    cancelled: false,
    held: null,
    finishedAtMs: null,
    status: { id, kind, state: 'running', phase: 'start', done: 0, total: 0, result: null, error: null, startedAt: new Date(state.now()).toISOString(), finishedAt: null },
  };
  map.set(id, job);
  const control: JobControl = {
    id,
    progress(phase, done, total) {
      control.checkCancelled();
      Object.assign(job.status, { phase, done, total });
    },
    checkCancelled() {
      if (job.cancelled) throw new AppError('CANCELLED');
    },
    hold(resource) {
      job.held = resource;
    },
  };
  const finish = (patch: Partial<JobStatus>) => {
    Object.assign(job.status, patch, { finishedAt: new Date(state.now()).toISOString() });
    job.finishedAtMs = state.now();
  };
  // Started on the next turn, so the call that starts the job has answered before any work runs.
  setImmediate(() => {
    run(control).then(
      (result) => finish({ state: 'done', result }),
      (err: unknown) => {
        // Whatever broke after the officer cancelled (a print cut short, a stream closed) is the cancellation.
        const error = job.cancelled ? new AppError('CANCELLED').toPayload() : payloadOf(err);
        finish(error.code === 'CANCELLED' ? { state: 'cancelled', error } : { state: 'failed', error });
        void Promise.resolve(job.held?.close()).catch(() => undefined);
        job.held = null;
      },
    );
  });
  return { ...job.status };
}

/** The caller's own job; anyone else's looks the same as one that never existed. */
function own(state: CoreState, id: string, owner: string): Job {
  const job = registry(state).get(id);
  if (!job || job.owner !== owner) throw new AppError('NOT_FOUND', {}, ['id']);
  return job;
}

export function jobStatus(state: CoreState, id: string, owner: string): JobStatus {
  sweep(state);
  return { ...own(state, id, owner).status };
}

export function cancelJob(state: CoreState, id: string, owner: string): JobStatus {
  const job = own(state, id, owner);
  if (job.status.state === 'running') job.cancelled = true;
  else if (job.held) forget(registry(state), id);
  return { ...job.status };
}

/** What a finished job left for the next step, taken once: the next call owns it from then on. */
export function takeHeld<T>(state: CoreState, id: string, owner: string, kind: JobKind): T {
  const job = own(state, id, owner);
  if (job.status.kind !== kind || job.status.state !== 'done' || !job.held) throw new AppError('NOT_FOUND', {}, ['id']);
  const held = job.held as T;
  job.held = null;
  return held;
}
