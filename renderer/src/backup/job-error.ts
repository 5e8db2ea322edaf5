import type { BackupJobStatus } from '../../../shared/ipc/backup.contract';
import { ApiError } from '../api-error';
import { currentLocale } from '../i18n';

/** A job's failure as the screens show every other refusal. */
export function jobError(status: BackupJobStatus | null): ApiError | null {
  return status?.state === 'failed' && status.error ? new ApiError(status.error, currentLocale()) : null;
}
