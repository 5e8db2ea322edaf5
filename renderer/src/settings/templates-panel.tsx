import { useCallback, useEffect, useState } from 'react';
import { Col, Row, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DocumentKindKey } from '../../../shared/documents';
import type { Output } from '../../../shared/ipc/contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { TemplateEditor } from '../documents';

type TemplateRow = Output<'templates.list'>['rows'][number];

/** 文书模板 for the system administrator: every document kind with its current version; the chosen one in the editor. */
export function TemplatesPanel() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<TemplateRow[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [kind, setKind] = useState<DocumentKindKey | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const list = await invoke('templates.list', {});
      setRows(list.rows);
      setKind((k) => k ?? list.rows[0]?.kind ?? null);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Row gutter={16} className="qz-templates-panel">
      <Col xs={24} xl={6}>
        <ErrorAlert error={error} onClose={() => setError(null)} />
        <Table<TemplateRow>
          size="small"
          rowKey="kind"
          loading={loading}
          dataSource={rows}
          pagination={false}
          scroll={{ y: 640 }}
          rowClassName={(row) => (row.kind === kind ? 'qz-template-row--chosen qz-clickable' : 'qz-clickable')}
          onRow={(row) => ({ onClick: () => setKind(row.kind), 'data-kind': row.kind }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'name',
              title: t('filesUi.templates.kind'),
              render: (_: unknown, row) => (
                <div>
                  <Typography.Text strong={row.kind === kind}>{t(`documents.kinds.${row.kind}`)}</Typography.Text>
                  <div>
                    <Tag>{t(`documents.steps.${row.step}` as 'documents.steps.ruling', { defaultValue: row.step })}</Tag>
                    <Tag>{t(`documents.layouts.${row.layout}`)}</Tag>
                  </div>
                </div>
              ),
            },
            {
              key: 'version',
              title: t('filesUi.templates.versionColumn'),
              width: 110,
              render: (_: unknown, row) => (
                <div>
                  <div>{t('filesUi.documents.version', { version: row.version })}</div>
                  <Typography.Text type="secondary" className="qz-template-updated">
                    {row.updatedAt ? dayjs(row.updatedAt).format('YYYY-MM-DD') : t('filesUi.templates.shipped')}
                  </Typography.Text>
                </div>
              ),
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={18}>{kind && <TemplateEditor key={kind} kind={kind} onSaved={() => void load()} />}</Col>
    </Row>
  );
}
