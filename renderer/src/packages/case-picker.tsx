import { useCallback, useEffect, useState } from 'react';
import { Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseSummary } from '../../../shared/ipc/cases.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';

export interface CasePickerProps {
  kind: CaseKind;
  /** Chosen cases of every kind, by id: a choice survives paging, searching and switching the kind. */
  selected: ReadonlyMap<number, CaseSummary>;
  onChange(selected: Map<number, CaseSummary>): void;
  disabled?: boolean;
}

const PAGE_SIZE = 20;

/** The cases of one type in the officer's scope, a page at a time from the database, with a box to tick each. */
export function CasePicker({ kind, selected, onChange, disabled }: CasePickerProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState<string | undefined>(undefined);
  const [rows, setRows] = useState<CaseSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const found = await invoke('cases.list', { kind, page, pageSize: PAGE_SIZE, sort: 'updatedAt', order: 'desc', ...(q ? { q } : {}) });
      setRows(found.rows);
      setTotal(found.total);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, [kind, page, q]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => setPage(1), [kind, q]);

  const toggle = (row: CaseSummary, on: boolean, next: Map<number, CaseSummary>) => {
    if (on) next.set(row.id, row);
    else next.delete(row.id);
  };

  return (
    <div className="qz-case-picker">
      <Input.Search
        allowClear
        placeholder={t('filesUi.packages.search')}
        aria-label={t('filesUi.packages.search')}
        onSearch={(v) => setQ(v.trim() || undefined)}
        maxLength={50}
        style={{ width: 280, marginBottom: 8 }}
        disabled={disabled}
      />
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table<CaseSummary>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        scroll={{ y: 320 }}
        locale={{ emptyText: t('filesUi.packages.noCases') }}
        rowSelection={{
          selectedRowKeys: [...selected.keys()],
          preserveSelectedRowKeys: true,
          getCheckboxProps: () => ({ disabled }),
          onSelect: (row, on) => {
            const next = new Map(selected);
            toggle(row, on, next);
            onChange(next);
          },
          onSelectAll: (on, _all, changed) => {
            const next = new Map(selected);
            changed.forEach((row) => toggle(row, on, next));
            onChange(next);
          },
        }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, onChange: setPage, showTotal: (count) => t('filesUi.packages.total', { count }) }}
        columns={[
          { key: 'number', title: t('filesUi.packages.number'), dataIndex: 'number', width: 170 },
          { key: 'cadre', title: t('filesUi.packages.cadre'), dataIndex: 'cadreName', width: 90 },
          { key: 'unit', title: t('filesUi.packages.unit'), dataIndex: 'unitName', ellipsis: true },
          { key: 'opened', title: t('filesUi.packages.openedOn'), dataIndex: 'openedOn', width: 110 },
          {
            key: 'origin',
            title: t('filesUi.packages.originOffice'),
            width: 150,
            render: (_: unknown, row) => (row.originOffice ? <Typography.Text type="secondary">{row.originOffice}</Typography.Text> : null),
          },
        ]}
      />
    </div>
  );
}
