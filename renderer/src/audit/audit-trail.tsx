import { useMemo, useState } from 'react';
import { Button, Space, Tabs, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/ipc/audit.contract';
import { ErrorAlert } from '../components/error-alert';
import { useAuditTrail } from './use-audit-trail';
import { useAccounts } from './use-accounts';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { AuditEntryDetail } from './audit-entry-detail';
import { ChainVerification, type Verification } from './chain-verification';
import { AuditExportModal } from './audit-export-modal';
import { AuditRetention } from './audit-retention';
import { AuditFileCheck } from './audit-file-check';

/** The security auditor's screen: the trail itself, its retention and archive, and checking exported files. */
export function AuditTrail() {
  const { t } = useTranslation();
  const trail = useAuditTrail();
  const [selected, setSelected] = useState<number[]>([]);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [exporting, setExporting] = useState(false);
  const brokenAt = verification?.brokenAt ?? null;
  const accounts = useAccounts();
  const names = useMemo(() => new Map(accounts.map((a) => [a.id, a.displayName])), [accounts]);

  const records = (
    <div className="qz-audit">
      <div className="qz-audit-toolbar">
        <ChainVerification onVerified={setVerification} onShow={(seq) => void trail.locate(seq)} />
        <Space>
          {selected.length > 0 && (
            <>
              <Typography.Text type="secondary">{t('auditUi.selected', { count: selected.length })}</Typography.Text>
              <Button type="link" onClick={() => setSelected([])}>
                {t('auditUi.clearSelection')}
              </Button>
            </>
          )}
          <Button type="primary" icon={<ExportOutlined />} onClick={() => setExporting(true)} disabled={trail.total === 0 && selected.length === 0}>
            {selected.length ? t('auditUi.export.selected', { count: selected.length }) : t('auditUi.export.filtered')}
          </Button>
        </Space>
      </div>
      <AuditFilters query={trail.query} users={accounts} onSearch={trail.search} />
      <ErrorAlert error={trail.error} />
      <AuditTable
        rows={trail.rows}
        total={trail.total}
        page={trail.page}
        pageSize={trail.pageSize}
        loading={trail.loading}
        selected={selected}
        brokenAt={brokenAt}
        accounts={names}
        onSelect={setSelected}
        onPage={trail.goTo}
        onOpen={setOpen}
      />
      <AuditEntryDetail
        entry={open}
        broken={open !== null && open.seq === brokenAt}
        account={open?.actorId ? names.get(open.actorId) : undefined}
        onClose={() => setOpen(null)}
      />
      <AuditExportModal
        open={exporting}
        query={trail.query}
        seqs={selected}
        total={trail.total}
        onClose={() => {
          setExporting(false);
          // The export itself is an entry on the trail: show it.
          trail.reload();
        }}
      />
    </div>
  );

  return (
    <Tabs
      items={[
        { key: 'records', label: t('auditUi.tabs.records'), children: records },
        { key: 'retention', label: t('auditUi.tabs.retention'), children: <AuditRetention onArchived={trail.reload} /> },
        { key: 'checkFile', label: t('auditUi.tabs.checkFile'), children: <AuditFileCheck /> },
      ]}
    />
  );
}
