import type { ReactNode } from 'react';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../shared/ipc/jobs.contract';
import type { ApiError } from '../api-error';

/** How a finished job ended, unless it succeeded (the caller shows the result then): cancelled, or why it failed. */
export function JobOutcome({ status, error }: { status: JobStatus | null; error: ApiError | null }) {
  const { t } = useTranslation();
  if (status?.state === 'cancelled') return <Alert type="info" showIcon className="qz-form-alert" title={t('filesUi.jobs.cancelled')} />;
  if (error) return <Alert type="error" showIcon role="alert" className="qz-form-alert" title={t('filesUi.jobs.failed')} description={error.message} />;
  return null;
}

/** A written file's path, whole and copyable: officers read it off to find the file. */
export function FilePath({ path, testId }: { path: string; testId?: string }): ReactNode {
  return (
    <Typography.Text copyable className="qz-mono qz-file-path" data-testid={testId}>
      {path}
    </Typography.Text>
  );
}
