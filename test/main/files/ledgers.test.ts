import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { as } from '../../support/case-team';
import { act, implementation, makeClearanceTeam, member, openUntrue, throughApproval, toAssessment, concludedReport } from '../../support/clearance-data';
import { auditEntries, faultToleranceCase, officeWithTeam, succeeded } from './ft-case';

let t: TestCore;
let out: string;
beforeEach(() => {
  t = makeCore();
  out = mkdtempSync(join(tmpdir(), 'qz-ledger-'));
});
afterEach(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function sheetRows(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(2).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  }
  return { title: ws.getCell(1, 1).value, header, rows, frozen: ws.views[0] };
}

describe('ledgers (台账) of the case lists', () => {
  it('exports the 容错纠错 list with the filters on screen, one row per case, dates as dates, as XLSX', async () => {
    const { cadre } = await officeWithTeam(t);
    const closed = await faultToleranceCase(t, cadre.id, 'closed');
    const ruled = await faultToleranceCase(t, cadre.id, 'ruled');
    const applied = await faultToleranceCase(t, cadre.id, 'application');
    const withdrawn = await faultToleranceCase(t, cadre.id, 'application');
    await t.call('cases.act', { id: withdrawn, action: 'withdraw', input: { reason: '申请人撤回' } });

    const filters = { kind: 'fault-tolerance' as const, status: 'open' as const, sort: 'number' as const, order: 'asc' as const };
    const listed = await t.call('cases.list', filters);
    const result = await succeeded(t, await t.call('ledgers.export', { ...filters, path: join(out, '台账.xlsx') }));
    expect(result).toMatchObject({ kind: 'ledger', format: 'xlsx', rows: 2 });
    const sheet = await sheetRows(join(out, '台账.xlsx'));
    expect(sheet.title).toBe('绵阳市纪委监委容错纠错台账');
    expect(sheet.frozen).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.rows.map((r) => r['案件编号'])).toEqual(listed.rows.map((r) => r.number));
    expect(listed.rows.map((r) => r.id)).toEqual([ruled, applied]);
    expect(sheet.header).toEqual([
      '案件编号', '干部姓名', '工作单位', '职务', '申请方式', '申请日期', '受理日期', '调查核实完成日期', '认定日期', '容错情形', '认定结果',
      '整改期限', '整改情况', '整改核查日期', '结果反馈日期', '报备日期', '申诉复核', '办理状态', '当前环节', '办结日期', '来源单位',
    ]);
    const [r] = sheet.rows;
    expect(r).toMatchObject({ 干部姓名: '张明远', 工作单位: '某镇人民政府', 职务: '镇长', 申请方式: '干部本人', 认定结果: '免予问责', 整改情况: '整改中', 当前环节: '反馈运用' });
    expect(r!['申请日期']).toEqual(new Date(Date.UTC(2026, 10, 2)));
    expect(r!['认定日期']).toEqual(new Date(Date.UTC(2026, 10, 28)));
    expect(r!['整改期限']).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(String(r!['容错情形'])).toContain('经集体民主决策程序作出的决定');

    const all = await succeeded(t, await t.call('ledgers.export', { kind: 'fault-tolerance', sort: 'number', order: 'asc', path: join(out, '全部.xlsx') }));
    expect(all).toMatchObject({ rows: 4 });
    const everything = await sheetRows(join(out, '全部.xlsx'));
    const first = everything.rows.find((x) => x['案件编号'] === '绵纪容〔2026〕1号')!;
    expect(first).toMatchObject({ 整改情况: '已整改到位', 办理状态: '已办结' });
    expect(first['办结日期']).toEqual(new Date(Date.UTC(2026, 10, 28)));
    expect(first['报备日期']).toEqual(new Date(Date.UTC(2026, 10, 25)));
    expect(everything.rows.map((x) => x['办理状态'])).toEqual(['已办结', '办理中', '办理中', '已撤回']);
    expect(closed).toBeLessThan(ruled);
  });

  it('writes the same rows as CSV with a byte-order mark so Excel reads the Chinese, and records the export in the audit log', async () => {
    const { cadre } = await officeWithTeam(t);
    await faultToleranceCase(t, cadre.id, 'ruled');
    const result = await succeeded(t, await t.call('ledgers.export', { kind: 'fault-tolerance', format: 'csv', sort: 'number', order: 'asc', path: join(out, '台账.csv') }));
    const bytes = readFileSync(join(out, '台账.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith('案件编号,干部姓名,工作单位')).toBe(true);
    expect(lines[1]).toContain('绵纪容〔2026〕1号,张明远,某镇人民政府,镇长,干部本人,2026-11-02');
    expect(result).toMatchObject({ rows: 1 });
    expect(readdirSync(out)).toEqual(['台账.csv']);
    const [entry] = await auditEntries(t, 'ledgers.export');
    expect(entry).toMatchObject({ actorName: '李办理', recordId: 'fault-tolerance', detail: { format: 'csv', rows: 1, path: join(out, '台账.csv') } });
  });

  it('keeps another unit tree’s cases out of the ledger, as out of the list', async () => {
    const { cadre } = await officeWithTeam(t);
    await faultToleranceCase(t, cadre.id, 'application');
    await as(t, 'outsider');
    const result = await succeeded(t, await t.call('ledgers.export', { kind: 'fault-tolerance', path: join(out, '外县.xlsx') }));
    expect(result).toMatchObject({ rows: 0 });
    expect((await sheetRows(join(out, '外县.xlsx'))).rows).toEqual([]);
  });

  it('exports the 澄清正名 list with the report, the clearance methods and dates, the visits and the nature of the report', async () => {
    await setUp(t);
    const team = await makeClearanceTeam(t);
    const { report, untrue } = await concludedReport(t, team);
    const { summary } = await openUntrue(t, team, report.id, untrue);
    await toAssessment(t, summary.id);
    await throughApproval(t, summary.id);
    await member(t, 'officer');
    await t.call('cases.saveStep', { id: summary.id, step: 'implementation', data: implementation('2026-11-27') });
    await act(t, summary.id, 'implementation.submit');
    await member(t, 'reviewer');
    await act(t, summary.id, 'implementation.close');
    const result = await succeeded(t, await t.call('ledgers.export', { kind: 'clearance', path: join(out, '澄清.xlsx') }));
    expect(result).toMatchObject({ rows: 1 });
    const [row] = (await sheetRows(join(out, '澄清.xlsx'))).rows;
    expect(row).toMatchObject({
      案件编号: summary.number,
      干部姓名: '张明远',
      举报编号: report.number,
      核实部门: '青山县纪委监委',
      启动方式: '承办部门提出',
      澄清方式: '书面澄清、会议澄清',
      回访日期: '2026-11-27',
      回访次数: 1,
      举报性质: '错告',
      办理结果: '已澄清正名',
      办理状态: '已办结',
    });
    expect(row!['举报收到日期']).toEqual(new Date(Date.UTC(2026, 8, 10)));
    expect(row!['澄清实施日期']).toEqual(new Date(Date.UTC(2026, 10, 27)));
  });
});
