import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLedgerCsv } from '../../../main/exports';
import { LEDGER_COLUMNS, ledgerRows } from './ledger-fixture';

async function csvOf(rows: Parameters<typeof writeLedgerCsv>[2], options: Partial<Parameters<typeof writeLedgerCsv>[3]> = {}) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeLedgerCsv(out, LEDGER_COLUMNS, rows, { locale: 'zh-CN', ...options });
  return Buffer.concat(chunks);
}

describe('a ledger exported to CSV', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qz-csv-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts with a UTF-8 byte-order mark, so Excel shows the Chinese', async () => {
    const bytes = await csvOf(ledgerRows(1));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('案件编号,干部姓名,工作单位及职务,受理日期,认定结论,挽回损失（万元）');
  });

  it('writes one CRLF-ended line per case after the header', async () => {
    const path = join(dir, 'ledger.csv');
    const progress: number[] = [];
    const result = await writeLedgerCsv(path, LEDGER_COLUMNS, ledgerRows(2_000), { locale: 'en', onProgress: (n) => progress.push(n), progressEvery: 1_000 });
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(result.rows).toBe(2_000);
    expect(lines).toHaveLength(1 + 2_000 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('Case number,Cadre,Unit and post,Accepted on,Outcome,Loss recovered (10k yuan)');
    expect(lines[1]).toBe('QZ-2026-00001,干部1,清河市发展和改革委员会党组成员、副主任,2026-02-02,从轻,1.25');
    expect(progress).toEqual([1_000, 2_000]);
  });

  it('quotes fields holding commas, quotes or line breaks (RFC 4180)', async () => {
    const text = (await csvOf([{ caseNumber: 'QZ-1', cadre: '李明', unit: '市发改委,副主任', outcome: '“免予问责”\n（集体研究）', lossRecovered: 1 }])).toString('utf8');
    const row = text.split('\r\n').slice(1).join('\r\n');
    expect(row).toBe('QZ-1,李明,"市发改委,副主任",,"“免予问责”\n（集体研究）",1\r\n');
    const quoted = (await csvOf([{ caseNumber: 'say "no"' }])).toString('utf8');
    expect(quoted).toContain('"say ""no"""');
  });

  it('defuses text a spreadsheet would run as a formula', async () => {
    const text = (
      await csvOf([
        { caseNumber: '=HYPERLINK("http://example.invalid","点此")', cadre: '+1', unit: '-2+3', outcome: '@SUM(A1)' },
        { caseNumber: 'QZ-2', lossRecovered: -3.5 },
      ])
    ).toString('utf8');
    const [, first, second] = text.split('\r\n');
    expect(first).toBe(`"'=HYPERLINK(""http://example.invalid"",""点此"")",'+1,'-2+3,,'@SUM(A1),`);
    // A negative amount is a number the product computed, not text someone typed.
    expect(second).toBe('QZ-2,,,,,-3.5');
  });

  it('refuses an amount that is not a number and leaves no half-written file', async () => {
    const path = join(dir, 'bad.csv');
    const rows = [...ledgerRows(2), { caseNumber: 'QZ-X', lossRecovered: 'twelve' }];
    await expect(writeLedgerCsv(path, LEDGER_COLUMNS, rows, { locale: 'zh-CN' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: ['rows.3.lossRecovered'],
    });
    await expect(stat(path)).rejects.toThrow();
  });

  it('can write dates the Chinese way when asked', async () => {
    const text = (await csvOf(ledgerRows(1), { dateFormat: 'chinese' })).toString('utf8');
    expect(text.split('\r\n')[1]).toContain(',2026年2月2日,');
  });
});
