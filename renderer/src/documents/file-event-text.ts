import type { TFunction } from 'i18next';
import type { CaseEvent } from '../../../shared/ipc/cases.contract';

export interface FileEventText {
  what: string;
  /** The line under it: the file's name, the removal's reason, the document's title and number, the package's origin. */
  detail: string | null;
}

/**
 * How the case history reads the lines main writes for files: evidence added or removed, a
 * document issued or corrected (with its number), the case file exported, a case imported from a
 * package. Null for any
 * other line, which the history words itself.
 */
export function fileEventText(event: Pick<CaseEvent, 'action' | 'reason'>, t: TFunction): FileEventText | null {
  const reason = event.reason ?? '';
  switch (event.action) {
    case 'attachment.add':
      return { what: t('filesUi.events.attachmentAdd'), detail: reason ? t('filesUi.events.file', { name: reason }) : null };
    case 'attachment.remove':
      return { what: t('filesUi.events.attachmentRemove'), detail: reason ? t('filesUi.events.reason', { reason }) : null };
    case 'attachment.purge':
      return { what: t('filesUi.events.attachmentPurge'), detail: reason ? t('filesUi.events.reason', { reason }) : null };
    case 'document.generate':
      return { what: t('filesUi.events.documentGenerate'), detail: reason || null };
    case 'document.correct':
      return { what: t('filesUi.events.documentCorrect'), detail: reason || null };
    case 'caseFile.export':
      return { what: t('filesUi.events.caseFileExport'), detail: reason || null };
    case 'case.import':
      return { what: t('filesUi.events.caseImport'), detail: reason || null };
    default:
      return null;
  }
}
