import { useMemo, type ReactNode } from 'react';
import { Button, DatePicker, Select, Table, Tooltip, TreeSelect, Typography } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseSummary } from '../../../shared/ipc/cases.contract';
import { findStep } from '../../../shared/workflow';
import { invoke } from '../api';
import { ErrorAlert } from '../components/error-alert';
import { LedgerExportButton } from '../exports';
import { ListToolbar } from '../lists/list-toolbar';
import { usePagedList } from '../lists/use-paged-list';
import { useRoute } from '../route.store';
import { unitTree } from '../settings/unit-tree';
import { useUnits } from '../settings/use-units';
import { CASE_KIND_VIEWS } from './case-kinds';
import { DEFAULT_CASE_QUERY, useCaseLists, type CaseQuery } from './case-list.store';
import { DeadlineTag } from './deadline-tag';
import { StatusTag } from './status-tag';
import { useText } from './use-text';
import './cases.css';

export interface Choice {
  value: string;
  label: string;
}

export interface CaseListProps {
  kind: CaseKind;
  /** The case type's situations (or tags) to filter by, labelled. */
  situationOptions?: Choice[];
  situationLabel?: string;
  /** The case type's outcomes, labelled: the filter and the column. */
  outcomeOptions?: Choice[];
  /** Buttons at the start of the toolbar, e.g. "new case". */
  toolbar?: ReactNode;
}

const STATUSES = ['open', 'active', 'pending', 'closed', 'refused', 'withdrawn'] as const;
const SORTABLE = ['number', 'openedOn', 'dueOn', 'updatedAt'] as const;

/** Only this many rows are drawn at a time; the rest of the page is scrolled into view. */
const TABLE_HEIGHT = 520;

function rowClass(row: CaseSummary): string {
  if (row.deadline === 'overdue') return 'qz-row-overdue';
  if (row.deadline === 'due-soon') return 'qz-row-due-soon';
  return '';
}

/**
 * A case list for either case type: one page at a time from the database (cases.list), with the
 * filters, sort and quick search main offers, and rows drawn virtually. Overdue and soon-due cases
 * are coloured and tagged.
 */
