import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLedgerXlsx } from '../../../main/exports';
import { AppError } from '../../../shared/errors';
import { LEDGER_COLUMNS, ledgerRows } from './ledger-fixture';

const ROWS = 10_000;

describe('a ledger exported to Excel', () => {
  let dir: string;
  let sheet: ExcelJS.Worksheet;
  const progress: number[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qz-ledger-'));
    const file = join(dir, 'ledger.xlsx');
    const result = await writeLedgerXlsx(file, LEDGER_COLUMNS, ledgerRows(ROWS), {
      title: '容错纠错台账（2026年）',
      locale: 'zh-CN',
      onProgress: (n) => progress.push(n),
      progressEvery: 2_500,
    });
    expect(result.rows).toBe(ROWS);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    sheet = book.worksheets[0]!;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has the title on the first row, across all columns', () => {
    expect(sheet.getCell('A1').value).toBe('容错纠错台账（2026年）');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getCell('F1').master.address).toBe('A1');
  });

  it('has the headers in Chinese on the second row', () => {
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(LEDGER_COLUMNS.map((c) => c.header['zh-CN']));
  });

  it('holds one row per case, no more and no less', () => {
    expect(sheet.rowCount).toBe(2 + ROWS);
    expect(sheet.getCell(`A${2 + ROWS}`).value).toBe(`QZ-2026-${String(ROWS).padStart(5, '0')}`);
  });

  it('stores dates as real dates, shown as 2026年2月2日', () => {
    const cell = sheet.getCell('D3');
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString()).toBe('2026-02-02T00:00:00.000Z');
    expect(cell.numFmt).toBe('yyyy"年"m"月"d"日"');
  });

  it('stores amounts as numbers and leaves unknown ones empty', () => {
    expect(sheet.getCell('F3').value).toBe(1.25);
    expect(sheet.getCell('F7').value).toBeNull();
  });

  it('keeps the title and header in view while scrolling, and filters on the header', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe(`A2:F${2 + ROWS}`);
  });

  it('sets the column widths', () => {
    expect(sheet.columns.map((c) => c.width)).toEqual(LEDGER_COLUMNS.map((c) => c.width));
  });

  it('reports progress as rows are written', () => {
    expect(progress).toEqual([2_500, 5_000, 7_500, 10_000]);
  });
});

describe('a ledger export that cannot be completed', () => {
  it('refuses a row with an impossible date and leaves no half-written file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qz-ledger-'));
    const file = join(dir, 'bad.xlsx');
    const rows = [...ledgerRows(3), { caseNumber: 'QZ-2026-X', acceptedOn: '2026-02-30' }];
    const err = await writeLedgerXlsx(file, LEDGER_COLUMNS, rows, { title: '台账', locale: 'zh-CN' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fields).toEqual(['rows.4.acceptedOn']);
    await expect(stat(file)).rejects.toThrow();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses two columns with the same key', async () => {
    const cols = [LEDGER_COLUMNS[0]!, LEDGER_COLUMNS[0]!];
    await expect(writeLedgerXlsx(join(tmpdir(), 'never.xlsx'), cols, [], { title: '台账', locale: 'en' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: ['columns.1'],
    });
  });
});
