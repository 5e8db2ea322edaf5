import { translate, type Locale } from './i18n';

/** Stable codes; each has a message under `errors.<code>` in every catalog. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_INITIALIZED',
  'ALREADY_INITIALIZED',
  'NOT_SIGNED_IN',
  'LOCKED',
  'FORBIDDEN',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED_OUT',
  'ACCOUNT_DISABLED',
  'BAD_RECOVERY_KEY',
  'WEAK_PASSWORD',
  'USERNAME_TAKEN',
  'ADMIN_ROLE_CONFLICT',
  'LAST_ADMIN',
  'RECOVERY_NOT_PENDING',
  'NOT_FOUND',
  'DB_KEY_INVALID',
  'DB_NEWER_VERSION',
  'DB_DAMAGED',
  'KEYRING_DAMAGED',
  'SENDER_REFUSED',
  'PACKAGE_BAD_PASSPHRASE',
  'PACKAGE_TAMPERED',
  'PACKAGE_UNSAFE_ENTRY',
  'PACKAGE_TOO_LARGE',
  'PACKAGE_FORMAT',
  'PACKAGE_VERSION',
  'PACKAGE_ENTRY_SIZE_MISMATCH',
  'BACKUP_FOLDER_MISSING',
  'BACKUP_FOLDER_NOT_WRITABLE',
  'BACKUP_FOLDER_IN_DATA_DIR',
  'NOT_ENOUGH_SPACE',
  'BACKUP_NOT_FOUND',
  'BACKUP_INCOMPLETE',
  'BACKUP_DAMAGED',
  'BACKUP_FORMAT_UNSUPPORTED',
  'BACKUP_BAD_PASSWORD',
  'BACKUP_USER_MISSING',
  'BACKUP_BUSY',
  'BACKUP_WRITE_FAILED',
  'RESTORE_NEEDS_SIGN_IN',
  'RESTORE_EXPIRED',
  'RESTORE_FAILED',
  'DB_TAMPERED',
  'INTERNAL',
  'CLEARANCE_FROM_REPORT',
  'REPORT_NOT_CONCLUDED',
  'REPORT_FINDINGS_INCOMPLETE',
  'REPORT_DATE_ORDER',
  'REPORT_POINT_CADRE',
  'REPORT_POINT_LOCKED',
  'REPORT_LOCKED',
  'CLEARANCE_CADRE_NOT_REPORTED',
  'CLEARANCE_POINT_TRUE',
  'CLEARANCE_POINT_UNPROVEN',
  'CLEARANCE_POINT_UNCONCLUDED',
  'CLEARANCE_POINT_OTHER_CADRE',
  'CLEARANCE_POINT_TAKEN',
  'REFERRAL_NOT_MALICIOUS',
  'REFERRAL_EXISTS',
  'REFERRAL_ROUTE_MISMATCH',
  'REFERRAL_APPROVED_LOCKED',
  'REFERRAL_NOT_APPROVED',
  'REFERRAL_NOT_SENT',
  'REFERRAL_ALREADY_APPROVED',
  'REFERRAL_SELF_APPROVAL',
  'REFERRAL_DATE_ORDER',
  'REPORT_NOT_VERIFYING_DEPARTMENT',
  'DATE_IN_FUTURE',
  'DUTIES_SEPARATED',
  'SELF_GRANT',
  'LAST_DUTY_HOLDER',
  'PASSWORD_CHANGE_REQUIRED',
  'EXPORT_PATH_REFUSED',
  'AUDIT_CHAIN_BROKEN',
  'AUDIT_NOTHING_TO_ARCHIVE',
  'AUDIT_FILE_UNREADABLE',
  'TEMPLATE_VALUE_MISSING',
  'TEMPLATE_INVALID',
  'DOCUMENT_NOT_AVAILABLE',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_TYPE',
  'ATTACHMENT_PURGED',
  'UPLOAD_EXPIRED',
  'HOST_UNAVAILABLE',
  'CANCELLED',
  'FILE_UNREADABLE',
  'FILE_UNWRITABLE',
  'BUSY',
  'PACKAGE_WEAK_PASSPHRASE',
  'CASE_NUMBER_TAKEN',
  'CATALOG_MISMATCH',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

/** What crosses IPC: the code for the audit log, both languages for the screen. */
export interface ErrorPayload {
  code: ErrorCode;
  message: { 'zh-CN': string; en: string };
  fields?: string[];
  params?: ErrorParams;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly fields: string[] = [],
  ) {
    super(translate('en', `errors.${code}`, params));
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      message: { 'zh-CN': this.localized('zh-CN'), en: this.localized('en') },
      ...(this.fields.length ? { fields: this.fields } : {}),
      ...(Object.keys(this.params).length ? { params: this.params } : {}),
    };
  }

  localized(locale: Locale): string {
    return translate(locale, `errors.${this.code}`, this.params);
  }

  static fromPayload(p: ErrorPayload): AppError {
    return new AppError(p.code, p.params ?? {}, p.fields ?? []);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
