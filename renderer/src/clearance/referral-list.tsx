import { Button, DatePicker, Select, Table, Typography } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES, type ReferralSummary } from '../../../shared/ipc/clearance.contract';
import { ACCUSER_CATEGORIES, REFERRAL_ROUTES } from '../../../shared/workflow/clearance.fields';
import { invoke } from '../api';
import { ErrorAlert } from '../components/error-alert';
import { ListToolbar } from '../lists/list-toolbar';
import { usePagedList } from '../lists/use-paged-list';
import { useRoute } from '../route.store';
import { useText } from '../cases/use-text';
import { DEFAULT_REFERRAL_QUERY, useClearanceArea, type ReferralQuery } from './clearance-area.store';
import { ReferralStatusTag } from './referral-status-tag';
import '../cases/cases.css';
import './clearance.css';

const TABLE_HEIGHT = 520;

/** The 诬告陷害 referrals the user may see, a page at a time (referrals.list), newest first unless asked otherwise. */
export function ReferralList() {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const query = useClearanceArea((s) => s.referrals);
  const setQuery = useClearanceArea((s) => s.setReferrals);
  const { rows, total, loading, error, clearError, filter, filtered, reset, sortOrder, toolbar: toolbarProps } = usePagedList({
    query,
    setQuery,
    defaults: DEFAULT_REFERRAL_QUERY,
    fetchPage: (q: ReferralQuery) => invoke('referrals.list', q),
  });

  return (
    <div className="qz-case-list">
      <ListToolbar
        {...toolbarProps}
        searchLabel={t('clearanceUi.referrals.search')}
        searchWidth={340}
      />
      <div className="qz-case-filters" role="group" aria-label={t('cases.list.filters.title')}>
        <Select
          aria-label={t('clearanceUi.referrals.filters.status')}
          placeholder={t('clearanceUi.referrals.filters.status')}
          allowClear
          value={query.status}
          onChange={(status) => filter({ status })}
          options={REFERRAL_STATUSES.map((s) => ({ value: s, label: text(`workflow.clearance.referralStatuses.${s}`) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('clearanceUi.referrals.filters.category')}
          placeholder={t('clearanceUi.referrals.filters.category')}
          allowClear
          value={query.category}
          onChange={(category) => filter({ category })}
          options={ACCUSER_CATEGORIES.map((c) => ({ value: c, label: text(`workflow.clearance.accusers.${c}`) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('clearanceUi.referrals.filters.route')}
          placeholder={t('clearanceUi.referrals.filters.route')}
          allowClear
          value={query.route}
          onChange={(route) => filter({ route })}
          options={REFERRAL_ROUTES.map((r) => ({ value: r, label: text(`workflow.clearance.routes.${r}`) }))}
          style={{ width: 160 }}
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
      <Table<ReferralSummary>
        virtual
        rowKey="id"
        size="middle"
        className="qz-case-table"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 1240, y: TABLE_HEIGHT }}
        locale={{ emptyText: t('clearanceUi.referrals.empty') }}
        onRow={(row) => ({ onClick: () => navigate('referral', { id: String(row.id) }), className: 'qz-clickable' })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (count) => t('clearanceUi.referrals.total', { count }),
        }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const order = s?.columnKey === 'createdAt' && s.order === 'ascend' ? 'asc' : 'desc';
          const pageSize = pagination.pageSize ?? query.pageSize;
          const restart = order !== query.order || pageSize !== query.pageSize;
          setQuery({ ...query, order, pageSize, page: restart ? 1 : (pagination.current ?? 1) });
        }}
        columns={[
          {
            title: t('clearanceUi.referrals.columns.number'),
            key: 'number',
            dataIndex: 'number',
            width: 180,
            render: (number: string) => <Typography.Link>{number}</Typography.Link>,
          },
          { title: t('clearanceUi.referrals.columns.case'), key: 'case', dataIndex: 'caseNumber', width: 180 },
          { title: t('clearanceUi.referrals.columns.cadre'), key: 'cadre', dataIndex: 'cadreName', width: 100 },
          { title: t('clearanceUi.referrals.columns.unit'), key: 'unit', dataIndex: 'unitName', width: 160, ellipsis: true },
          {
            title: t('clearanceUi.referrals.columns.category'),
            key: 'category',
            dataIndex: 'category',
            width: 100,
            render: (c: ReferralSummary['category']) => text(`workflow.clearance.accusers.${c}`),
          },
          {
            title: t('clearanceUi.referrals.columns.route'),
            key: 'route',
            dataIndex: 'route',
            width: 130,
            render: (r: ReferralSummary['route']) => text(`workflow.clearance.routes.${r}`),
          },
          { title: t('clearanceUi.referrals.columns.status'), key: 'status', dataIndex: 'status', width: 110, render: (s: ReferralSummary['status']) => <ReferralStatusTag status={s} /> },
          { title: t('clearanceUi.referrals.columns.approvedOn'), key: 'approvedOn', dataIndex: 'approvedOn', width: 110 },
          { title: t('clearanceUi.referrals.columns.sentOn'), key: 'sentOn', dataIndex: 'sentOn', width: 110 },
          { title: t('clearanceUi.referrals.columns.receivingBody'), key: 'receivingBody', dataIndex: 'receivingBody', width: 160, ellipsis: true },
          {
            title: t('clearanceUi.referrals.columns.createdAt'),
            key: 'createdAt',
            dataIndex: 'createdAt',
            width: 150,
            sorter: true,
            sortOrder: sortOrder(),
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
          },
        ]}
      />
    </div>
  );
}
