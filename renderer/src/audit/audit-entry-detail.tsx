import { Descriptions, Drawer, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/ipc/audit.contract';
import { currentLocale } from '../i18n';
import { actionLabel } from './action-label';
import { ActorName, formatAt } from './audit-table';

/** Everything one entry says, its detail as recorded (never reworded: it is what the hash covers). */
export function AuditEntryDetail({ entry, broken, account, onClose }: { entry: AuditEntry | null; broken: boolean; account?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('auditUi.detail.none')}</Typography.Text>;
  return (
    <Drawer open={entry !== null} onClose={onClose} size={560} title={entry ? t('auditUi.detail.title', { seq: entry.seq }) : ''} destroyOnHidden>
      {entry && (
        <Descriptions
          size="small"
          bordered
          column={1}
          className={broken ? 'qz-nowrap-labels qz-audit-detail-broken' : 'qz-nowrap-labels'}
          items={[
            { key: 'seq', label: t('auditUi.detail.seq'), children: entry.seq },
            { key: 'at', label: t('auditUi.detail.at'), children: formatAt(entry.at) },
            { key: 'actor', label: t('auditUi.detail.actor'), children: <ActorName name={entry.actorName} account={account} /> },
            { key: 'actorId', label: t('auditUi.detail.actorId'), children: entry.actorId ? <span className="qz-mono">{entry.actorId}</span> : none },
            { key: 'action', label: t('auditUi.detail.action'), children: actionLabel(currentLocale(), entry.action) },
            { key: 'code', label: t('auditUi.detail.actionCode'), children: <span className="qz-mono">{entry.action}</span> },
            { key: 'recordType', label: t('auditUi.detail.recordType'), children: entry.recordType ?? none },
            { key: 'recordId', label: t('auditUi.detail.recordId'), children: entry.recordId ? <span className="qz-mono">{entry.recordId}</span> : none },
            {
              key: 'result',
              label: t('auditUi.detail.result'),
              children: <Tag color={entry.result === 'refused' ? 'error' : 'success'}>{t(`auditUi.results.${entry.result}`)}</Tag>,
            },
            {
              key: 'detail',
              label: t('auditUi.detail.detail'),
              children: entry.detail ? <pre className="qz-mono qz-audit-json">{JSON.stringify(entry.detail, null, 2)}</pre> : none,
            },
          ]}
        />
      )}
    </Drawer>
  );
}
