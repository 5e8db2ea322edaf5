import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupJobStatus } from '../../../shared/ipc/backup.contract';
import { formatBytes } from './format-bytes';

/** Which step a running backup or restore is on, how far, and how many bytes of how many. */
export function JobProgress({ status }: { status: BackupJobStatus | null }) {
  const { t } = useTranslation();
  const phase = status?.phase ?? 'database';
  return (
    <div className="qz-backup-progress" role="status" aria-live="polite" data-phase={phase}>
      <Typography.Text strong>{t(`backupUi.phases.${phase}`)}</Typography.Text>
      <Progress percent={status?.percent ?? 0} status="active" />
      {status && status.totalBytes > 0 && (
        <Typography.Text type="secondary">
          {t('backupUi.bytes', { done: formatBytes(status.doneBytes), total: formatBytes(status.totalBytes) })}
        </Typography.Text>
      )}
    </div>
  );
}
