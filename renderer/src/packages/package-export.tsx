import { useState } from 'react';
import { Button, Card, Descriptions, Form, Radio, Result, Segmented, Space, Tag, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseSummary } from '../../../shared/ipc/cases.contract';
import { invoke } from '../api';
import { isApiError, type ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { formatBytes } from '../backup';
import { FilePath, JobOutcome, useHostPath } from '../exports';
import { JobProgress, useJob } from '../jobs';
import { CasePicker } from './case-picker';
import { PassphraseFields } from './passphrase-fields';

interface ExportValues {
  passphrase: string;
  confirm: string;
}

const KINDS: CaseKind[] = ['fault-tolerance', 'clearance'];

/**
 * A case package (交换包) for another installation: the cases ticked in the list, or every case of a
 * type the officer may see, sealed with a passphrase typed twice; then the job's progress and
 * what went into the file.
 */
export function PackageExport() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExportValues>();
  const passphrase = Form.useWatch('passphrase', form) ?? '';
  const [kind, setKind] = useState<CaseKind>('fault-tolerance');
  const [scope, setScope] = useState<'selected' | 'all'>('selected');
  const [selected, setSelected] = useState<Map<number, CaseSummary>>(new Map());
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [noneChosen, setNoneChosen] = useState(false);
  const job = useJob();
  const busy = starting || job.running;
  const target = useHostPath('save', 'qzp', busy);
  const result = job.status?.state === 'done' && job.status.result?.kind === 'packageExport' ? job.status.result : null;

  const start = async (values: ExportValues) => {
    if (scope === 'selected' && selected.size === 0) {
      setNoneChosen(true);
      return;
    }
    setStarting(true);
    setError(null);
    try {
      const which = scope === 'all' ? { kind } : { caseIds: [...selected.keys()] };
      const started = await target.run((path) => invoke('packages.export', { ...which, passphrase: values.passphrase, ...(path ? { path } : {}) }));
      if (started) job.follow(started);
    } catch (caught) {
      if (isApiError(caught) && caught.code !== 'LOCKED') setError(caught);
    } finally {
      setStarting(false);
    }
  };

  const again = () => {
    job.reset();
    form.resetFields();
    setSelected(new Map());
  };

  if (result) {
    return (
      <Card size="small" title={t('filesUi.packages.exportTitle')}>
        <Result
          status="success"
          className="qz-file-result"
          title={t('filesUi.packages.exported', { count: result.cases })}
          subTitle={<FilePath path={result.path} testId="package-path" />}
          extra={
            <Button type="primary" onClick={again}>
              {t('filesUi.packages.exportAgain')}
            </Button>
          }
        >
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'cases', label: t('filesUi.packages.cases'), children: result.cases },
              { key: 'docs', label: t('filesUi.packages.documents'), children: result.documents },
              { key: 'att', label: t('filesUi.packages.attachments'), children: result.attachments },
              { key: 'size', label: t('filesUi.packages.size'), children: formatBytes(result.bytes) },
            ]}
          />
          <Typography.Paragraph type="secondary" className="qz-package-note">
            {t('filesUi.packages.exportedNote')}
          </Typography.Paragraph>
        </Result>
      </Card>
    );
  }

  return (
    <Card size="small" title={t('filesUi.packages.exportTitle')} data-testid="package-export">
      <Typography.Paragraph type="secondary">{t('filesUi.packages.exportIntro')}</Typography.Paragraph>
      <Space wrap className="qz-package-scope">
        <Segmented<CaseKind>
          value={kind}
          onChange={setKind}
          disabled={busy}
          options={KINDS.map((k) => ({ value: k, label: t(`files.ledger.kinds.${k}`) }))}
        />
        <Radio.Group
          value={scope}
          disabled={busy}
          onChange={(e) => {
            setScope(e.target.value as 'selected' | 'all');
            setNoneChosen(false);
          }}
          options={[
            { value: 'selected', label: t('filesUi.packages.scopeSelected') },
            { value: 'all', label: t('filesUi.packages.scopeAll', { kind: t(`files.ledger.kinds.${kind}`) }) },
          ]}
        />
      </Space>
      {scope === 'selected' && (
        <>
          <CasePicker
            kind={kind}
            selected={selected}
            disabled={busy}
            onChange={(next) => {
              setSelected(next);
              setNoneChosen(false);
            }}
          />
          <Space wrap className="qz-package-chosen" data-testid="package-chosen">
            <Typography.Text type={noneChosen ? 'danger' : undefined}>
              {noneChosen ? t('filesUi.packages.noneChosen') : t('filesUi.packages.chosen', { count: selected.size })}
            </Typography.Text>
            {[...selected.values()].slice(0, 12).map((c) => (
              <Tag key={c.id} closable={!busy} onClose={() => setSelected((current) => new Map([...current].filter(([id]) => id !== c.id)))}>
                {c.number}
              </Tag>
            ))}
            {selected.size > 12 && <Typography.Text type="secondary">…</Typography.Text>}
          </Space>
        </>
      )}
      <Form<ExportValues> form={form} layout="vertical" onFinish={(v) => void start(v)} disabled={busy} className="qz-package-form" initialValues={{ passphrase: '', confirm: '' }}>
        <PassphraseFields value={passphrase} />
        {target.field}
        {job.running && <JobProgress status={job.status} onCancel={() => void job.cancel()} cancelling={job.cancelling} />}
        <JobOutcome status={job.status} error={job.error} />
        <ErrorAlert error={error} onClose={() => setError(null)} />
        <Button type="primary" htmlType="submit" icon={<ExportOutlined />} loading={busy} data-testid="package-export-start">
          {t('filesUi.packages.exportStart')}
        </Button>
      </Form>
    </Card>
  );
}
