import { useEffect, useState } from 'react';
import { Button, Form, Input, Modal, Result, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RETENTION_PERIODS, type RetentionPeriod } from '../../../shared/ipc/documents.contract';
import { invoke } from '../api';
import { isApiError, type ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { JobProgress, useJob } from '../jobs';
import { formatBytes } from '../backup';
import { FilePath, JobOutcome } from './job-outcome';
import { useHostPath } from './use-host-path';

interface CoverValues {
  retention?: RetentionPeriod;
  archiveCode?: string;
  checker?: string;
}

/**
 * The case file (案卷) as PDF: what the cover asks that the case does not know (retention, 档号,
 * 检查人), then the job printing, merging and writing, which the officer may stop; at the end the
 * index as printed, with its page ranges.
 */
export interface CaseFileExportModalProps {
  caseId: number;
  number: string;
  onClose(): void;
  /** The file is written: the case's history has a new line. */
  onExported?: () => void;
}

export function CaseFileExportModal({ caseId, number, onClose, onExported }: CaseFileExportModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CoverValues>();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useJob();
  const busy = starting || job.running;
  const target = useHostPath('save', 'pdf', busy);
  const result = job.status?.state === 'done' && job.status.result?.kind === 'caseFile' ? job.status.result : null;
  const [officeRetention, setOfficeRetention] = useState<RetentionPeriod | null>(null);

  const exported = result !== null;
  useEffect(() => {
    if (exported) onExported?.();
    // Once per file written; the callback may change identity on every render of the case page.
  }, [exported]);

  // What an empty choice means, said in the field itself.
  useEffect(() => {
    let live = true;
    invoke('docSettings.get', {}).then(
      (settings) => live && setOfficeRetention(settings.retention),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const start = async (values: CoverValues) => {
    setStarting(true);
    setError(null);
    try {
      const cover = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as CoverValues;
      const started = await target.run((path) => invoke('caseFile.export', { caseId, ...cover, ...(path ? { path } : {}) }));
      if (started) job.follow(started);
    } catch (caught) {
      if (isApiError(caught) && caught.code !== 'LOCKED') setError(caught);
    } finally {
      setStarting(false);
    }
  };

  return (
    <Modal
      open
      title={t('filesUi.caseFile.title', { number })}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: false }}
      width={640}
      footer={
        result
          ? [
              <Button key="close" type="primary" onClick={onClose}>
                {t('filesUi.actions.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose} disabled={busy}>
                {t('filesUi.actions.close')}
              </Button>,
              <Button key="start" type="primary" onClick={() => form.submit()} loading={busy} data-testid="case-file-start">
                {t('filesUi.caseFile.start')}
              </Button>,
            ]
      }
    >
      {result ? (
        <>
          <Result
            status="success"
            className="qz-file-result"
            title={t('filesUi.caseFile.done', { pages: result.pages, size: formatBytes(result.bytes) })}
            subTitle={<FilePath path={result.path} testId="case-file-path" />}
          />
          <Typography.Title level={5}>{t('filesUi.caseFile.index')}</Typography.Title>
          <Table
            size="small"
            rowKey={(item) => `${item.pages}:${item.title}`}
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={result.items}
            columns={[
              { key: 'seq', title: t('filesUi.caseFile.seq'), width: 56, render: (_: unknown, __: unknown, i: number) => i + 1 },
              { key: 'title', title: t('filesUi.caseFile.itemTitle'), dataIndex: 'title' },
              { key: 'pages', title: t('filesUi.caseFile.pages'), dataIndex: 'pages', width: 90 },
            ]}
          />
        </>
      ) : (
        <Form<CoverValues> form={form} layout="vertical" onFinish={(v) => void start(v)} disabled={busy}>
          <Typography.Paragraph type="secondary">{t('filesUi.caseFile.intro')}</Typography.Paragraph>
          <Form.Item name="retention" label={t('filesUi.caseFile.retention')} extra={t('filesUi.caseFile.retentionDefault')}>
            <Select
              allowClear
              placeholder={officeRetention ? t('filesUi.caseFile.retentionPlaceholder', { value: t(`files.retention.${officeRetention}`) }) : undefined}
              options={RETENTION_PERIODS.map((r) => ({ value: r, label: t(`files.retention.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name="archiveCode" label={t('filesUi.caseFile.archiveCode')} extra={t('filesUi.caseFile.handwritten')}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="checker" label={t('filesUi.caseFile.checker')} extra={t('filesUi.caseFile.handwritten')}>
            <Input maxLength={60} />
          </Form.Item>
          {target.field}
          {job.running && <JobProgress status={job.status} onCancel={() => void job.cancel()} cancelling={job.cancelling} />}
          <JobOutcome status={job.status} error={job.error} />
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </Form>
      )}
    </Modal>
  );
}
