import type { Db } from '../db/database';
import { getOffice, getSetting, setSetting } from '../repos/settings.repo';
import { DOCUMENT_KINDS, type DocumentKindKey } from '../../shared/documents';
import { DEFAULT_RETENTION, type DocumentSettings } from '../../shared/ipc/documents.contract';

const KEY = 'documents.settings';

/**
 * The second part of each numbered kind's 机关代字, after the office code: 绵纪 + 容认 → 绵纪容认〔2026〕3号.
 * Each kind gets its own so that two registers never print the same number string.
 */
const KIND_MARKS: Partial<Record<DocumentKindKey, string>> = {
  ftAcceptanceNotice: '容受',
  ftRefusalNotice: '容不受',
  ftRulingOpinion: '容认',
  ftResultNotice: '容告',
  ftFilingLetter: '容备',
  ftCorrectionNotice: '容改',
  cqIntentNotice: '澄告',
  cqClearanceLetter: '澄函',
  cqClearanceNotice: '澄通',
  cqFalseAccusationReferral: '澄移',
};

const EMPTY: DocumentSettings = {
  officeMark: '',
  officeShortName: '',
  contactPhone: '',
  appealOrgan: '',
  filingOrgan: '',
  orgDeptName: '',
  numberMarks: {},
  retention: DEFAULT_RETENTION,
};

/** What an administrator set, with every numbered kind's 代字 filled in from the office code where none was set. */
export function documentSettings(db: Db): DocumentSettings {
  const stored = getSetting<Partial<DocumentSettings>>(db, KEY, {});
  const code = getOffice(db).code;
  const marks: DocumentSettings['numberMarks'] = {};
  for (const k of DOCUMENT_KINDS) if (k.numbered) marks[k.key] = stored.numberMarks?.[k.key] ?? `${code}${KIND_MARKS[k.key] ?? ''}`;
  return { ...EMPTY, ...stored, numberMarks: marks };
}

export function updateDocumentSettings(db: Db, change: Partial<DocumentSettings>): DocumentSettings {
  const stored = getSetting<Partial<DocumentSettings>>(db, KEY, {});
  const next = { ...stored, ...change, numberMarks: { ...stored.numberMarks, ...change.numberMarks } };
  setSetting(db, KEY, next);
  return documentSettings(db);
}
