import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import { hashSigned, type Head } from './audit-log';
import { AUDIT_COLUMNS } from './audit-export';

export interface AuditFileCheck {
  ok: boolean;
  rows: number;
  /** The first row (by its seq) whose hash does not match its content, or whose link is broken. */
  brokenAt: number | null;
  firstSeq: number | null;
  last: Head | null;
  /** Every row follows the one before it (seq + 1, naming its hash): a whole stretch, as an archive is. */
  consecutive: boolean;
  /** The title line, which names the chain head the file was written against. */
  title: string;
}

/** Far above any export the app writes; a larger file is not one of ours and is not parsed. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
const DATA_FROM_ROW = 3;

/**
 * Reads an audit export back and recomputes every row's hash from the exact text it covers. With
 * `linkedFrom` (an archive and the entry before it, or the genesis) the rows must also follow one
 * another without a gap, each naming the previous row's hash: nothing left out, nothing reordered.
 */
export async function checkAuditXlsx(file: string, linkedFrom?: Head): Promise<AuditFileCheck> {
  const unreadable = () => new AppError('AUDIT_FILE_UNREADABLE', {}, ['path']);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw unreadable();
    size = st.size;
  } catch {
    throw unreadable();
  }
  if (size > MAX_FILE_BYTES) throw unreadable();

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  const header = sheet?.getRow(DATA_FROM_ROW - 1);
  const col = (key: string) => AUDIT_COLUMNS.findIndex((c) => c.key === key) + 1;
  const isOurs = sheet && AUDIT_COLUMNS.every((c, i) => [c.header['zh-CN'], c.header.en].includes(String(header!.getCell(i + 1).value ?? '')));
  if (!isOurs) throw unreadable();

  const text = (row: ExcelJS.Row, key: string) => {
    const v = row.getCell(col(key)).value;
    return v === null || v === undefined ? '' : String(v);
  };
  let rows = 0;
  let brokenAt: number | null = null;
  let firstSeq: number | null = null;
  let last: Head | null = linkedFrom ?? null;
  let consecutive = true;
  for (let n = DATA_FROM_ROW; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (!row.hasValues) continue;
    rows += 1;
    const signed = text(row, 'signed');
    const prev = text(row, 'prevHash');
    const hash = text(row, 'hash');
    let seq: number;
    try {
      seq = (JSON.parse(signed) as unknown[])[0] as number;
    } catch {
      seq = Number(text(row, 'seq'));
    }
    if (last !== null && (seq !== last.seq + 1 || prev !== last.hash)) consecutive = false;
    firstSeq ??= seq;
    if (brokenAt !== null) {
      last = { seq, hash };
      continue;
    }
    const matches = Number.isInteger(seq) && String(seq) === text(row, 'seq') && hashSigned(prev, signed) === hash;
    const linked = !linkedFrom || (last !== null && seq === last.seq + 1 && prev === last.hash);
    if (!matches || !linked) brokenAt = Number.isInteger(seq) ? seq : -1;
    last = { seq, hash };
  }
  return { ok: brokenAt === null, rows, brokenAt, firstSeq, last: rows ? last : null, consecutive, title: String(sheet.getRow(1).getCell(1).value ?? '') };
}
