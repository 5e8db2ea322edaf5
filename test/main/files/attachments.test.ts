import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync, existsSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../support/core-fixture';
import { as } from '../../support/case-team';
import { EXE_AS_PDF, pdfFile, pngFile, xlsxFile } from './evidence-files';
import { auditEntries, faultToleranceCase, officeWithTeam } from './ft-case';
import type { Host } from '../../../main/core';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let t: TestCore;
let host: Host;
let files: string;
let caseId: number;

beforeEach(async () => {
  host = {};
  t = makeCore({ host: new Proxy({}, { get: (_, k) => (host as Record<string | symbol, unknown>)[k] }) as Host });
  files = mkdtempSync(join(tmpdir(), 'qz-evidence-'));
  const { cadre } = await officeWithTeam(t);
  caseId = await faultToleranceCase(t, cadre.id, 'accepted');
});
afterEach(() => {
  t.dispose();
  rmSync(files, { recursive: true, force: true });
});

function onDisk(name: string, bytes: Buffer): string {
  const p = join(files, name);
  writeFileSync(p, bytes);
  return p;
}

/** What the screen does with a dropped file: begin, chunks of at most `chunk` bytes, commit. */
async function upload(name: string, bytes: Buffer, opts: { step?: string; chunk?: number; sha256?: string } = {}) {
  const { uploadId } = await t.call('attachments.uploadBegin', { caseId, step: opts.step ?? 'investigation', name, size: bytes.length, sha256: opts.sha256 ?? sha(bytes) });
  const size = opts.chunk ?? 64 * 1024;
  for (let offset = 0; offset < bytes.length; offset += size) {
    await t.call('attachments.uploadChunk', { uploadId, offset, data: bytes.subarray(offset, offset + size).toString('base64') });
  }
  return t.call('attachments.uploadCommit', { uploadId });
}

async function readAll(id: number, length = 1000): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const r = await t.call('attachments.read', { id, offset, length });
    const piece = Buffer.from(r.data, 'base64');
    parts.push(piece);
    offset += piece.length;
    if (r.eof) break;
  }
  return Buffer.concat(parts);
}

