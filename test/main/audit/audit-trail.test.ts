import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, TEST_KDF, type TestCore } from '../../support/core-fixture';
import { checkAuditXlsx } from '../../../main/audit/audit-export-check';
import { createCore } from '../../../main/core';
import { separatedOffice, signInAs, type SeparatedOffice } from '../security/separated-office';
import { dataKeyOf, openWithKey } from '../security/raw-database';

let t: TestCore;
let o: SeparatedOffice;
let outDir: string;
beforeEach(async () => {
  t = makeCore();
  o = await separatedOffice(t);
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-audit-out-'));
});
afterEach(() => {
  t.dispose();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the auditor’s view of the trail', () => {
  it('filters by user, action, record and period', async () => {
    await signInAs(t, 'officer');
    await t.call('cases.get', { id: o.own.caseId });
    await signInAs(t, 'auditor');
    const byUser = await t.call('audit.list', { actorId: o.users.officer, pageSize: 200 });
    expect(byUser.rows.every((r) => r.actorId === o.users.officer)).toBe(true);
    expect(byUser.total).toBeGreaterThan(2);

    const reads = await t.call('audit.list', { action: 'cases.get' });
    expect(reads.rows).toEqual([expect.objectContaining({ actorName: '李办理', recordType: 'cases', recordId: String(o.own.caseId), result: 'ok' })]);

    const record = await t.call('audit.list', { recordType: 'user', recordId: o.users.secadmin });
    expect(record.rows.map((r) => r.action)).toContain('users.create');
    expect(record.rows.every((r) => r.recordId === o.users.secadmin)).toBe(true);

    const all = await t.call('audit.list', { pageSize: 200 });
    const oldest = all.rows.at(-1)!.at;
    const newest = all.rows[0].at;
    expect((await t.call('audit.list', { from: newest, pageSize: 200 })).rows.every((r) => r.at >= newest)).toBe(true);
    expect((await t.call('audit.list', { to: oldest, pageSize: 200 })).rows.every((r) => r.at <= oldest)).toBe(true);
    expect((await t.call('audit.list', { from: '2000-01-01T00:00:00.000Z', to: '2000-12-31T00:00:00.000Z' })).total).toBe(0);
  });

  it('every opening of a case or a cadre is recorded with who opened which record, and a refused one as refused', async () => {
    await signInAs(t, 'officer');
    await t.call('cadres.get', { id: o.own.cadreId });
    await t.call('cases.get', { id: o.own.caseId });
    expect((await t.fail('cases.get', { id: o.other.caseId })).code).toBe('FORBIDDEN');
    await signInAs(t, 'auditor');
    const rows = (await t.call('audit.list', { actorId: o.users.officer, pageSize: 5 })).rows;
    expect(rows.slice(1, 4).map((r) => [r.action, r.recordId, r.result])).toEqual([
      ['cases.get', null, 'refused'],
      ['cases.get', String(o.own.caseId), 'ok'],
      ['cadres.get', String(o.own.cadreId), 'ok'],
    ]);
    expect(rows[1].detail).toMatchObject({ id: o.other.caseId });
  });
});

