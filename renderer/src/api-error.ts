import type { ErrorCode, ErrorParams, ErrorPayload } from '../../shared/errors';
import { translate, type Locale } from '../../shared/i18n';

/** A refused request, as the screens see it: the code, the message to show and the fields to mark. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: string[];
  readonly params: ErrorParams;
  readonly messages: Record<Locale, string>;

  constructor(payload: ErrorPayload, locale: Locale) {
    super(payload.message[locale] || payload.message['zh-CN']);
    this.name = 'ApiError';
    this.code = payload.code;
    this.fields = payload.fields ?? [];
    this.params = payload.params ?? {};
    this.messages = payload.message;
  }

  /** For failures that never produced an envelope (the bridge itself broke): shown as INTERNAL. */
  static internal(locale: Locale): ApiError {
    const message = { 'zh-CN': translate('zh-CN', 'errors.INTERNAL'), en: translate('en', 'errors.INTERNAL') };
    return new ApiError({ code: 'INTERNAL', message }, locale);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
