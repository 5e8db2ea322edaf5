import { useState } from 'react';
import { Button, Descriptions, Form, Modal, Radio, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseListInput } from '../../../shared/ipc/cases.contract';
import { LEDGER_FORMATS } from '../../../shared/ipc/exports.contract';
import { invoke } from '../api';
import { isApiError, type ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { JobProgress, useJob } from '../jobs';
import { FilePath, JobOutcome } from './job-outcome';
import { useHostPath } from './use-host-path';

type Format = (typeof LEDGER_FORMATS)[number];

export interface LedgerExportModalProps {
  kind: CaseKind;
  query: Omit<CaseListInput, 'kind'>;
  total: number;
  onClose(): void;
}

/** The ledger's filters without the list's paging: every matching case is a row. */
function ledgerFilters(query: Omit<CaseListInput, 'kind'>): Omit<CaseListInput, 'kind' | 'page' | 'pageSize'> {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as typeof filters;
}

/** Chooses XLSX or CSV, writes the ledger as a job with its progress, and says where it went. */
export function LedgerExportModal({ kind, query, total, onClose }: LedgerExportModalProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('xlsx');
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useJob();
  const busy = starting || job.running;
  const target = useHostPath('save', format, busy);
  const result = job.status?.state === 'done' && job.status.result?.kind === 'ledger' ? job.status.result : null;
  const filters = ledgerFilters(query);
  const filtered = Object.keys(filters).some((k) => k !== 'sort' && k !== 'order');

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const started = await target.run((path) =>
        invoke('ledgers.export', { kind, ...filters, format, locale: currentLocale(), ...(path ? { path } : {}) }),
      );
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
      title={t('filesUi.ledger.title', { kind: t(`files.ledger.kinds.${kind}`) })}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: false }}
      width={560}
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
              <Button key="start" type="primary" onClick={() => void start()} loading={busy} data-testid="ledger-start">
                {t('filesUi.ledger.start')}
              </Button>,
            ]
      }
    >
      {result ? (
        <Result
          status="success"
          className="qz-file-result"
          title={t('filesUi.ledger.done', { rows: result.rows })}
          subTitle={<FilePath path={result.path} testId="ledger-path" />}
        />
      ) : (
        <Form layout="vertical" disabled={busy}>
          <Typography.Paragraph>
            {filtered ? t('filesUi.ledger.scopeFiltered', { count: total }) : t('filesUi.ledger.scopeAll', { count: total })}
          </Typography.Paragraph>
          <Form.Item label={t('filesUi.ledger.format')}>
            <Radio.Group
              value={format}
              onChange={(e) => setFormat(e.target.value as Format)}
              options={LEDGER_FORMATS.map((f) => ({ value: f, label: t(`filesUi.ledger.formats.${f}`) }))}
            />
          </Form.Item>
          {target.field}
          {job.running && <JobProgress status={job.status} onCancel={() => void job.cancel()} cancelling={job.cancelling} />}
          <JobOutcome status={job.status} error={job.error} />
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </Form>
      )}
      {result && (
        <Descriptions
          size="small"
          column={1}
          items={[{ key: 'sha', label: t('filesUi.common.sha256'), children: <span className="qz-mono qz-hash">{result.sha256}</span> }]}
        />
      )}
    </Modal>
  );
}
