import type { ReactNode } from 'react';
import { Alert, Button, Descriptions, Space, Table } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../shared/ipc/jobs.contract';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { formatBytes } from '../backup';
import { PreviewStatusTag } from './preview-status-tag';

type Preview = Extract<NonNullable<JobStatus['result']>, { kind: 'packageInspect' }>;

export interface PackagePreviewProps {
  preview: Preview;
  /** Cases the package would add: only new ones are imported. */
  fresh: number;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
  progress: ReactNode;
  outcome: ReactNode;
  error: ApiError | null;
  onCloseError(): void;
}

/** What a verified package holds: where it came from, and each case against this installation. */
export function PackagePreview({ preview, fresh, busy, onConfirm, onCancel, progress, outcome, error, onCloseError }: PackagePreviewProps) {
  const { t } = useTranslation();
  return (
    <div className="qz-package-preview" data-testid="package-preview">
      <Alert type="success" showIcon className="qz-form-alert" title={t('filesUi.packages.verified')} />
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'office', label: t('filesUi.packages.fromOffice'), children: <span data-testid="package-office">{preview.office}</span> },
          { key: 'at', label: t('filesUi.packages.exportedAt'), children: dayjs(preview.exportedAt).format('YYYY-MM-DD HH:mm') },
          { key: 'by', label: t('filesUi.packages.exportedBy'), children: preview.exportedBy },
          { key: 'size', label: t('filesUi.packages.size'), children: formatBytes(preview.bytes) },
        ]}
      />
      {preview.newUnits.length > 0 && (
        <Alert type="info" showIcon className="qz-form-alert" title={t('filesUi.packages.newUnits', { units: preview.newUnits.join('、') })} />
      )}
      <Table
        size="small"
        rowKey={(c) => `${c.originOffice}/${c.number}`}
        dataSource={preview.cases}
        pagination={false}
        scroll={{ x: 900, y: 320 }}
        className="qz-package-cases"
        columns={[
          { key: 'number', title: t('filesUi.packages.number'), dataIndex: 'number', width: 170 },
          { key: 'kind', title: t('filesUi.packages.kind'), width: 90, render: (_: unknown, c) => t(`files.ledger.kinds.${c.caseKind}`) },
          { key: 'cadre', title: t('filesUi.packages.cadre'), dataIndex: 'cadreName', width: 90 },
          { key: 'unit', title: t('filesUi.packages.unit'), dataIndex: 'unitName', ellipsis: true },
          { key: 'origin', title: t('filesUi.packages.originOffice'), dataIndex: 'originOffice', width: 150 },
          { key: 'status', title: t('filesUi.packages.status'), width: 190, render: (_: unknown, c) => <PreviewStatusTag status={c.status} /> },
          {
            key: 'contents',
            title: t('filesUi.packages.contents'),
            width: 170,
            render: (_: unknown, c) => t('filesUi.packages.contentsValue', { events: c.events, documents: c.documents, attachments: c.attachments }),
          },
        ]}
      />
      {progress}
      {outcome}
      <ErrorAlert error={error} onClose={onCloseError} />
      <Space className="qz-package-actions">
        <Button type="primary" icon={<ImportOutlined />} disabled={fresh === 0} loading={busy} onClick={onConfirm} data-testid="package-import-confirm">
          {fresh === 0 ? t('filesUi.packages.nothingNew') : t('filesUi.packages.confirm', { count: fresh })}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('filesUi.packages.discard')}
        </Button>
      </Space>
    </div>
  );
}
