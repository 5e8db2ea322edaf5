import { useState } from 'react';
import { Button, Card, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, EyeOutlined, FileTextOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DocumentKindKey } from '../../../shared/documents';
import type { DocumentInfo } from '../../../shared/ipc/documents.contract';
import { invoke } from '../api';
import { ErrorAlert } from '../components/error-alert';
import { ShortHash } from '../attachments';
import { CaseFileExportButton, useSaveCopy } from '../exports';
import { DocumentTextModal } from './document-text-modal';
import { GenerateDocumentModal } from './generate-document-modal';
import { useCaseDocuments } from './use-case-documents';

interface Generating {
  kind: DocumentKindKey;
  missing: readonly string[];
  replaces?: DocumentInfo;
}

export interface DocumentsPanelProps {
  caseId: number;
  number: string;
  /** Changes whenever the case does (its updatedAt): documents become available as it moves. */
  revision: string;
  /** A document issued: the case's history has a new line. */
  onChange?: () => void;
}

/**
 * The case's formal documents: those it can issue now (and what each still lacks), issuing one with
 * its number, the documents issued with number, template version, hash and date — corrections keep
 * the number and the corrected one stays listed — a copy of the DOCX on request, and the case file.
 */
export function DocumentsPanel({ caseId, number, revision, onChange }: DocumentsPanelProps) {
  const { t } = useTranslation();
  const { kinds, issued, loading, error, setError, reload } = useCaseDocuments(caseId, revision);
  const [generating, setGenerating] = useState<Generating | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const copy = useSaveCopy();
  const offered = (kinds?.kinds ?? []).filter((k) => k.step !== 'filing');

  const save = (doc: DocumentInfo) =>
    copy.save({
      name: doc.title,
      extension: 'docx',
      write: (path) => invoke('documents.save', { id: doc.id, ...(path ? { path } : {}) }),
    });

  return (
    <Card
      size="small"
      className="qz-case-card qz-documents"
      data-testid="documents-panel"
      title={
        <Space>
          <FileTextOutlined />
          <span>{t('filesUi.documents.title')}</span>
        </Space>
      }
      extra={<CaseFileExportButton caseId={caseId} number={number} onExported={onChange} />}
    >
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Typography.Title level={5} className="qz-documents-heading">
        {t('filesUi.documents.available')}
      </Typography.Title>
      {loading && !kinds ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : offered.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('filesUi.documents.noneAvailable')}</Typography.Paragraph>
      ) : (
        <ul className="qz-document-kinds">
          {offered.map((k) => (
            <li key={k.kind} data-kind={k.kind} className={k.available ? 'qz-document-kind' : 'qz-document-kind qz-document-kind--unavailable'}>
              <Space wrap size={4} className="qz-document-kind-name">
                <Typography.Text strong={k.available} type={k.available ? undefined : 'secondary'}>
                  {t(`documents.kinds.${k.kind}`)}
                </Typography.Text>
                <Tag>{t(`documents.steps.${k.step}` as 'documents.steps.ruling', { defaultValue: k.step })}</Tag>
                {k.numbered && <Tag color="geekblue">{t('filesUi.documents.numbered')}</Tag>}
                {k.issued > 0 && <Tag color="green">{t('filesUi.documents.issuedCount', { count: k.issued })}</Tag>}
                {k.available && k.missing.length > 0 && (
                  <Tooltip title={k.missing.map((p) => t(`documents.placeholders.${p}` as 'documents.placeholders.case.number', { defaultValue: p })).join('、')}>
                    <Tag color="gold">{t('filesUi.documents.missing', { count: k.missing.length })}</Tag>
                  </Tooltip>
                )}
              </Space>
              {k.available ? (
                <Button
                  size="small"
                  type={k.issued === 0 ? 'primary' : 'default'}
                  icon={<PlusOutlined />}
                  onClick={() => setGenerating({ kind: k.kind, missing: k.missing })}
                  data-testid={`generate-${k.kind}`}
                >
                  {t('filesUi.documents.generate')}
                </Button>
              ) : (
                <Tooltip title={t('filesUi.documents.notYet')}>
                  <Button size="small" disabled icon={<PlusOutlined />}>
                    {t('filesUi.documents.generate')}
                  </Button>
                </Tooltip>
              )}
            </li>
          ))}
        </ul>
      )}
      <Typography.Title level={5} className="qz-documents-heading">
        {t('filesUi.documents.issuedTitle')}
      </Typography.Title>
      <Table<DocumentInfo>
        size="small"
        rowKey="id"
        className="qz-document-table-list"
        loading={loading}
        dataSource={issued}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('filesUi.documents.noneIssued') }}
        rowClassName={(row) => (row.supersededBy ? 'qz-document-superseded' : '')}
        columns={[
          {
            key: 'number',
            title: t('filesUi.documents.number'),
            width: 170,
            render: (_: unknown, row) => <span className="qz-document-number-cell">{row.number ?? '—'}</span>,
          },
          {
            key: 'title',
            title: t('filesUi.documents.docTitle'),
            render: (_: unknown, row) => (
              <Space orientation="vertical" size={0}>
                <span className="qz-document-title-cell">{row.title}</span>
                <Space size={4} wrap>
                  {row.supersededBy && <Tag>{t('filesUi.documents.superseded')}</Tag>}
                  {row.replacesId && <Tag color="blue">{t('filesUi.documents.correction')}</Tag>}
                  {row.originOffice && <Tag color="purple">{t('filesUi.packages.origin', { office: row.originOffice })}</Tag>}
                </Space>
              </Space>
            ),
          },
          { key: 'date', title: t('filesUi.documents.issuedOn'), dataIndex: 'issuedOn', width: 100 },
          {
            key: 'version',
            title: t('filesUi.documents.templateVersion'),
            width: 80,
            render: (_: unknown, row) => t('filesUi.documents.version', { version: row.templateVersion }),
          },
          { key: 'sha', title: t('filesUi.common.sha256'), width: 150, render: (_: unknown, row) => <ShortHash sha256={row.sha256} /> },
          {
            key: 'by',
            title: t('filesUi.documents.generatedBy'),
            width: 150,
            render: (_: unknown, row) => (
              <Tooltip title={dayjs(row.generatedAt).format('YYYY-MM-DD HH:mm:ss')}>
                <span>
                  {row.generatedByName} {dayjs(row.generatedAt).format('MM-DD HH:mm')}
                </span>
              </Tooltip>
            ),
          },
          {
            key: 'actions',
            title: t('filesUi.common.actions'),
            width: 190,
            render: (_: unknown, row) => (
              <Space size={0} wrap>
                <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setReading(row.id)}>
                  {t('filesUi.documents.read')}
                </Button>
                <Button size="small" type="link" icon={<SaveOutlined />} onClick={() => void save(row)}>
                  {t('filesUi.save.button')}
                </Button>
                {!row.supersededBy && (
                  <Button
                    size="small"
                    type="link"
                    icon={<EditOutlined />}
                    onClick={() => setGenerating({ kind: row.kind, missing: offered.find((k) => k.kind === row.kind)?.missing ?? [], replaces: row })}
                  >
                    {t('filesUi.documents.correct')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {generating && (
        <GenerateDocumentModal
          caseId={caseId}
          kind={generating.kind}
          missing={generating.missing}
          replaces={generating.replaces}
          onClose={() => setGenerating(null)}
          onIssued={() => {
            void reload();
            onChange?.();
          }}
          onSave={(doc) => void save(doc)}
        />
      )}
      {reading !== null && <DocumentTextModal id={reading} onClose={() => setReading(null)} />}
      {copy.element}
    </Card>
  );
}