describe('exporting the trail', () => {
  it('writes the selected entries to XLSX with each entry’s hashes and the chain head, and the export itself is recorded', async () => {
    await signInAs(t, 'auditor');
    const head = await t.call('audit.verify', {});
    const file = path.join(outDir, '审计日志.xlsx');
    const selection = (await t.call('audit.list', { action: 'auth.changePassword', pageSize: 200 })).rows.map((r) => r.seq);
    const out = await t.call('audit.export', { action: 'auth.changePassword', path: file });
    expect(out).toMatchObject({ path: file, rows: selection.length, headHash: head.headHash });
    expect(out!.headSeq).toBe(head.entries);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    expect(String(sheet.getRow(1).getCell(1).value)).toContain(head.headHash!);
    const seqs = [];
    for (let r = 3; r <= sheet.rowCount; r++) seqs.push(sheet.getRow(r).getCell(1).value);
    expect(seqs).toEqual([...selection].sort((a, b) => a - b));

    const check = await t.call('audit.checkFile', { path: file });
    expect(check).toMatchObject({ ok: true, rows: selection.length, brokenAt: null, consecutive: false });

    const recorded = (await t.call('audit.list', { action: 'audit.export' })).rows[0];
    expect(recorded).toMatchObject({ actorId: o.users.auditor, result: 'ok', detail: { rows: selection.length, headHash: head.headHash, fileSha256: out!.fileSha256 } });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('exports exactly the entries picked by number', async () => {
    await signInAs(t, 'auditor');
    const out = await t.call('audit.export', { seqs: [3, 1, 5], path: path.join(outDir, 'picked.xlsx') });
    expect(out!.rows).toBe(3);
    expect(await t.call('audit.checkFile', { path: out!.path })).toMatchObject({ ok: true, firstSeq: 1, lastSeq: 5 });
  });

  it('a file changed after export fails the check at the changed entry', async () => {
    await signInAs(t, 'auditor');
    const file = path.join(outDir, 'all.xlsx');
    await t.call('audit.export', { path: file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    const signedCol = 10;
    const row = sheet.getRow(6);
    row.getCell(signedCol).value = String(row.getCell(signedCol).value).replace('"ok"', '"refused"');
    await wb.xlsx.writeFile(file);
    expect(await t.call('audit.checkFile', { path: file })).toMatchObject({ ok: false, brokenAt: row.getCell(1).value });
    fs.writeFileSync(path.join(outDir, 'not-ours.xlsx'), 'PK\u0003\u0004 not a workbook');
    expect((await t.fail('audit.checkFile', { path: path.join(outDir, 'not-ours.xlsx') })).code).toBe('AUDIT_FILE_UNREADABLE');
  });

  it('refuses a relative path, another file type, a missing folder, a link, and the data folder itself; nothing is written or recorded', async () => {
    await signInAs(t, 'auditor');
    fs.symlinkSync(path.join(outDir, 'elsewhere.xlsx'), path.join(outDir, 'link.xlsx'));
    const before = (await t.call('audit.verify', {})).entries;
    for (const bad of ['audit.xlsx', path.join(outDir, 'audit.csv'), path.join(outDir, 'missing', 'a.xlsx'), path.join(outDir, 'link.xlsx'), path.join(t.dir, 'a.xlsx'), path.join(t.dir, 'qingzheng.db'), path.join(outDir, 'NUL.xlsx'), path.join(outDir, '.xlsx')]) {
      expect(await t.fail('audit.export', { path: bad }), bad).toMatchObject({ code: 'EXPORT_PATH_REFUSED', fields: ['path'] });
    }
    expect(fs.readdirSync(outDir)).toEqual(['link.xlsx']);
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
    expect((await t.call('audit.verify', {})).entries).toBe(before);
  });

  it('asks where to save when no path is given; a cancelled dialog writes and records nothing', async () => {
    await signInAs(t, 'auditor');
    expect((await t.fail('audit.export', {})).code).toBe('INVALID_INPUT');
    let answer: string | null = path.join(outDir, 'chosen.xlsx');
    const asked: string[] = [];
    t.core.close();
    t.core = createCore({
      dataDir: t.dir,
      kdf: TEST_KDF,
      now: () => t.clock.now,
      host: { chooseSavePath: async (o) => (asked.push(o.suggestedName), answer) },
    });
    await signInAs(t, 'auditor');
    expect((await t.call('audit.export', {}))!.path).toBe(answer);
    expect(asked[0]).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const entries = (await t.call('audit.verify', {})).entries;
    answer = null;
    expect(await t.call('audit.export', {})).toBeNull();
    expect(fs.readdirSync(outDir)).toEqual(['chosen.xlsx']);
    expect((await t.call('audit.verify', {})).entries).toBe(entries);
  });
});

describe('retention and archiving', () => {
  it('keeps at least 180 days', async () => {
    await signInAs(t, 'auditor');
    expect((await t.fail('audit.updateSettings', { retentionDays: 179 })).code).toBe('INVALID_INPUT');
    expect(await t.call('audit.updateSettings', { retentionDays: 180 })).toMatchObject({ retentionDays: 180, minRetentionDays: 180, archivedThrough: null });
    expect((await t.call('audit.list', { action: 'audit.updateSettings' })).rows[0].detail).toEqual({ retentionDays: 180 });
  });

  it('archives nothing younger than the retention period', async () => {
    await signInAs(t, 'auditor');
    expect((await t.call('audit.settings', {})).archivable).toBe(0);
    expect((await t.fail('audit.archive', { path: path.join(outDir, 'a.xlsx') })).code).toBe('AUDIT_NOTHING_TO_ARCHIVE');
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('moves old entries to an archive file whose chain ends where the live trail begins, and verification starts there', async () => {
    await signInAs(t, 'auditor');
    const before = await t.call('audit.verify', {});
    t.clock.advance(400 * 86_400_000);
    await signInAs(t, 'auditor');
    const settings = await t.call('audit.settings', {});
    expect(settings.archivable).toBeGreaterThan(10);
    const file = path.join(outDir, 'archive-1.xlsx');
    const out = await t.call('audit.archive', { path: file });
    expect(out!.rows).toBe(settings.archivable);

    // The file holds the whole run from the genesis, linked entry to entry, ending at the anchor.
    const check = await checkAuditXlsx(file, { seq: 0, hash: '0'.repeat(64) });
    expect(check).toMatchObject({ ok: true, consecutive: true, firstSeq: 1, last: { seq: out!.throughSeq } });
    const anchor = (await t.call('audit.settings', {})).archivedThrough!;
    expect(anchor).toMatchObject({ seq: out!.throughSeq, hash: check.last!.hash, rows: out!.rows, fileSha256: out!.fileSha256 });

    const after = await t.call('audit.verify', {});
    expect(after).toMatchObject({ ok: true, brokenAt: null, archivedThrough: out!.throughSeq });
    expect(after.entries).toBe(before.entries + 2 - out!.rows + 1);
    const live = await t.call('audit.list', { pageSize: 200 });
    expect(Math.min(...live.rows.map((r) => r.seq))).toBe(out!.throughSeq + 1);
    expect(live.rows[0]).toMatchObject({ action: 'audit.archive', detail: { throughSeq: out!.throughSeq, fileSha256: out!.fileSha256 } });
  });

  it('refuses to archive a chain that does not verify', async () => {
    await signInAs(t, 'auditor');
    t.clock.advance(400 * 86_400_000);
    await signInAs(t, 'auditor');
    // What an attacker with the key would do: the break must stop archiving, not be archived away.
    const raw = openWithKey(t.dir, await dataKeyOf(t.dir, 'zhoushenji', 'Auditor2026own'));
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET actor_name = '某人' WHERE seq = 4").run();
    raw.close();
    expect(await t.fail('audit.archive', { path: path.join(outDir, 'a.xlsx') })).toMatchObject({ code: 'AUDIT_CHAIN_BROKEN', params: { brokenAt: 4 } });
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
