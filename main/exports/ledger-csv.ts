import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Locale } from '../../shared/i18n';
import { cellValue, checkColumns, eachRow, type LedgerColumn, type LedgerExportResult, type LedgerRows } from './ledger-column';

/**
 * A ledger (台账) as CSV for other systems and older spreadsheets: UTF-8 with a byte-order mark (without
 * it Excel reads Chinese as GBK and shows mojibake), RFC 4180 quoting and CRLF line ends, and text
 * that a spreadsheet would run as a formula defused.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text starting with one of these is taken for a formula by Excel, WPS and LibreOffice
 * (CSV injection, OWASP); a leading apostrophe makes it plain text again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function protectFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function chineseOf(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export interface LedgerCsvOptions {
  locale: Locale;
  /** 'iso' (2026-11-28, which every spreadsheet reads as a date) unless told otherwise. */
  dateFormat?: 'iso' | 'chinese';
  onProgress?: (rowsWritten: number) => void;
  progressEvery?: number;
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes the ledger to a file path or a stream (which it ends). A file left half-written by an error is removed. */
export async function writeLedgerCsv(
  target: string | Writable,
  columns: readonly LedgerColumn[],
  rows: LedgerRows,
  options: LedgerCsvOptions,
): Promise<LedgerExportResult> {
  checkColumns(columns);
  const out = typeof target === 'string' ? createWriteStream(target) : target;
  const formatDate = options.dateFormat === 'chinese' ? chineseOf : isoOf;
  const every = Math.max(1, options.progressEvery ?? 1_000);
  let written = 0;
  try {
    await write(out, BOM + columns.map((c) => quoteField(protectFormula(c.header[options.locale]))).join(',') + CRLF);
    for await (const row of eachRow(rows)) {
      const fields = columns.map((c) => {
        const v = cellValue(c, row[c.key], written + 1);
        if (v === null) return '';
        if (v instanceof Date) return formatDate(v);
        // Numbers are ours and typed; only text can carry a formula someone typed in.
        return typeof v === 'number' ? String(v) : quoteField(protectFormula(v));
      });
      await write(out, fields.join(',') + CRLF);
      written += 1;
      if (written % every === 0) options.onProgress?.(written);
    }
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.on('error', () => undefined);
    if (!out.closed) {
      const closed = once(out, 'close');
      out.destroy();
      await closed;
    }
    if (typeof target === 'string') await unlink(target).catch(() => undefined);
    throw err;
  }
  if (written % every !== 0 || written === 0) options.onProgress?.(written);
  return { rows: written };
}
