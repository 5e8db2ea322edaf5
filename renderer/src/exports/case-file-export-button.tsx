import { useState } from 'react';
import { Button } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CaseFileExportModal } from './case-file-export-modal';

/** 导出案卷 on the case page: the whole case as one PDF for archiving or hand-over. */
export function CaseFileExportButton({ caseId, number, onExported }: { caseId: number; number: string; onExported?: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FilePdfOutlined />} onClick={() => setOpen(true)} data-testid="case-file-export">
        {t('filesUi.caseFile.button')}
      </Button>
      {open && <CaseFileExportModal caseId={caseId} number={number} onClose={() => setOpen(false)} onExported={onExported} />}
    </>
  );
}
