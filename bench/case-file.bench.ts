import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { chromium, type Browser } from 'playwright-core';
import { createCore, type Core, type Host } from '../main/core';
import { createDatabase } from '../main/db/database';
import { eachListedCase } from '../main/cases/case.repo';
import { ledgerColumns, ledgerRowReader, writeLedgerCsv, writeLedgerXlsx, type LedgerRow } from '../main/exports';
import type { Channel, Input, Output } from '../shared/ipc';
import { BENCH_USER, fillCases } from './synthetic-cases';

/**
 * Figures for the files officers carry out: a case file PDF of about `pages` pages, a ledger of
 * `rows` cases, and a case package of `cases` cases with attachments, exported from one
 * installation and imported into another. Each reports time and peak resident memory, which must
 * stay flat as sizes grow: nothing here may hold a whole package or ledger in memory.
 */

const MiB = 1024 * 1024;

async function peakDuring<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakRssMiB: number; baselineRssMiB: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, ms: Math.round(performance.now() - started), peakRssMiB: Math.round(peak / MiB), baselineRssMiB: Math.round(baseline / MiB) };
  } finally {
    clearInterval(sampler);
  }
}

/** Chromium as the harness launches it, standing in for Electron's printToPDF. */
function chromiumHost(): Host & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  return {
    async printToPdf(html) {
      browser ??= chromium.launch({
        executablePath: process.env.QZ_CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      const context = await (await browser).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}

interface Office {
  core: Core;
  dir: string;
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  cadreId: number;
  unitId: number;
}

/** An installation with one officer signed in and one cadre, at the production key-derivation cost. */
async function office(name: string, code: string, host: Host = {}): Promise<Office> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-bench-files-'));
  const core = createCore({ dataDir: dir, host });
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message.en}`);
    return r.value as Output<C>;
  };
  await call('setup.create', { officeName: name, officeCode: code, unitName: name, adminUsername: 'admin', adminDisplayName: '管理员', password: 'Admin2026pass' });
  const town = await call('units.create', { name: '云溪镇人民政府', parentId: 1 });
  await call('users.create', { username: 'officer', displayName: '基准承办人', password: 'Officer2026', unitId: 1, roles: ['officer'] });
  await call('auth.login', { username: 'officer', password: 'Officer2026' });
  const cadre = await call('cadres.create', { name: '张明远', gender: 'male', unitId: town.id, post: '镇长', rank: '一级主任科员', politicalStatus: '中共党员', idNumber: '510703198005120014' });
  return { core, dir, call, cadreId: cadre.id, unitId: town.id };
}

function dispose(o: Office): void {
  o.core.close();
  fs.rmSync(o.dir, { recursive: true, force: true });
}

async function waitJob(o: Office, started: Output<'jobs.status'>): Promise<NonNullable<Output<'jobs.status'>['result']>> {
  let status = started;
  while (status.state === 'running') {
    await new Promise((r) => setTimeout(r, 50));
    status = await o.call('jobs.status', { id: started.id });
  }
  if (status.state !== 'done' || !status.result) throw new Error(`${status.kind}: ${status.error?.code ?? status.state}`);
  return status.result;
}

const APPLICATION = {
  receivedOn: '2026-03-02',
  applicantKind: 'cadre',
  applicantName: '张明远',
  accountabilityMatter: '云溪镇项目建设资金使用问责事项',
  factsClaimed: '在推进招商引资项目中，按照集体决策先行垫付前期费用，后因企业调整投资计划造成部分损失。'.repeat(8),
  situationsInvoked: ['reformPilot', 'collectiveDecision'],
};

async function scanPdf(pages: number, label: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595.28, 841.89]).drawText(`${label} page ${i}`, { x: 72, y: 760, size: 18, font });
  return Buffer.from(await doc.save());
}

async function attach(o: Office, caseId: number, name: string, bytes: Buffer): Promise<void> {
  const { uploadId, chunkBytes } = await o.call('attachments.uploadBegin', { caseId, step: 'application', name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    await o.call('attachments.uploadChunk', { uploadId, offset, data: bytes.subarray(offset, offset + chunkBytes).toString('base64') });
  }
  await o.call('attachments.uploadCommit', { uploadId });
}

/** A case file of about `pages` pages: ten printed documents and scanned PDFs making up the rest. */
export async function benchCaseFile(pages = 200): Promise<{ pages: number; documents: number; ms: number; bytes: number; peakRssMiB: number; baselineRssMiB: number }> {
  const host = chromiumHost();
  const o = await office('青山县纪委监委', '青纪', host);
  try {
    const { summary } = await o.call('cases.create', { kind: 'fault-tolerance', cadreId: o.cadreId, data: APPLICATION });
    const values = { 'accountability.organ': '青山县纪委', 'accountability.startDate': '2026-02-20' };
    const documents = 10;
    for (let i = 0; i < documents; i++) await o.call('documents.generate', { caseId: summary.id, kind: 'ftApplicationForm', values });
    for (let left = pages - documents * 2, n = 1; left > 0; left -= 20, n++) await attach(o, summary.id, `扫描件${n}.pdf`, await scanPdf(Math.min(20, left), `scan ${n}`));
    const out = path.join(o.dir, 'case-file.pdf');
    const run = await peakDuring(async () => waitJob(o, await o.call('caseFile.export', { caseId: summary.id, path: out })));
    if (run.value.kind !== 'caseFile') throw new Error('not a case file');
    return { pages: run.value.pages, documents, ms: run.ms, bytes: run.value.bytes, peakRssMiB: run.peakRssMiB, baselineRssMiB: run.baselineRssMiB };
  } finally {
    dispose(o);
    await host.close();
  }
}

/** A ledger of `rows` synthetic cases, streamed to XLSX and to CSV from the encrypted database. */
export async function benchLedger(rows = 10_000): Promise<{ rows: number; xlsxMs: number; csvMs: number; xlsxBytes: number; peakRssMiB: number; baselineRssMiB: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-bench-ledger-'));
  const db = createDatabase(path.join(dir, 'bench.db'), crypto.randomBytes(32));
  try {
    fillCases(db, rows);
    const scope = { viewerId: BENCH_USER.id, today: '2026-11-28', dueSoonUntil: '2026-12-05' };
    const columns = ledgerColumns('fault-tolerance');
    const listed = (): Iterable<LedgerRow> => {
      const read = ledgerRowReader(db, 'fault-tolerance', 'zh-CN');
      return (function* () {
        for (const batch of eachListedCase(db, { kind: 'fault-tolerance', sort: 'number', order: 'asc' }, scope)) for (const r of batch) yield read(r);
      })();
    };
    const xlsxFile = path.join(dir, 'ledger.xlsx');
    const xlsx = await peakDuring(() => writeLedgerXlsx(xlsxFile, columns, listed(), { title: '容错纠错台账', locale: 'zh-CN' }));
    const csv = await peakDuring(() => writeLedgerCsv(path.join(dir, 'ledger.csv'), columns, listed(), { locale: 'zh-CN' }));
    return {
      rows: xlsx.value.rows,
      xlsxMs: xlsx.ms,
      csvMs: csv.ms,
      xlsxBytes: fs.statSync(xlsxFile).size,
      peakRssMiB: Math.max(xlsx.peakRssMiB, csv.peakRssMiB),
      baselineRssMiB: xlsx.baselineRssMiB,
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `cases` cases with `attachmentMiB` of incompressible attachments spread over them, exported as a
 * package from one installation and verified and imported into another with its own key.
 */
export async function benchCasePackage(
  cases = 100,
  attachmentMiB = 256,
): Promise<{ cases: number; attachmentMiB: number; exportMs: number; inspectMs: number; importMs: number; packageBytes: number; peakRssMiB: number; baselineRssMiB: number }> {
  const from = await office('青山县纪委监委', '青纪');
  const to = await office('白石县纪委监委', '白纪');
  try {
    const perCase = Math.max(1, Math.round((attachmentMiB * MiB) / cases));
    const ids: number[] = [];
    for (let i = 0; i < cases; i++) {
      const { summary } = await from.call('cases.create', { kind: 'fault-tolerance', cadreId: from.cadreId, data: APPLICATION });
      ids.push(summary.id);
      const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(perCase - 9)]);
      await attach(from, summary.id, `证据${i + 1}.pdf`, scan);
    }
    const file = path.join(from.dir, 'cases.qzp');
    const passphrase = '基准交换口令Bench2026';
    const exported = await peakDuring(async () => waitJob(from, await from.call('packages.export', { caseIds: ids, passphrase, path: file })));
    const inspected = await peakDuring(async () => (await to.call('packages.inspect', { path: file, passphrase })).id);
    let preview = await to.call('jobs.status', { id: inspected.value });
    const inspectStarted = performance.now();
    while (preview.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      preview = await to.call('jobs.status', { id: inspected.value });
    }
    const inspectMs = Math.round(performance.now() - inspectStarted + inspected.ms);
    if (preview.state !== 'done') throw new Error(`inspect: ${preview.error?.code}`);
    const imported = await peakDuring(async () => waitJob(to, await to.call('packages.import', { inspectJobId: inspected.value })));
    if (imported.value.kind !== 'packageImport' || imported.value.imported.length !== cases) throw new Error('not every case was imported');
    return {
      cases,
      attachmentMiB,
      exportMs: exported.ms,
      inspectMs,
      importMs: imported.ms,
      packageBytes: fs.statSync(file).size,
      peakRssMiB: Math.max(exported.peakRssMiB, inspected.peakRssMiB, imported.peakRssMiB),
      baselineRssMiB: exported.baselineRssMiB,
    };
  } finally {
    dispose(from);
    dispose(to);
  }
}

if (process.argv[1]?.endsWith('case-file.bench.ts')) {
  const which = process.argv[2] ?? 'all';
  void (async () => {
    if (which === 'all' || which === 'case-file') console.log(JSON.stringify({ caseFile: await benchCaseFile(Number(process.argv[3] ?? 200)) }));
    if (which === 'all' || which === 'ledger') console.log(JSON.stringify({ ledger: await benchLedger(Number(process.argv[3] ?? 10_000)) }));
    if (which === 'all' || which === 'package') console.log(JSON.stringify({ package: await benchCasePackage(100, Number(process.argv[3] ?? 256)) }));
  })().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
