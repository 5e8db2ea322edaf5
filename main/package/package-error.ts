import { AppError } from '../../shared/errors';

/** The refusals a case package can end in, each an error code of its own. */
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
  return new AppError(reason, { detail, ...params });
}

/** The reason of a package refusal, or undefined for any other error. */
export function packageErrorReason(e: unknown): PackageErrorReason | undefined {
  return e instanceof AppError && e.code.startsWith('PACKAGE_') ? (e.code as PackageErrorReason) : undefined;
}
