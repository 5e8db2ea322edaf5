import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { invoke } from '../api';
import { isApiError, type ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { useBackupJob } from './use-backup-job';
import { JobProgress } from './job-progress';
import { jobError } from './job-error';
import { needsTypedPath } from './folder-refusal';
import { formatBytes } from './format-bytes';

interface FolderValues {
  folder?: string;
}

/** "Back up now": to a typed folder or one the host's dialog picks, with the phase and percent while it runs. */
export function BackupCreate({ onFinished }: { onFinished?: () => unknown }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FolderValues>();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const { status, pollError } = useBackupJob(jobId);
  const running = jobId !== null && (status === null || status.state === 'running') && !pollError;
  const failure = jobError(status) ?? pollError;
  const report = status?.state === 'done' ? status.backup : null;

  // The reminder in the frame and the status card read the new date as soon as the backup is complete.
  const finished = status?.state === 'done';
  useEffect(() => {
    if (finished) onFinished?.();
  }, [finished, onFinished]);

  const start = async ({ folder }: FolderValues) => {
    setStarting(true);
    setError(null);
    setCancelled(false);
    try {
      const typed = folder?.trim();
      const started = await invoke('backup.start', typed ? { folder: typed } : {});
      if ('cancelled' in started) setCancelled(true);
      else setJobId(started.jobId);
    } catch (caught) {
      if (isApiError(caught) && needsTypedPath(caught, 'folder')) {
        form.setFields([{ name: 'folder', errors: [t('backupUi.create.folderNeeded')] }]);
      } else if (isApiError(caught) && caught.fields.includes('folder')) {
        form.setFields([{ name: 'folder', errors: [caught.message] }]);
      } else {
        setError(caught as ApiError);
      }
    } finally {
      setStarting(false);
    }
  };

  const reset = () => setJobId(null);

  if (report) {
    return (
      <Card size="small" title={t('backupUi.create.title')}>
        <Alert type="success" showIcon className="qz-form-alert" title={t('backupUi.create.done')} />
        <Descriptions
          size="small"
          column={1}
          bordered
          className="qz-backup-result qz-nowrap-labels"
          items={[
            { key: 'folder', label: t('backupUi.create.folderResult'), children: <Typography.Text copyable className="qz-mono qz-hash" data-testid="backup-folder">{report.folder}</Typography.Text> },
            { key: 'at', label: t('backupUi.create.createdAt'), children: dayjs(report.createdAt).format('YYYY-MM-DD HH:mm:ss') },
            { key: 'size', label: t('backupUi.create.size'), children: formatBytes(report.totalBytes) },
            { key: 'files', label: t('backupUi.create.files'), children: report.fileCount },
            { key: 'attachments', label: t('backupUi.create.attachments'), children: report.attachmentCount },
            ...(report.auditHead
              ? [{ key: 'head', label: t('backupUi.create.auditHead'), children: <span className="qz-mono qz-hash">{t('backupUi.create.auditHeadValue', { seq: report.auditHead.seq, hash: report.auditHead.hash })}</span> }]
              : []),
          ]}
        />
        <Button onClick={reset} className="qz-backup-gap">
          {t('backupUi.create.again')}
        </Button>
      </Card>
    );
  }

  return (
    <Card size="small" title={t('backupUi.create.title')}>
      <Typography.Paragraph type="secondary">{t('backupUi.create.intro')}</Typography.Paragraph>
      <Form<FolderValues> form={form} layout="vertical" onFinish={start} disabled={running || starting} onValuesChange={() => setError(null)}>
        <Form.Item name="folder" label={t('backupUi.create.folder')}>
          <Input className="qz-mono" placeholder={t('backupUi.create.folderPlaceholder')} spellCheck={false} autoComplete="off" />
        </Form.Item>
        {running && <JobProgress status={status} />}
        {cancelled && <Alert type="info" showIcon className="qz-form-alert" title={t('backupUi.create.cancelled')} />}
        {failure && !running && (
          <Alert type="error" showIcon role="alert" className="qz-form-alert" title={t('backupUi.create.failed')} description={failure.message} />
        )}
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" icon={<CloudUploadOutlined />} loading={running || starting}>
          {t('backupUi.create.start')}
        </Button>
      </Form>
    </Card>
  );
}
