import { useState } from 'react';
import { Button } from 'antd';
import { TableOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseListInput } from '../../../shared/ipc/cases.contract';
import { LedgerExportModal } from './ledger-export-modal';

export interface LedgerExportButtonProps {
  kind: CaseKind;
  /** The list's filters and order as they are on screen; its page is not part of the ledger. */
  query: Omit<CaseListInput, 'kind'>;
  /** How many cases the list shows with these filters. */
  total: number;
}

/** 导出台账 from a case list: one row per case matching the filters the officer set. */
export function LedgerExportButton({ kind, query, total }: LedgerExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<TableOutlined />} onClick={() => setOpen(true)} data-testid="ledger-export">
        {t('filesUi.ledger.button')}
      </Button>
      {open && <LedgerExportModal kind={kind} query={query} total={total} onClose={() => setOpen(false)} />}
    </>
  );
}
