import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, setUp, TEST_KDF, type TestCore } from '../../support/core-fixture';
import { as, makeTeam } from '../../support/case-team';
import { exportPackage, openPackage, type PackageEntrySource, type PackageMeta } from '../../../main/package';
import { pdfFile, pngFile } from './evidence-files';
import { auditEntries, faultToleranceCase, finished, officeWithTeam, succeeded } from './ft-case';
import type { Output } from '../../../shared/ipc';

const PASSPHRASE = '交换口令Exchange2026';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let a: TestCore;
let b: TestCore;
let dir: string;
let caseId: number;

async function upload(t: TestCore, id: number, step: string, name: string, bytes: Buffer) {
  const { uploadId } = await t.call('attachments.uploadBegin', { caseId: id, step, name, size: bytes.length });
  await t.call('attachments.uploadChunk', { uploadId, offset: 0, data: bytes.toString('base64') });
  return t.call('attachments.uploadCommit', { uploadId });
}

async function readAll(t: TestCore, id: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const r = await t.call('attachments.read', { id, offset });
    const piece = Buffer.from(r.data, 'base64');
    parts.push(piece);
    offset += piece.length;
    if (r.eof) return Buffer.concat(parts);
  }
}

/** Office A: a closed case with its documents and evidence, one piece of it removed and purged. */
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qz-exchange-'));
  a = makeCore();
  const { cadre } = await officeWithTeam(a);
  caseId = await faultToleranceCase(a, cadre.id, 'closed');
  await a.call('documents.generate', { caseId, kind: 'ftRulingOpinion' });
  const first = await a.call('documents.generate', { caseId, kind: 'ftCorrectionNotice' });
  await a.call('documents.generate', { caseId, kind: 'ftCorrectionNotice', replaces: first.id });
  await upload(a, caseId, 'investigation', '谈话笔录.pdf', await pdfFile(2));
  await upload(a, caseId, 'application', '现场照片.png', pngFile(120, 80));
  const wrong = await upload(a, caseId, 'investigation', '误传.txt', Buffer.from('误传的文字材料'));
  await a.call('attachments.remove', { id: wrong.id, reason: '误传', purge: true });

  // Office B: another installation, another key, another office.
  b = makeCore();
  await setUp(b);
  await makeTeam(b);
  await as(b, 'admin');
  await b.call('office.update', { name: '涪城区纪委监委', code: '涪纪' });
  await as(b, 'officer');
});
afterEach(() => {
  a.dispose();
  b.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function exportFromA(name = 'a.qzp'): Promise<string> {
  const path = join(dir, name);
  await succeeded(a, await a.call('packages.export', { caseIds: [caseId], passphrase: PASSPHRASE, path }));
  return path;
}

async function inspectOnB(path: string, passphrase = PASSPHRASE) {
  const started = await b.call('packages.inspect', { path, passphrase });
  return { started, status: await finished(b, started) };
}

type Detail = Output<'cases.get'>;
/** A case's content as it should read the same on both installations. */
function portable(d: Detail) {
  const { id: _id, cadreId: _c, unitId: _u, originOffice: _o, updatedAt: _t, deadline: _d, ...summary } = d.summary;
  return {
    summary,
    data: d.state.data,
    history: d.state.history,
    events: d.events.filter((e) => e.action !== 'case.import').map(({ id: _, ...e }) => e),
  };
}

describe('case packages between offline installations (案件交换包)', () => {
  it('carries a case to another installation with another key: the same data, history, documents and attachment hashes, its origin shown', async () => {
    const path = await exportFromA();
    const { status } = await inspectOnB(path);
    expect(status.error).toBeNull();
    const preview = status.result!;
    if (preview.kind !== 'packageInspect') throw new Error('not a preview');
    expect(preview).toMatchObject({ office: '绵阳市纪委监委', exportedBy: '李办理', formatVersion: 1, newUnits: [] });
    expect(preview.cases).toEqual([
      expect.objectContaining({ originOffice: '绵阳市纪委监委', number: '绵纪容〔2026〕1号', caseKind: 'fault-tolerance', cadreName: '张明远', status: 'new', localId: null, documents: 3, attachments: 3 }),
    ]);
    // Inspecting writes no case data.
    expect((await b.call('cases.list', { kind: 'fault-tolerance' })).total).toBe(0);

    const imported = await succeeded(b, await b.call('packages.import', { inspectJobId: status.id }));
    if (imported.kind !== 'packageImport') throw new Error('not an import');
    expect(imported.imported.map((i) => i.number)).toEqual(['绵纪容〔2026〕1号']);
    const bId = imported.imported[0]!.caseId;

    const there = await a.call('cases.get', { id: caseId });
    const here = await b.call('cases.get', { id: bId });
    expect(portable(here)).toEqual(portable(there));
    expect(here.summary.originOffice).toBe('绵阳市纪委监委');
    expect(here.events.at(-1)).toMatchObject({ action: 'case.import', actorName: '李办理', reason: '来自绵阳市纪委监委的案件交换包（2026-11-28导出）' });

    const strip = (r: Output<'attachments.list'>['rows'][number]) => ({ name: r.name, step: r.step, mime: r.mime, size: r.size, sha256: r.sha256, removed: r.removed, purgedAt: r.purgedAt, addedByName: r.addedByName, addedAt: r.addedAt });
    const attThere = (await a.call('attachments.list', { caseId })).rows;
    const attHere = (await b.call('attachments.list', { caseId: bId })).rows;
    expect(attHere.map(strip)).toEqual(attThere.map(strip));
    const pdfHere = attHere.find((r) => r.name === '谈话笔录.pdf')!;
    expect(sha(await readAll(b, pdfHere.id))).toBe(pdfHere.sha256);
    expect((await b.fail('attachments.read', { id: attHere.find((r) => r.name === '误传.txt')!.id })).code).toBe('ATTACHMENT_PURGED');

    const docsThere = (await a.call('documents.list', { caseId })).rows;
    const docsHere = (await b.call('documents.list', { caseId: bId })).rows;
    expect(docsHere.map((d) => [d.kind, d.number, d.sha256, d.title, d.originOffice, d.supersededBy !== null])).toEqual(
      docsThere.map((d) => [d.kind, d.number, d.sha256, d.title, '绵阳市纪委监委', d.supersededBy !== null]),
    );
    expect((await b.call('documents.get', { id: docsHere[0]!.id })).docx).toBe((await a.call('documents.get', { id: docsThere[0]!.id })).docx);
    // Another office's numbers take nothing from this office's registers.
    const own = await faultToleranceCase(b, (await b.call('cadres.list', {})).rows[0]!.id, 'ruled');
    expect((await b.call('documents.generate', { caseId: own, kind: 'ftRulingOpinion', values: { 'orgDept.name': '中共绵阳市涪城区委组织部' } })).number).toBe('涪纪容认〔2026〕1号');

    // The same package again: the case is recognised, the same, and nothing is imported twice.
    const again = await inspectOnB(path);
    if (again.status.result?.kind !== 'packageInspect') throw new Error('not a preview');
    expect(again.status.result.cases.map((c) => [c.status, c.localId])).toEqual([['same', bId]]);
    const second = await succeeded(b, await b.call('packages.import', { inspectJobId: again.status.id }));
    expect(second).toMatchObject({ imported: [], skipped: [{ number: '绵纪容〔2026〕1号', status: 'same' }] });
    const entries = await auditEntries(b, 'packages.import');
    expect(entries.map((e) => [e.result, e.detail?.office, e.detail?.imported, e.detail?.skipped]).sort()).toEqual([
      ['ok', '绵阳市纪委监委', [], ['绵纪容〔2026〕1号']],
      ['ok', '绵阳市纪委监委', ['绵纪容〔2026〕1号'], []],
    ]);
  });

  it('shows a case that changed since it was brought in as different, and leaves the copy here as it is', async () => {
    const { status } = await inspectOnB(await exportFromA());
    await succeeded(b, await b.call('packages.import', { inspectJobId: status.id }));
    await a.call('documents.generate', { caseId, kind: 'ftResultNotice' });
    const later = await inspectOnB(await exportFromA('later.qzp'));
    if (later.status.result?.kind !== 'packageInspect') throw new Error('not a preview');
    expect(later.status.result.cases[0]?.status).toBe('differs');
    expect(await succeeded(b, await b.call('packages.import', { inspectJobId: later.status.id }))).toMatchObject({ imported: [], skipped: [{ status: 'differs' }] });
  });

  it('exports every case of a type in the officer’s scope when none is chosen, and the audit log names them', async () => {
    await faultToleranceCase(a, (await a.call('cadres.list', {})).rows[0]!.id, 'application');
    const result = await succeeded(a, await a.call('packages.export', { kind: 'fault-tolerance', passphrase: PASSPHRASE, path: join(dir, 'all.qzp') }));
    expect(result).toMatchObject({ kind: 'packageExport', cases: 2, documents: 3, attachments: 3 });
    expect((await a.fail('packages.export', { kind: 'clearance', passphrase: PASSPHRASE, path: join(dir, 'none.qzp') })).code).toBe('NOT_FOUND');
    const [entry] = await auditEntries(a, 'packages.export');
    expect(entry).toMatchObject({ actorName: '李办理', detail: { cases: 2, numbers: ['绵纪容〔2026〕1号', '绵纪容〔2026〕2号'], path: join(dir, 'all.qzp') } });
  });

  it('asks for a passphrase of at least 10 characters with letters and digits, and says so', async () => {
    const weak = await a.fail('packages.export', { caseIds: [caseId], passphrase: 'short1', path: join(dir, 'x.qzp') });
    expect(weak).toMatchObject({ code: 'PACKAGE_WEAK_PASSPHRASE', fields: ['passphrase'] });
    expect(weak.message['zh-CN']).toBe('交换包口令至少 10 位，且须同时包含字母和数字。');
    expect((await a.fail('packages.export', { caseIds: [caseId], passphrase: '1234567890123', path: join(dir, 'x.qzp') })).code).toBe('PACKAGE_WEAK_PASSPHRASE');
  });

  describe('refuses the whole package, writing no case data, when', () => {
    async function refused(path: string, code: string, passphrase = PASSPHRASE) {
      const { status } = await inspectOnB(path, passphrase);
      expect(status.state).toBe('failed');
      expect(status.error?.code).toBe(code);
      expect((await b.call('cases.list', { kind: 'fault-tolerance' })).total).toBe(0);
      expect((await b.fail('packages.import', { inspectJobId: status.id })).code).toBe('NOT_FOUND');
      return status;
    }

    it('the passphrase is wrong, and the refusal is in the audit log', async () => {
      const path = await exportFromA();
      await refused(path, 'PACKAGE_BAD_PASSPHRASE', '错误的口令Wrong2026');
      const [entry] = await auditEntries(b, 'packages.inspect');
      expect(entry).toMatchObject({ result: 'refused', actorName: '李办理', detail: { code: 'PACKAGE_BAD_PASSPHRASE', path } });
    });

    it('a byte of the file was changed on the way', async () => {
      const path = await exportFromA();
      const bytes = readFileSync(path);
      bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
      writeFileSync(path, bytes);
      await refused(path, 'PACKAGE_TAMPERED');
    });

    it('its case records and its files disagree (a record altered before it was sealed)', async () => {
      const path = await repack(await exportFromA(), (entries) => {
        const blob = entries.find((e) => e.name.startsWith('blobs/') && e.bytes.subarray(0, 4).toString('latin1') === '%PDF')!;
        blob.bytes = Buffer.concat([blob.bytes, Buffer.from('%% appended')]);
      });
      await refused(path, 'PACKAGE_TAMPERED');
    });

    it('it was made by a newer version of the case format', async () => {
      await refused(await repack(await exportFromA(), () => undefined, { formatVersion: 2 }), 'PACKAGE_VERSION');
    });

    it('it holds something other than cases', async () => {
      await refused(await repack(await exportFromA(), () => undefined, { content: 'qingzheng.audit' }), 'PACKAGE_FORMAT');
    });

    it('a case was ruled on a catalog version that reads differently here', async () => {
      const path = await repack(await exportFromA(), (entries) => {
        const entry = entries.find((e) => e.name.startsWith('cases/'))!;
        const record = JSON.parse(entry.bytes.toString('utf8'));
        record.catalog.situations[0] = { id: 'reformPilot', label: { 'zh-CN': '本地改写的情形', en: 'Rewritten locally' } };
        entry.bytes = Buffer.from(JSON.stringify(record));
      });
      const status = await refused(path, 'CATALOG_MISMATCH');
      expect(status.error?.params).toMatchObject({ number: '绵纪容〔2026〕1号', version: 1 });
    });

    it('a case of another origin already holds its number here', async () => {
      await as(b, 'admin');
      await b.call('office.update', { name: '涪城区纪委监委', code: '绵纪' });
      await as(b, 'officer');
      await faultToleranceCase(b, (await b.call('cadres.list', {})).rows[0]!.id, 'application');
      const { status } = await inspectOnB(await exportFromA());
      expect(status.error).toMatchObject({ code: 'CASE_NUMBER_TAKEN', params: { number: '绵纪容〔2026〕1号' } });
      expect((await b.call('cases.list', { kind: 'fault-tolerance' })).total).toBe(1);
    });
  });
});

/** Opens a real package, lets the test change its entries or meta, and seals it again as the exporter would. */
async function repack(path: string, change: (entries: { name: string; bytes: Buffer }[]) => void, meta: Partial<PackageMeta> = {}): Promise<string> {
  const pkg = await openPackage(path, PASSPHRASE);
  const entries: { name: string; bytes: Buffer }[] = [];
  for (const e of pkg.manifest.entries) {
    const parts: Buffer[] = [];
    for await (const piece of pkg.read(e.name)) parts.push(piece);
    entries.push({ name: e.name, bytes: Buffer.concat(parts) });
  }
  const original = pkg.meta;
  await pkg.close();
  change(entries);
  const out = `${path}.repacked.qzp`;
  await exportPackage({
    outFile: out,
    passphrase: PASSPHRASE,
    meta: { ...original, ...meta },
    entries: entries.map((e): PackageEntrySource => ({ name: e.name, size: e.bytes.length, open: () => Readable.from([e.bytes]) })),
    kdf: TEST_KDF,
  });
  return out;
}
