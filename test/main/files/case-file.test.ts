import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../support/core-fixture';
import { makePdfHost, type PdfHost } from '../../support/pdf-host';
import { pdfFile, pngFile } from './evidence-files';
import { ACCOUNTABILITY_VALUES, faultToleranceCase, finished, officeWithTeam, succeeded } from './ft-case';

let pdfHost: PdfHost;
let t: TestCore;
let out: string;
let caseId: number;

beforeAll(() => {
  pdfHost = makePdfHost();
});
afterAll(() => pdfHost.close());

beforeEach(async () => {
  t = makeCore({ host: pdfHost });
  out = mkdtempSync(join(tmpdir(), 'qz-casefile-'));
  const { cadre } = await officeWithTeam(t);
  caseId = await faultToleranceCase(t, cadre.id, 'closed');
});
afterEach(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

const pdftotext = (file: string, first?: number, last?: number, layout = false) =>
  execFileSync('pdftotext', [...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), ...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

async function upload(step: string, name: string, bytes: Buffer) {
  const { uploadId } = await t.call('attachments.uploadBegin', { caseId, step, name, size: bytes.length });
  await t.call('attachments.uploadChunk', { uploadId, offset: 0, data: bytes.toString('base64') });
  return t.call('attachments.uploadCommit', { uploadId });
}

describe('the case file (案卷) as one PDF', () => {
  it('puts cover, index, every issued document and the PDF and image evidence in procedure order, numbered so the index is right', async () => {
    await t.call('documents.generate', { caseId, kind: 'ftApplicationForm', values: ACCOUNTABILITY_VALUES });
    await t.call('documents.generate', { caseId, kind: 'ftAcceptanceNotice' });
    await t.call('documents.generate', { caseId, kind: 'ftInvestigationReport' });
    await t.call('documents.generate', { caseId, kind: 'ftRulingOpinion' });
    await t.call('documents.generate', { caseId, kind: 'ftResultNotice' });
    await upload('investigation', '谈话笔录.pdf', await pdfFile(3, 'interview'));
    await upload('application', '现场照片.png', pngFile(800, 600));
    await upload('investigation', '情况说明.txt', Buffer.from('不并入案卷的文字材料'));
    const removed = await upload('investigation', '误传材料.pdf', await pdfFile(2, 'wrong'));
    await t.call('attachments.remove', { id: removed.id, reason: '误传' });

    const target = join(out, '案卷.pdf');
    const started = await t.call('caseFile.export', { caseId, path: target });
    expect(started).toMatchObject({ kind: 'caseFile', state: 'running' });
    const phases = new Set<string>();
    let status = started;
    while (status.state === 'running') {
      phases.add(status.phase);
      await new Promise((r) => setTimeout(r, 10));
      status = await t.call('jobs.status', { id: started.id });
    }
    expect(status.error).toBeNull();
    expect(phases.has('render')).toBe(true);
    const result = status.result!;
    if (result.kind !== 'caseFile') throw new Error('not a case file result');

    expect(result.items.map((i) => i.title)).toEqual([
      '容错纠错申请表',
      '容错纠错申请受理通知书',
      '现场照片',
      '关于张明远同志容错纠错申请的调查核实报告',
      '谈话笔录',
      '关于张明远同志容错纠错申请的认定意见书',
      '容错纠错结果反馈告知书',
    ]);
    // Page ranges run on from 1 without gap or overlap, and the file holds cover + index + exactly those pages.
    let next = 1;
    for (const item of result.items) {
      const [from, to = from] = item.pages.split('-').map(Number) as [number, number?];
      expect(from).toBe(next);
      next = (to as number) + 1;
    }
    const numbered = next - 1;
    expect(result.items.find((i) => i.title === '谈话笔录')?.pages).toMatch(/^\d+-\d+$/);
    expect(pdfPages(target)).toBe(result.pages);
    const indexPages = result.pages - 1 - numbered;
    expect(indexPages).toBeGreaterThanOrEqual(1);
    expect(createHash('sha256').update(readFileSync(target)).digest('hex')).toBe(result.sha256);

    // The text is real text: the cover and index are searchable in Chinese.
    const cover = pdftotext(target, 1);
    expect(cover).toContain('容错纠错案卷');
    expect(cover).toContain('绵纪容〔2026〕1号');
    expect(cover).toContain('长期（30年）');
    expect(cover.replace(/\s/g, '')).toContain(`共${numbered}页`);
    const index = pdftotext(target, 2, 1 + indexPages, true);
    expect(index).toContain('卷内目录');
    // The 日期 and 页号 cells of each row, as printed: the same rows, in the same order, with the same pages.
    expect([...index.matchAll(/\b(\d{8})\s+(\d+(?:-\d+)?)\b/g)].map((m) => m[2])).toEqual(result.items.map((i) => i.pages));
    for (const title of ['容错纠错申请表', '现场照片', '谈话笔录']) expect(index).toContain(title);
    // Each item starts on the page the index gives it.
    const offset = 1 + indexPages;
    const firstPage = (title: string) => Number(result.items.find((i) => i.title === title)!.pages.split('-')[0]);
    expect(pdftotext(target, offset + firstPage('关于张明远同志容错纠错申请的认定意见书')).replace(/\s/g, '')).toContain('认定意见书');
    expect(pdftotext(target, offset + firstPage('谈话笔录'))).toContain('interview page 1');
    expect(pdftotext(target, offset + firstPage('谈话笔录') + 2)).toContain('interview page 3');
    expect(pdftotext(target, result.pages).replace(/\s/g, '')).toContain(`—${numbered}—`);
    expect(pdftotext(target, offset + 1).replace(/\s/g, '')).toContain('—1—');
    expect(pdftotext(target, 1).replace(/\s/g, '')).not.toMatch(/—\d+—/);
    expect(readdirSync(out)).toEqual(['案卷.pdf']);

    const history = (await t.call('cases.get', { id: caseId })).events.at(-1);
    expect(history).toMatchObject({ action: 'caseFile.export', reason: `案卷（共${result.pages}页）` });
  });

  it('answers clearly where no printing is available, and leaves no file when the officer cancels', async () => {
    const bare = makeCore();
    try {
      const { cadre } = await officeWithTeam(bare);
      const id = await faultToleranceCase(bare, cadre.id, 'application');
      expect((await bare.fail('caseFile.export', { caseId: id, path: join(out, 'x.pdf') })).code).toBe('HOST_UNAVAILABLE');
    } finally {
      bare.dispose();
    }
    await t.call('documents.generate', { caseId, kind: 'ftRulingOpinion' });
    await t.call('documents.generate', { caseId, kind: 'ftResultNotice' });
    const target = join(out, '取消.pdf');
    const started = await t.call('caseFile.export', { caseId, path: target });
    await t.call('jobs.cancel', { id: started.id });
    const status = await finished(t, started);
    expect(status.state).toBe('cancelled');
    expect(status.error?.code).toBe('CANCELLED');
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });

  it('prints the retention period and archive code the officer chose on the cover, and only the owner may follow the job', async () => {
    const started = await t.call('caseFile.export', { caseId, path: join(out, '永久.pdf'), retention: 'permanent', archiveCode: 'J123·2026·1', checker: '陈静' });
    const result = await succeeded(t, started);
    if (result.kind !== 'caseFile') throw new Error('not a case file result');
    const cover = pdftotext(result.path, 1);
    expect(cover).toContain('永久');
    expect(cover).toContain('J123·2026·1');
    expect(cover).toContain('陈静');
    expect(result.items).toEqual([]);
    await t.call('auth.login', { username: 'zhaobanli', password: 'Officer2026' });
    expect((await t.fail('jobs.status', { id: started.id })).code).toBe('NOT_FOUND');
  });
});
