import { useCallback, useEffect, useState } from 'react';
import { Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../shared/ipc/clearance.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { useRoute } from '../route.store';
import { useText } from '../cases/use-text';
import { ReportStatusTag } from './report-status-tag';

const PAGE_SIZE = 20;

/** The reports naming one cadre (reports.list by cadre), for the cadre's page: one cadre may have several. */
export function CadreReports({ cadreId }: { cadreId: number }) {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<ReportSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const result = await invoke('reports.list', { cadreId, page, pageSize: PAGE_SIZE });
      setRows(result.rows);
      setTotal(result.total);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, [cadreId, page]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card className="qz-case-card" title={t('clearanceUi.cadreReports.title', { count: total })} data-testid="cadre-reports">
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table<ReportSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        locale={{ emptyText: t('clearanceUi.cadreReports.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, hideOnSinglePage: true, onChange: setPage }}
        onRow={(r) => ({ onClick: () => navigate('report', { id: String(r.id) }), className: 'qz-clickable' })}
        columns={[
          { title: t('clearanceUi.reports.columns.number'), dataIndex: 'number', width: 200, render: (n: string) => <Typography.Link>{n}</Typography.Link> },
          { title: t('clearanceUi.reports.columns.receivedOn'), dataIndex: 'receivedOn', width: 120 },
          { title: t('clearanceUi.reports.columns.receivedVia'), dataIndex: 'receivedVia', width: 100, render: (v: ReportSummary['receivedVia']) => text(`workflow.clearance.receivedVia.${v}`) },
          {
            title: t('clearanceUi.reports.columns.points'),
            key: 'points',
            width: 170,
            render: (_: unknown, r) => (
              <Space size={4}>
                <span>{t('clearanceUi.reports.pointCount', { count: r.pointCount })}</span>
                {r.untrueCount > 0 && <Tag color="green">{t('clearanceUi.reports.untrueCount', { count: r.untrueCount })}</Tag>}
              </Space>
            ),
          },
          { title: t('clearanceUi.reports.columns.status'), dataIndex: 'status', width: 100, render: (s: ReportSummary['status']) => <ReportStatusTag status={s} /> },
          { title: t('clearanceUi.reports.columns.clearances'), dataIndex: 'clearanceCount', render: (c: number) => (c ? t('clearanceUi.reports.clearanceCount', { count: c }) : '') },
        ]}
      />
    </Card>
  );
}