describe('evidence attached to a case (证据材料)', () => {
  it('keeps a scanned PDF with its SHA-256, who added it and when, and lists it with the case and in its history', async () => {
    const pdf = await pdfFile(2);
    const { added } = await t.call('attachments.add', { caseId, step: 'investigation', paths: [onDisk('谈话笔录.pdf', pdf)] });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ name: '谈话笔录.pdf', mime: 'application/pdf', size: pdf.length, sha256: sha(pdf), addedByName: '李办理', addedAt: '2026-11-28T01:00:00.000Z', removed: null, viewable: true });
    const { rows } = await t.call('attachments.list', { caseId });
    expect(rows.map((r) => r.name)).toEqual(['谈话笔录.pdf']);
    const events = (await t.call('cases.get', { id: caseId })).events;
    expect(events.at(-1)).toMatchObject({ action: 'attachment.add', reason: '谈话笔录.pdf', actorName: '李办理' });
  });

  it('recognises PDF, PNG, XLSX and TXT by their content, and refuses a program renamed .pdf or a kind not on the list', async () => {
    const { added } = await t.call('attachments.add', {
      caseId,
      step: 'investigation',
      paths: [onDisk('扫描件.png', pngFile()), onDisk('损失明细.xlsx', await xlsxFile()), onDisk('情况说明.txt', Buffer.from('情况说明：已补办手续。\r\n'))],
    });
    expect(added.map((a) => a.mime)).toEqual(['image/png', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/plain']);

    const renamed = await t.fail('attachments.add', { caseId, step: 'investigation', paths: [onDisk('会议纪要.pdf', EXE_AS_PDF)] });
    expect(renamed).toMatchObject({ code: 'ATTACHMENT_TYPE', params: { name: '会议纪要.pdf' } });
    const script = await t.fail('attachments.add', { caseId, step: 'investigation', paths: [onDisk('run.bat', Buffer.from('@echo off\r\n'))] });
    expect(script.code).toBe('ATTACHMENT_TYPE');
    // A PNG renamed .jpg is refused too: the viewer would be told the wrong type.
    expect((await t.fail('attachments.add', { caseId, step: 'investigation', paths: [onDisk('照片.jpg', pngFile())] })).code).toBe('ATTACHMENT_TYPE');
  });

  it('adds all the chosen files or none: one bad file among good ones leaves the case without any of them', async () => {
    const before = (await t.call('cases.get', { id: caseId })).events.length;
    const err = await t.fail('attachments.add', { caseId, step: 'investigation', paths: [onDisk('a.pdf', await pdfFile()), onDisk('b.pdf', EXE_AS_PDF)] });
    expect(err.code).toBe('ATTACHMENT_TYPE');
    expect((await t.call('attachments.list', { caseId })).rows).toEqual([]);
    expect((await t.call('cases.get', { id: caseId })).events).toHaveLength(before);
  });

  it('refuses a file over 100 MB before reading it, whether chosen on disk or dropped', async () => {
    const big = join(files, '监控录像截图.pdf');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 100 * 1024 * 1024 + 1);
    const err = await t.fail('attachments.add', { caseId, step: 'investigation', paths: [big] });
    expect(err).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', params: { maxMb: 100 } });
    const dropped = await t.fail('attachments.uploadBegin', { caseId, step: 'investigation', name: '录像.pdf', size: 100 * 1024 * 1024 + 1 });
    expect(dropped.code).toBe('ATTACHMENT_TOO_LARGE');
    // A chunk larger than the transfer limit does not even reach the core.
    const { uploadId } = await t.call('attachments.uploadBegin', { caseId, step: 'investigation', name: 'x.pdf', size: 10 });
    expect((await t.fail('attachments.uploadChunk', { uploadId, offset: 0, data: 'A'.repeat(6_000_000) })).code).toBe('INVALID_INPUT');
  });

  it('takes a dropped file in chunks, in order, checks the hash the screen computed, and refuses bytes beyond the declared size', async () => {
    const png = pngFile(300, 200);
    const att = await upload('现场照片.png', png, { chunk: 1000 });
    expect(att).toMatchObject({ name: '现场照片.png', mime: 'image/png', size: png.length, sha256: sha(png) });

    const pdf = await pdfFile();
    const { uploadId } = await t.call('attachments.uploadBegin', { caseId, step: 'investigation', name: '笔录.pdf', size: pdf.length });
    expect((await t.fail('attachments.uploadChunk', { uploadId, offset: 100, data: pdf.subarray(100, 200).toString('base64') })).fields).toEqual(['offset']);
    await t.call('attachments.uploadChunk', { uploadId, offset: 0, data: pdf.toString('base64') });
    expect((await t.fail('attachments.uploadChunk', { uploadId, offset: pdf.length, data: Buffer.from('more').toString('base64') })).code).toBe('INVALID_INPUT');
    // The upload was dropped with the refusal: its bytes are gone.
    expect((await t.fail('attachments.uploadCommit', { uploadId })).code).toBe('UPLOAD_EXPIRED');

    const wrongHash = await t.fail('attachments.uploadCommit', {
      uploadId: (await (async () => {
        const begun = await t.call('attachments.uploadBegin', { caseId, step: 'investigation', name: '笔录.pdf', size: pdf.length, sha256: 'f'.repeat(64) });
        await t.call('attachments.uploadChunk', { uploadId: begun.uploadId, offset: 0, data: pdf.toString('base64') });
        return begun;
      })()).uploadId,
    });
    expect(wrongHash.fields).toEqual(['sha256']);
    expect((await t.call('attachments.list', { caseId })).rows.map((r) => r.name)).toEqual(['现场照片.png']);
  });

  it('shows a scan in the viewer by byte ranges without writing it anywhere, each read recorded in the audit log', async () => {
    const pdf = await pdfFile(3);
    const att = await upload('笔录.pdf', pdf);
    const bytes = await readAll(att.id, 700);
    expect(sha(bytes)).toBe(att.sha256);
    const reads = await auditEntries(t, 'attachments.read');
    expect(reads.length).toBe(Math.ceil(pdf.length / 700));
    expect(reads[0]).toMatchObject({ actorName: '李办理', recordType: 'attachment', recordId: String(att.id), result: 'ok' });
  });

  it('saves a copy out only when asked, identical to what was received, and the audit log records where it went', async () => {
    const xlsx = await xlsxFile();
    const att = await upload('损失明细.xlsx', xlsx);
    const target = join(files, 'out', '副本.xlsx');
    expect((await t.fail('attachments.save', { id: att.id })).code).toBe('HOST_UNAVAILABLE');
    host.chooseSavePath = async () => null;
    expect((await t.fail('attachments.save', { id: att.id })).code).toBe('CANCELLED');
    let asked: { suggestedName: string; extensions: string[] } | undefined;
    host.chooseSavePath = async (o) => ((asked = o), target);
    await t.fail('attachments.save', { id: att.id }).then((e) => expect(e.code).toBe('FILE_UNWRITABLE'));
    expect(readdirSync(files)).not.toContain('out');
    const outDir = join(files, 'out');
    (await import('node:fs')).mkdirSync(outDir);
    const saved = await t.call('attachments.save', { id: att.id });
    expect(asked).toEqual({ suggestedName: '损失明细.xlsx', extensions: ['xlsx'] });
    expect(saved).toEqual({ path: target, size: xlsx.length, sha256: sha(xlsx) });
    expect(readFileSync(target).equals(xlsx)).toBe(true);
    expect(readdirSync(outDir)).toEqual(['副本.xlsx']);
    const audit = await auditEntries(t, 'attachments.save');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: '李办理', recordType: 'attachment', recordId: String(att.id), detail: { path: target, sha256: sha(xlsx) } });
  });

  it('removing evidence leaves a tombstone (who, when, why) in the case history; purging drops the bytes but keeps the record and hash', async () => {
    const png = pngFile();
    const att = await upload('误传照片.png', png);
    expect((await t.fail('attachments.remove', { id: att.id, reason: '' })).code).toBe('INVALID_INPUT');
    const removed = await t.call('attachments.remove', { id: att.id, reason: '与本案无关，系误传' });
    expect(removed.removed).toEqual({ by: expect.any(String), byName: '李办理', at: '2026-11-28T01:00:00.000Z', reason: '与本案无关，系误传' });
    expect(removed.purgedAt).toBeNull();
    // Still readable until purged, for whoever must check what was removed.
    expect(sha(await readAll(att.id))).toBe(sha(png));

    const purged = await t.call('attachments.remove', { id: att.id, reason: '按保密要求清除文件内容', purge: true });
    expect(purged).toMatchObject({ sha256: sha(png), size: png.length, name: '误传照片.png', purgedAt: '2026-11-28T01:00:00.000Z' });
    expect((await t.fail('attachments.read', { id: att.id })).code).toBe('ATTACHMENT_PURGED');
    expect((await t.fail('attachments.remove', { id: att.id, reason: '再删一次', purge: true })).code).toBe('INVALID_INPUT');
    const { rows } = await t.call('attachments.list', { caseId });
    expect(rows).toHaveLength(1);
    const history = (await t.call('cases.get', { id: caseId })).events.slice(-2);
    expect(history.map((e) => [e.action, e.reason])).toEqual([
      ['attachment.remove', '与本案无关，系误传'],
      ['attachment.purge', '按保密要求清除文件内容'],
    ]);
  });

  it('asks the host for the files to add, answers clearly without a dialog, and treats a closed dialog as cancelled', async () => {
    expect((await t.fail('attachments.add', { caseId, step: 'investigation' })).code).toBe('HOST_UNAVAILABLE');
    host.chooseOpenPaths = async () => [];
    expect((await t.fail('attachments.add', { caseId, step: 'investigation' })).code).toBe('CANCELLED');
    const pdf = onDisk('举报材料.pdf', await pdfFile());
    let asked: { multiple: boolean; extensions: string[] } | undefined;
    host.chooseOpenPaths = async (o) => ((asked = o), [pdf]);
    const { added } = await t.call('attachments.add', { caseId, step: 'application' });
    expect(added[0]?.step).toBe('application');
    expect(asked).toEqual({ multiple: true, extensions: expect.arrayContaining(['pdf', 'jpg', 'jpeg', 'png', 'docx', 'xlsx', 'txt']) });
    expect((await t.fail('attachments.add', { caseId, step: 'nonsense', paths: [pdf] })).fields).toEqual(['step']);
  });

  it('keeps evidence out of reach of users outside the case unit tree', async () => {
    const att = await upload('笔录.pdf', await pdfFile());
    await as(t, 'outsider');
    expect((await t.fail('attachments.list', { caseId })).code).toBe('FORBIDDEN');
    expect((await t.fail('attachments.read', { id: att.id })).code).toBe('FORBIDDEN');
    expect((await t.fail('attachments.save', { id: att.id, path: join(files, 'x.pdf') })).code).toBe('FORBIDDEN');
    expect(existsSync(join(files, 'x.pdf'))).toBe(false);
  });

  it('leaves no plaintext of the evidence in the temporary folder after it is added, viewed, removed and purged', async () => {
    const marker = `QZMARKER-${randomBytes(12).toString('hex')}`;
    const text = Buffer.from(`谈话记录 ${marker}\n`.repeat(2000));
    const att = await upload('谈话记录.txt', text, { chunk: 4096 });
    expect((await readAll(att.id, 50_000)).includes(marker)).toBe(true);
    await t.call('attachments.remove', { id: att.id, reason: '清除测试', purge: true });
    expect(filesContaining(tmpdir(), Buffer.from(marker))).toEqual([]);
  });
});

/** Every file under `dir` holding `needle`; files vanishing mid-walk (other tests cleaning up) are skipped. */
function filesContaining(dir: string, needle: Buffer): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const name of entries) {
      const p = join(d, name);
      try {
        const s = statSync(p);
        if (s.isDirectory()) walk(p);
        else if (s.isFile() && s.size > 0 && s.size < 300 * 1024 * 1024 && readFileSync(p).includes(needle)) found.push(p);
      } catch {
        // gone or unreadable
      }
    }
  };
  walk(dir);
  return found;
}
