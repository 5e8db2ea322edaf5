import { vi } from 'vitest';
import type { ErrorCode } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import type { JobKind, JobStatus } from '../../../shared/ipc/jobs.contract';

/** A refusal as main sends it: the code, its message in both languages from the real catalog, the fields. */
export class Refusal {
  constructor(
    readonly code: ErrorCode,
    readonly fields: string[] = [],
    readonly params: Record<string, string | number> = {},
  ) {}

  payload() {
    return {
      code: this.code,
      message: { 'zh-CN': translate('zh-CN', `errors.${this.code}`, this.params), en: translate('en', `errors.${this.code}`, this.params) },
      fields: this.fields,
      params: this.params,
    };
  }
}

type Handler = (input: Record<string, unknown>) => unknown;

/**
 * Stands in for main behind `window.api`: each channel answers from its handler, a thrown Refusal
 * becomes a refused envelope, and every call is kept for the test to read.
 */
export function fakeMain(handlers: Record<string, Handler>) {
  const invoke = vi.fn(async (channel: string, input: Record<string, unknown>) => {
    const handler = handlers[channel];
    if (!handler) throw new Error(`unexpected call to ${channel}`);
    try {
      return { ok: true, value: await handler(input) };
    } catch (caught) {
      if (caught instanceof Refusal) return { ok: false, error: caught.payload() };
      throw caught;
    }
  });
  window.api = { invoke } as unknown as typeof window.api;
  return {
    invoke,
    calls: (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input),
  };
}

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
