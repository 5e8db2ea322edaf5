import { useState } from 'react';
import { Alert, Button, Form, Input, Space, Spin } from 'antd';
import { FolderOpenOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../shared/ipc/backup.contract';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { currentLocale } from '../i18n';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';
import { BackupInspection, type Inspection } from './backup-inspection';
import { RestoreCredentialFields, restoreCredentials, type RestoreCredentialValues } from './restore-credentials';
import { RestorePreview } from './restore-preview';
import { JobProgress } from './job-progress';
import { useBackupJob } from './use-backup-job';
import { jobError } from './job-error';
import { needsTypedPath } from './folder-refusal';

interface FolderValues {
  folder?: string;
}

/**
 * Restoring, the same signed in (settings) and before sign-in (a damaged or new computer): choose a
 * folder, see what it holds, prove who you are in that backup, watch it verified, see what it would
 * bring back, then confirm or walk away. Nothing here is replaced before the confirmation.
 */
export function RestoreFlow({
  atStart,
  initialFolder,
  onRestored,
}: {
  /** Before sign-in: asks for the user name too, and uses the public channel. */
  atStart: boolean;
  initialFolder?: string;
  onRestored: (report: RestoreReport, username: string | null) => void;
}) {
  const { t } = useTranslation();
  const [folderForm] = Form.useForm<FolderValues>();
  const [credentialForm] = Form.useForm<RestoreCredentialValues>();
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [inspectError, setInspectError] = useState<ApiError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [username, setUsername] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<ApiError | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const { status, pollError } = useBackupJob(jobId);

  const inspect = async ({ folder }: FolderValues) => {
    setInspecting(true);
    setInspectError(null);
    setCancelled(false);
    try {
      const typed = folder?.trim();
      const found = await invoke('backup.inspect', typed ? { folder: typed } : {});
      if ('cancelled' in found) return;
      folderForm.setFieldsValue({ folder: found.folder });
      setInspection(found);
    } catch (caught) {
      if (isApiError(caught) && needsTypedPath(caught, 'folder')) folderForm.setFields([{ name: 'folder', errors: [t('backupUi.restore.folderNeeded')] }]);
      else setInspectError(isApiError(caught) ? caught : ApiError.internal(currentLocale()));
    } finally {
      setInspecting(false);
    }
  };

  const verify = useApiSubmit(credentialForm, async (values: RestoreCredentialValues) => {
    if (!inspection) return;
    const credentials = restoreCredentials(values);
    const typedUsername = values.username?.trim() ?? '';
    const started = atStart
      ? await invoke('backup.restoreAtStart', { folder: inspection.folder, username: typedUsername, ...credentials })
      : await invoke('backup.restore', { folder: inspection.folder, ...credentials });
    setUsername(atStart ? typedUsername : null);
    setCommitError(null);
    setJobId(started.jobId);
  });

  const chooseAnother = () => {
    setInspection(null);
    setJobId(null);
    credentialForm.resetFields();
  };

  const cancel = async () => {
    if (jobId) await invoke('backup.restoreCancel', { jobId }).catch(() => undefined);
    chooseAnother();
    setCancelled(true);
  };

  const commit = async () => {
    if (!jobId) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const report = await invoke('backup.restoreCommit', { jobId });
      onRestored(report, username);
    } catch (caught) {
      setCommitError(isApiError(caught) ? caught : ApiError.internal(currentLocale()));
      setJobId(null);
    } finally {
      setCommitting(false);
    }
  };

  const verifying = jobId !== null && (status === null || status.state === 'running') && !pollError;
  const failure = jobError(status) ?? pollError;
  const verified = status?.state === 'verified' && status.restore ? status.restore : null;

  return (
    <div className="qz-restore-flow">
      <Form<FolderValues>
        form={folderForm}
        layout="vertical"
        initialValues={{ folder: initialFolder }}
        onFinish={inspect}
        onValuesChange={() => setInspectError(null)}
        disabled={inspecting || inspection !== null}
      >
        <Form.Item label={t('backupUi.restore.folder')} htmlFor="restore-folder" className="qz-backup-folder">
          <Space.Compact block>
            <Form.Item name="folder" noStyle>
              <Input id="restore-folder" className="qz-mono" placeholder={t('backupUi.restore.folderPlaceholder')} spellCheck={false} autoComplete="off" />
            </Form.Item>
            {inspection ? (
              <Button onClick={chooseAnother} disabled={verifying || committing}>
                {t('backupUi.restore.another')}
              </Button>
            ) : (
              <Button type="primary" htmlType="submit" icon={<FolderOpenOutlined />} loading={inspecting}>
                {t('backupUi.restore.inspect')}
              </Button>
            )}
          </Space.Compact>
        </Form.Item>
        <ErrorAlert error={inspectError} />
        {cancelled && <Alert type="info" showIcon className="qz-form-alert" title={t('backupUi.restore.cancelled')} />}
      </Form>

      {inspection && <BackupInspection inspection={inspection} />}

      {inspection && inspection.supported && !verified && (
        <Form<RestoreCredentialValues>
          form={credentialForm}
          layout="vertical"
          className="qz-backup-gap"
          initialValues={{ mode: 'password' }}
          onFinish={verify.onFinish}
          onValuesChange={() => verify.setError(null)}
          disabled={verify.submitting || verifying}
        >
          {atStart && <Alert type="info" showIcon className="qz-form-alert" title={t('backupUi.atStart.adminOnly')} />}
          <RestoreCredentialFields askUsername={atStart} />
          {verifying && <JobProgress status={status} />}
          {failure && !verifying && (
            <Alert type="error" showIcon role="alert" className="qz-form-alert" title={t('backupUi.restore.failed')} description={failure.message} />
          )}
          <ErrorAlert error={verify.error ?? commitError} />
          <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={verify.submitting || verifying}>
            {t('backupUi.restore.verify')}
          </Button>
        </Form>
      )}

      {verified && (
        <Spin spinning={committing} description={t('backupUi.phases.replacing')}>
          <RestorePreview report={verified} busy={committing} onConfirm={() => void commit()} onCancel={() => void cancel()} />
        </Spin>
      )}
    </div>
  );
}
