import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n';

/**
 * A ledger (台账) column and the conversion of a stored value into what a spreadsheet cell holds.
 * Both writers, XLSX and CSV, read columns and rows through here, so a ledger looks the same in both.
 */
export type LedgerColumnType = 'text' | 'date' | 'number';

export interface LedgerColumn {
  key: string;
  header: Record<Locale, string>;
  type: LedgerColumnType;
  /** In characters, as Excel measures a column. */
  width: number;
  /** Places after the decimal point for a number column; 0 when absent. */
  decimals?: number;
}

/** A row as a repository yields it: dates as 'YYYY-MM-DD', numbers as numbers. */
export type LedgerRow = Readonly<Record<string, string | number | null | undefined>>;
export type LedgerRows = Iterable<LedgerRow> | AsyncIterable<LedgerRow>;

export interface LedgerExportResult {
  /** Data rows written, title and header not counted. */
  rows: number;
}

/** Excel's own limit on the text in one cell. */
export const MAX_CELL_TEXT = 32_767;
const MAX_COLUMNS = 200;

export function checkColumns(columns: readonly LedgerColumn[]): void {
  const keys = new Set<string>();
  const bad: string[] = [];
  for (const [i, c] of columns.entries()) {
    const ok =
      c.key !== '' &&
      !keys.has(c.key) &&
      c.width >= 1 &&
      c.width <= 255 &&
      (c.decimals === undefined || (Number.isInteger(c.decimals) && c.decimals >= 0 && c.decimals <= 6));
    if (!ok) bad.push(`columns.${i}`);
    keys.add(c.key);
  }
  if (columns.length === 0 || columns.length > MAX_COLUMNS || bad.length) {
    throw new AppError('INVALID_INPUT', { columns: columns.length }, bad.length ? bad : ['columns']);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as a UTC-midnight Date: Excel's serial day number then names exactly that day. */
export function dateCell(value: string, column: string, row: number): Date {
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) {
    throw new AppError('INVALID_INPUT', { column, row, value: String(value).slice(0, 40) }, [`rows.${row}.${column}`]);
  }
  return d;
}

/** The typed value of one cell, or null for an empty one. `row` counts data rows from 1, for messages. */
export function cellValue(column: LedgerColumn, raw: LedgerRow[string], row: number): string | number | Date | null {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (column.type) {
    case 'date':
      return dateCell(String(raw), column.key, row);
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(n)) throw new AppError('INVALID_INPUT', { column: column.key, row, value: String(raw).slice(0, 40) }, [`rows.${row}.${column.key}`]);
      return n;
    }
    case 'text':
      return String(raw).slice(0, MAX_CELL_TEXT);
  }
}

/** Iterates sync and async row sources alike, without collecting them. */
export async function* eachRow(rows: LedgerRows): AsyncGenerator<LedgerRow> {
  if (Symbol.asyncIterator in rows) yield* rows as AsyncIterable<LedgerRow>;
  else yield* rows as Iterable<LedgerRow>;
}
