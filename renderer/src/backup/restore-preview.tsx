import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { RestoreReport } from '../../../shared/ipc/backup.contract';

/** What a verified backup would bring back, and the choice: replace the data here with it, or not. */
export function RestorePreview({
  report,
  busy,
  onConfirm,
  onCancel,
}: {
  report: RestoreReport;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="qz-restore-preview" data-testid="restore-preview">
      <Typography.Title level={5}>{t('backupUi.restore.previewTitle')}</Typography.Title>
      <Descriptions
        size="small"
        bordered
        className="qz-nowrap-labels"
        column={2}
        items={[
          { key: 'office', label: t('backupUi.restore.office'), span: 2, children: t('backupUi.restore.officeValue', { name: report.office.name, code: report.office.code }) },
          { key: 'at', label: t('backupUi.restore.backupCreatedAt'), children: dayjs(report.backupCreatedAt).format('YYYY-MM-DD HH:mm:ss') },
          { key: 'by', label: t('backupUi.restore.backupCreatedBy'), children: report.backupCreatedBy },
          { key: 'cases', label: t('backupUi.restore.cases'), children: report.counts.cases },
          { key: 'users', label: t('backupUi.restore.users'), children: report.counts.users },
          { key: 'audit', label: t('backupUi.restore.auditEntries'), children: report.counts.auditEntries },
          { key: 'attachments', label: t('backupUi.restore.attachmentCount'), children: report.counts.attachments },
        ]}
      />
      <Alert type="warning" showIcon className="qz-backup-gap" title={t('backupUi.restore.previewWarning')} />
      <Space className="qz-backup-gap">
        <Button type="primary" danger onClick={onConfirm} loading={busy}>
          {t('backupUi.restore.confirm')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('backupUi.restore.cancel')}
        </Button>
      </Space>
    </div>
  );
}
