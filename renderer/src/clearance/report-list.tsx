import { useMemo, type ReactNode } from 'react';
import { Button, DatePicker, Select, Space, Table, Tag, Tooltip, TreeSelect, Typography } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REPORT_STATUSES, type ReportSummary } from '../../../shared/ipc/clearance.contract';
import { POINT_FINDINGS, RECEIVED_VIA } from '../../../shared/workflow/clearance.fields';
import { invoke } from '../api';
import { ErrorAlert } from '../components/error-alert';
import { ListToolbar } from '../lists/list-toolbar';
import { usePagedList } from '../lists/use-paged-list';
import { useRoute } from '../route.store';
import { unitTree } from '../settings/unit-tree';
import { useUnits } from '../settings/use-units';
import { useText } from '../cases/use-text';
import { DEFAULT_REPORT_QUERY, useClearanceArea, type ReportQuery } from './clearance-area.store';
import { ReportStatusTag } from './report-status-tag';
import '../cases/cases.css';
import './clearance.css';

const SORTABLE = ['number', 'receivedOn', 'updatedAt'] as const;

/** Only this many pixels of rows are drawn at a time; the rest of the page is scrolled into view. */
const TABLE_HEIGHT = 520;

/**
 * The reports (检举控告) the user may see, a page at a time from the database (reports.list), with
 * the filters main offers and rows drawn virtually. Each row says how many points were found 失实,
 * the ones a clearance can be opened for.
 */
