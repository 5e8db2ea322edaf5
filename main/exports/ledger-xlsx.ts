import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/i18n';
import { cellValue, checkColumns, eachRow, type LedgerColumn, type LedgerExportResult, type LedgerRows } from './ledger-column';

/**
 * A ledger (台账) as XLSX: a title row, the header frozen under it with an autofilter, typed cells
 * (dates as real dates). Rows stream through exceljs's WorkbookWriter and are committed one by one,
 * so a ledger of any length is never held in memory.
 */

export const DATE_FORMATS = {
  chinese: 'yyyy"年"m"月"d"日"',
  iso: 'yyyy-mm-dd',
} as const;
export type LedgerDateFormat = keyof typeof DATE_FORMATS;

export interface LedgerXlsxOptions {
  /** The title row above the header, e.g. 容错纠错台账（2026年）. */
  title: string;
  locale: Locale;
  /** Sheet name; Excel allows 31 characters and none of : \ / ? * [ ]. */
  sheetName?: string;
  dateFormat?: LedgerDateFormat;
  /** Told the number of data rows written so far, every `progressEvery` rows and at the end. */
  onProgress?: (rowsWritten: number) => void;
  progressEvery?: number;
}

const TITLE_ROW = 1;
const HEADER_ROW = 2;
/** Rows between yields to the event loop, so the zip stream drains to disk as the ledger is written. */
const YIELD_EVERY = 500;

function sheetNameOf(name: string | undefined, title: string): string {
  const cleaned = (name ?? title).replace(/[:\\/?*[\]]/g, ' ').trim();
  return (cleaned || 'Sheet1').slice(0, 31);
}

function numberFormat(c: LedgerColumn): string {
  return c.decimals ? `#,##0.${'0'.repeat(c.decimals)}` : '#,##0';
}

/** Writes the ledger to a file path or a stream. A file left half-written by an error is removed. */
export async function writeLedgerXlsx(
  target: string | Writable,
  columns: readonly LedgerColumn[],
  rows: LedgerRows,
  options: LedgerXlsxOptions,
): Promise<LedgerExportResult> {
  checkColumns(columns);
  // The file stream is opened here, not by exceljs, so that on failure it can be closed before the
  // file is removed: a stream still opening would otherwise create the file again after the unlink.
  const out = typeof target === 'string' ? createWriteStream(target) : target;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  try {
    return await writeSheet(workbook, columns, rows, options);
  } catch (err) {
    if (typeof target === 'string') await discard(out as WriteStream, target);
    throw err;
  }
}

async function discard(out: WriteStream, path: string): Promise<void> {
  // The unfinished zip may still write into the stream: swallow that, the export has already failed.
  out.on('error', () => undefined);
  if (!out.closed) {
    const closed = once(out, 'close');
    out.destroy();
    await closed;
  }
  await unlink(path).catch(() => undefined);
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  columns: readonly LedgerColumn[],
  rows: LedgerRows,
  options: LedgerXlsxOptions,
): Promise<LedgerExportResult> {
  const dateFmt = DATE_FORMATS[options.dateFormat ?? (options.locale === 'zh-CN' ? 'chinese' : 'iso')];
  const sheet = workbook.addWorksheet(sheetNameOf(options.sheetName, options.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.type === 'date' ? { numFmt: dateFmt } : c.type === 'number' ? { numFmt: numberFormat(c) } : {},
  }));

  const title = sheet.addRow([options.title]);
  title.height = 30;
  title.getCell(1).font = { name: '宋体', size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  if (columns.length > 1) sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
  title.commit();

  const header = sheet.addRow(columns.map((c) => c.header[options.locale]));
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  const every = Math.max(1, options.progressEvery ?? 1_000);
  let written = 0;
  for await (const row of eachRow(rows)) {
    const r = sheet.addRow(columns.map((c) => cellValue(c, row[c.key], written + 1)));
    r.commit();
    written += 1;
    if (written % every === 0) options.onProgress?.(written);
    if (written % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + written, column: columns.length } };
  sheet.commit();
  await workbook.commit();
  if (written % every !== 0 || written === 0) options.onProgress?.(written);
  return { rows: written };
}