export function CaseList({ kind, situationOptions, situationLabel, outcomeOptions, toolbar }: CaseListProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  // Each visit from the menu is a new params object: choosing the list again shows it afresh.
  const visit = useRoute((s) => s.params);
  const table = CASE_KIND_VIEWS[kind].workflow;
  const query = useCaseLists((s) => s.queries[kind]) ?? DEFAULT_CASE_QUERY;
  const setQuery = useCaseLists((s) => s.setQuery);
  const { units } = useUnits();
  const unitOptions = useMemo(() => unitTree(units), [units]);

  const { rows, total, loading, error, clearError, filter, filtered, reset, sortOrder, changeTable, toolbar: toolbarProps } = usePagedList({
    query,
    setQuery: (next: CaseQuery) => setQuery(kind, next),
    defaults: DEFAULT_CASE_QUERY,
    fetchPage: (q: CaseQuery) => invoke('cases.list', { kind, ...q }),
    // `visit` is read only to load again when the list is chosen again.
    reloadOn: [kind, visit],
  });

  const outcomeLabel = (value: string | null) => (value ? (outcomeOptions?.find((o) => o.value === value)?.label ?? value) : '');

  return (
    <div className="qz-case-list">
      <ListToolbar
        {...toolbarProps}
        leading={toolbar}
        searchLabel={t('cases.list.search')}
        searchWidth={280}
        trailing={<LedgerExportButton kind={kind} query={query} total={total} />}
      />
      <div className="qz-case-filters" role="group" aria-label={t('cases.list.filters.title')}>
        <Select
          id={`${kind}-filter-status`}
          aria-label={t('cases.list.filters.status')}
          placeholder={t('cases.list.filters.status')}
          allowClear
          value={query.status}
          onChange={(status) => filter({ status })}
          options={STATUSES.map((s) => ({ value: s, label: s === 'open' ? t('cases.list.filters.open') : text(`workflow.status.${s}`) }))}
          style={{ width: 120 }}
        />
        <Select
          id={`${kind}-filter-step`}
          aria-label={t('cases.list.filters.step')}
          placeholder={t('cases.list.filters.step')}
          allowClear
          value={query.step}
          onChange={(step) => filter({ step })}
          options={table.steps.map((s) => ({ value: s.key, label: text(s.titleKey) }))}
          style={{ width: 120 }}
        />
        <TreeSelect
          id={`${kind}-filter-unit`}
          aria-label={t('cases.list.filters.unit')}
          placeholder={t('cases.list.filters.unit')}
          allowClear
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          value={query.unitId}
          onChange={(unitId?: number) => filter({ unitId })}
          treeData={unitOptions}
          style={{ width: 180 }}
        />
        <DatePicker
          picker="year"
          id={`${kind}-filter-year`}
          aria-label={t('cases.list.filters.year')}
          placeholder={t('cases.list.filters.year')}
          value={query.year ? dayjs(`${query.year}-01-01`) : null}
          onChange={(d) => filter({ year: d ? d.year() : undefined })}
          style={{ width: 110 }}
        />
        {situationOptions && (
          <Select
            id={`${kind}-filter-situation`}
          aria-label={situationLabel ?? t('cases.list.filters.situation')}
            placeholder={situationLabel ?? t('cases.list.filters.situation')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={query.situation}
            onChange={(situation) => filter({ situation })}
            options={situationOptions}
            popupMatchSelectWidth={420}
            style={{ width: 180 }}
          />
        )}
        {outcomeOptions && (
          <Select
            id={`${kind}-filter-outcome`}
          aria-label={t('cases.list.filters.outcome')}
            placeholder={t('cases.list.filters.outcome')}
            allowClear
            value={query.outcome}
            onChange={(outcome) => filter({ outcome })}
            options={outcomeOptions}
            style={{ width: 120 }}
          />
        )}
        <Select
          id={`${kind}-filter-deadline`}
          aria-label={t('cases.list.filters.deadline')}
          placeholder={t('cases.list.filters.deadline')}
          allowClear
          value={query.deadline}
          onChange={(deadline) => filter({ deadline })}
          options={[
            { value: 'overdue', label: t('cases.list.filters.overdue') },
            { value: 'due-soon', label: t('cases.list.filters.dueSoon') },
          ]}
          style={{ width: 160 }}
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
      <Table<CaseSummary>
        virtual
        rowKey="id"
        size="middle"
        className="qz-case-table"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 1040, y: TABLE_HEIGHT }}
        rowClassName={rowClass}
        locale={{ emptyText: t('cases.list.empty') }}
        onRow={(row) => ({ onClick: () => navigate('case', { id: String(row.id) }), className: 'qz-clickable' })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (count) => t('cases.list.total', { count }),
        }}
        onChange={(pagination, _filters, sorter) => changeTable(pagination, sorter, SORTABLE, 'updatedAt')}
        columns={[
          {
            title: t('cases.list.columns.number'),
            key: 'number',
            dataIndex: 'number',
            width: 160,
            sorter: true,
            sortOrder: sortOrder('number'),
            render: (number: string) => <Typography.Link>{number}</Typography.Link>,
          },
          {
            title: t('cases.list.columns.cadre'),
            key: 'cadre',
            dataIndex: 'cadreName',
            width: 80,
          },
          { title: t('cases.list.columns.unit'), key: 'unit', dataIndex: 'unitName', width: 124, ellipsis: true },
          {
            title: t('cases.list.columns.step'),
            key: 'step',
            dataIndex: 'step',
            width: 88,
            render: (step: string) => {
              const def = findStep(table, step);
              return def ? text(def.titleKey) : step;
            },
          },
          { title: t('cases.list.columns.status'), key: 'status', dataIndex: 'status', width: 80, render: (s: string) => <StatusTag status={s} /> },
          {
            title: t('cases.list.columns.openedOn'),
            key: 'openedOn',
            dataIndex: 'openedOn',
            width: 100,
            sorter: true,
            sortOrder: sortOrder('openedOn'),
          },
          {
            title: t('cases.list.columns.dueOn'),
            key: 'dueOn',
            dataIndex: 'dueOn',
            width: 180,
            sorter: true,
            sortOrder: sortOrder('dueOn'),
            render: (_: unknown, row) => <DeadlineTag summary={row} />,
          },
          ...(outcomeOptions
            ? [
                {
                  title: t('cases.list.columns.outcome'),
                  key: 'outcome',
                  dataIndex: 'outcome',
                  width: 88,
                  render: (o: string | null) => outcomeLabel(o),
                },
              ]
            : []),
          {
            title: t('cases.list.columns.updatedAt'),
            key: 'updatedAt',
            dataIndex: 'updatedAt',
            width: 140,
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
