import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { AuditEntry } from '../../../shared/ipc/audit.contract';
import { currentLocale } from '../i18n';
import { actionLabel } from './action-label';
import { PAGE_SIZES } from './use-audit-trail';

/** Who an entry names: the signed-in person, else the account it concerns (marked as not signed in), else nobody. */
export function ActorName({ name, account }: { name: string | null; account?: string }) {
  const { t } = useTranslation();
  if (name) return <>{name}</>;
  if (account) return <Typography.Text type="secondary">{t('auditUi.notSignedIn', { name: account })}</Typography.Text>;
  return <Typography.Text type="secondary">{t('auditUi.system')}</Typography.Text>;
}

export function formatAt(at: string): string {
  return dayjs(at).format('YYYY-MM-DD HH:mm:ss');
}

/** One page of the trail, newest first; the entry where the chain breaks is marked wherever it shows. */
export function AuditTable({
  rows,
  total,
  page,
  pageSize,
  loading,
  selected,
  brokenAt,
  accounts,
  onSelect,
  onPage,
  onOpen,
}: {
  rows: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  selected: number[];
  brokenAt: number | null;
  /** Account id → display name, for entries that record an account but no signed-in name. */
  accounts: Map<string, string>;
  onSelect: (seqs: number[]) => void;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (entry: AuditEntry) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'seq', title: t('auditUi.columns.seq'), dataIndex: 'seq', width: 90 },
    { key: 'at', title: t('auditUi.columns.at'), dataIndex: 'at', width: 170, render: (at: string) => formatAt(at) },
    {
      key: 'actor',
      title: t('auditUi.columns.actor'),
      dataIndex: 'actorName',
      width: 150,
      render: (name: string | null, entry) => <ActorName name={name} account={entry.actorId ? accounts.get(entry.actorId) : undefined} />,
    },
    {
      key: 'action',
      title: t('auditUi.columns.action'),
      dataIndex: 'action',
      render: (action: string) => (
        <span>
          {actionLabel(locale, action)} <Typography.Text type="secondary" className="qz-mono qz-audit-code">{action}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'record',
      title: t('auditUi.columns.record'),
      width: 220,
      ellipsis: true,
      render: (_: unknown, entry) => {
        if (!entry.recordType) return null;
        const record = [entry.recordType, entry.recordId].filter(Boolean).join(' #');
        return (
          <span className="qz-mono" title={record}>
            {record}
          </span>
        );
      },
    },
    {
      key: 'result',
      title: t('auditUi.columns.result'),
      dataIndex: 'result',
      width: 90,
      render: (result: AuditEntry['result']) => <Tag color={result === 'refused' ? 'error' : 'success'}>{t(`auditUi.results.${result}`)}</Tag>,
    },
  ];

  return (
    <Table<AuditEntry>
      className="qz-audit-table"
      size="small"
      rowKey="seq"
      columns={columns}
      dataSource={rows}
      loading={loading}
      rowClassName={(entry) => (entry.seq === brokenAt ? 'qz-audit-broken' : '')}
      onRow={(entry) => ({ onClick: () => onOpen(entry), 'data-seq': entry.seq }) as React.HTMLAttributes<HTMLElement>}
      rowSelection={{
        selectedRowKeys: selected,
        preserveSelectedRowKeys: true,
        onChange: (keys) => onSelect(keys.map(Number)),
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        pageSizeOptions: PAGE_SIZES,
        showSizeChanger: true,
        showTotal: (n) => t('auditUi.total', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
