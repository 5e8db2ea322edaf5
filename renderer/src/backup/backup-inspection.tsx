import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Output } from '../../../shared/ipc/contract';
import { formatBytes } from './format-bytes';

export type Inspection = Exclude<Output<'backup.inspect'>, { cancelled: true }>;

/** What a chosen backup is, read from its manifest before anyone types a password. */
export function BackupInspection({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const origin =
    inspection.sameInstallation === null
      ? t('backupUi.restore.unknownInstallation')
      : inspection.sameInstallation
        ? t('backupUi.restore.sameInstallation')
        : t('backupUi.restore.otherInstallation');
  return (
    <div className="qz-backup-inspection" data-testid="backup-inspection">
      <Descriptions
        size="small"
        bordered
        className="qz-nowrap-labels"
        column={2}
        title={t('backupUi.restore.inspected')}
        items={[
          { key: 'folder', label: t('backupUi.restore.folder'), span: 2, children: <Typography.Text className="qz-mono">{inspection.folder}</Typography.Text> },
          { key: 'at', label: t('backupUi.restore.createdAt'), children: dayjs(inspection.createdAt).format('YYYY-MM-DD HH:mm') },
          { key: 'code', label: t('backupUi.restore.officeCode'), children: inspection.officeCode },
          { key: 'size', label: t('backupUi.restore.size'), children: formatBytes(inspection.totalBytes) },
          { key: 'files', label: t('backupUi.restore.files'), children: inspection.fileCount },
          { key: 'attachments', label: t('backupUi.restore.attachments'), children: inspection.attachmentCount },
          { key: 'origin', label: t('backupUi.restore.origin'), children: origin },
        ]}
      />
      {!inspection.supported && <Alert type="error" showIcon role="alert" className="qz-backup-gap" title={t('backupUi.restore.unsupported')} />}
    </div>
  );
}
