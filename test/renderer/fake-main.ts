import { vi } from 'vitest';
import type { ErrorCode } from '../../shared/errors';
import { translate } from '../../shared/i18n';

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