export function ReportList({ toolbar }: { toolbar?: ReactNode }) {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const query = useClearanceArea((s) => s.reports);
  const setQuery = useClearanceArea((s) => s.setReports);
  const { units } = useUnits();
  const unitOptions = useMemo(() => unitTree(units), [units]);

  const { rows, total, loading, error, clearError, filter, filtered, reset, sortOrder, changeTable, toolbar: toolbarProps } = usePagedList({
    query,
    setQuery,
    defaults: DEFAULT_REPORT_QUERY,
    fetchPage: (q: ReportQuery) => invoke('reports.list', q),
  });

  return (
    <div className="qz-case-list">
      <ListToolbar
        {...toolbarProps}
        leading={toolbar}
        searchLabel={t('clearanceUi.reports.search')}
        searchWidth={280}
      />
      <div className="qz-case-filters" role="group" aria-label={t('cases.list.filters.title')}>
        <Select
          aria-label={t('clearanceUi.reports.filters.status')}
          placeholder={t('clearanceUi.reports.filters.status')}
          allowClear
          value={query.status}
          onChange={(status) => filter({ status })}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: text(`workflow.clearance.reportStatuses.${s}`) }))}
          style={{ width: 130 }}
        />
        <Select
          aria-label={t('clearanceUi.reports.filters.receivedVia')}
          placeholder={t('clearanceUi.reports.filters.receivedVia')}
          allowClear
          value={query.receivedVia}
          onChange={(receivedVia) => filter({ receivedVia })}
          options={RECEIVED_VIA.map((v) => ({ value: v, label: text(`workflow.clearance.receivedVia.${v}`) }))}
          style={{ width: 130 }}
        />
        <Select
          aria-label={t('clearanceUi.reports.filters.finding')}
          placeholder={t('clearanceUi.reports.filters.finding')}
          allowClear
          value={query.finding}
          onChange={(finding) => filter({ finding })}
          options={POINT_FINDINGS.map((f) => ({ value: f, label: t('clearanceUi.reports.filters.withFinding', { finding: text(`workflow.clearance.findings.${f}`) }) }))}
          popupMatchSelectWidth={260}
          style={{ width: 170 }}
        />
        <TreeSelect
          aria-label={t('clearanceUi.reports.filters.unit')}
          placeholder={t('clearanceUi.reports.filters.unit')}
          allowClear
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          value={query.unitId}
          onChange={(unitId?: number) => filter({ unitId })}
          treeData={unitOptions}
          style={{ width: 200 }}
        />
        <DatePicker
          picker="year"
          aria-label={t('cases.list.filters.year')}
          placeholder={t('cases.list.filters.year')}
          value={query.year ? dayjs(`${query.year}-01-01`) : null}
          onChange={(d) => filter({ year: d ? d.year() : undefined })}
          style={{ width: 110 }}
        />
        {filtered && (
          <Button
            icon={<ClearOutlined />}
            onClick={reset}
          >
            {t('cases.list.filters.reset')}
          </Button>
        )}
      </div>
      <ErrorAlert error={error} onClose={clearError} />
      <Table<ReportSummary>
        virtual
        rowKey="id"
        size="middle"
        className="qz-case-table qz-report-table"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 1260, y: TABLE_HEIGHT }}
        locale={{ emptyText: t('clearanceUi.reports.empty') }}
        onRow={(row) => ({ onClick: () => navigate('report', { id: String(row.id) }), className: 'qz-clickable' })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (count) => t('clearanceUi.reports.total', { count }),
        }}
        onChange={(pagination, _filters, sorter) => changeTable(pagination, sorter, SORTABLE, 'receivedOn')}
        columns={[
          {
            title: t('clearanceUi.reports.columns.number'),
            key: 'number',
            dataIndex: 'number',
            width: 175,
            sorter: true,
            sortOrder: sortOrder('number'),
            render: (number: string) => <Typography.Link>{number}</Typography.Link>,
          },
          {
            title: t('clearanceUi.reports.columns.receivedOn'),
            key: 'receivedOn',
            dataIndex: 'receivedOn',
            width: 120,
            sorter: true,
            sortOrder: sortOrder('receivedOn'),
          },
          {
            title: t('clearanceUi.reports.columns.receivedVia'),
            key: 'receivedVia',
            dataIndex: 'receivedVia',
            width: 150,
            render: (via: ReportSummary['receivedVia'], row) => (
              <Space size={4}>
                <span>{text(`workflow.clearance.receivedVia.${via}`)}</span>
                {row.anonymous && <Tag>{t('clearanceUi.reporter.anonymousShort')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('clearanceUi.reports.columns.cadres'),
            key: 'cadres',
            width: 170,
            ellipsis: true,
            render: (_: unknown, row) => row.cadres.map((c) => c.name).join(t('cases.listSeparator')),
          },
          {
            title: t('clearanceUi.reports.columns.points'),
            key: 'points',
            width: 150,
            render: (_: unknown, row) => (
              <Space size={4}>
                <span>{t('clearanceUi.reports.pointCount', { count: row.pointCount })}</span>
                {row.untrueCount > 0 && <Tag color="green">{t('clearanceUi.reports.untrueCount', { count: row.untrueCount })}</Tag>}
              </Space>
            ),
          },
          { title: t('clearanceUi.reports.columns.status'), key: 'status', dataIndex: 'status', width: 100, render: (s: ReportSummary['status']) => <ReportStatusTag status={s} /> },
          { title: t('clearanceUi.reports.columns.verifyingUnit'), key: 'verifyingUnit', dataIndex: 'verifyingUnitName', width: 170, ellipsis: true },
          { title: t('clearanceUi.reports.columns.concludedOn'), key: 'concludedOn', dataIndex: 'concludedOn', width: 120 },
          {
            title: t('clearanceUi.reports.columns.clearances'),
            key: 'clearances',
            dataIndex: 'clearanceCount',
            width: 100,
            render: (count: number) => (count ? t('clearanceUi.reports.clearanceCount', { count }) : ''),
          },
          {
            title: t('cases.list.columns.updatedAt'),
            key: 'updatedAt',
            dataIndex: 'updatedAt',
            width: 150,
            sorter: true,
            sortOrder: sortOrder('updatedAt'),
            render: (at: string) => (
              <Tooltip title={dayjs(at).format('YYYY-MM-DD HH:mm:ss')}>
                <span>{dayjs(at).format('YYYY-MM-DD HH:mm')}</span>
              </Tooltip>
            ),
          },
        ]}
      />
    </div>
  );
}
