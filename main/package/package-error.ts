import { AppError } from '../../shared/errors';

/**
 * The refusals a case package can end in. They are carried as INVALID_INPUT with `reason` until
 * shared/errors.ts gains codes of their own; every throw goes through `packageError`, so that
 * switch is one line here.
 */
export type PackageErrorReason =
  | 'PACKAGE_BAD_PASSPHRASE'
  | 'PACKAGE_TAMPERED'
  | 'PACKAGE_UNSAFE_ENTRY'
  | 'PACKAGE_TOO_LARGE'
  | 'PACKAGE_FORMAT'
  | 'PACKAGE_VERSION'
  | 'PACKAGE_ENTRY_SIZE_MISMATCH';

/** `detail` is English for the log; the officer sees the translated message of the reason. */
export function packageError(reason: PackageErrorReason, detail: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('INVALID_INPUT', { reason, detail, ...params });
}

/** The reason of a package refusal, or undefined for any other error. */
export function packageErrorReason(e: unknown): PackageErrorReason | undefined {
  if (!(e instanceof AppError) || e.code !== 'INVALID_INPUT') return undefined;
  const reason = e.params.reason;
  return typeof reason === 'string' && reason.startsWith('PACKAGE_') ? (reason as PackageErrorReason) : undefined;
}
