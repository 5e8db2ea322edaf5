import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../support/core-fixture';
import { as } from '../../support/case-team';
import { attr, docxParts, paragraphsWith, textOf } from '../documents/docx-parts';
import { ACCOUNTABILITY_VALUES, faultToleranceCase, officeWithTeam } from './ft-case';
import { defaultTemplate } from '../../../shared/documents';

const MM = 1440 / 25.4;

let t: TestCore;
let cadreId: number;
beforeEach(async () => {
  t = makeCore();
  cadreId = (await officeWithTeam(t)).cadre.id;
});
afterEach(() => t.dispose());

async function docxText(id: number) {
  const got = await t.call('documents.get', { id });
  const bytes = Buffer.from(got.docx, 'base64');
  const parts = await docxParts(bytes);
  return { got, bytes, xml: parts.get('word/document.xml') ?? '', text: textOf(parts.get('word/document.xml') ?? '') };
}

describe('formal documents of a case (文书), generated from its data', () => {
  it('lays the 认定意见书 of a ruled case out as GB/T 9704: A4, margins, 小标宋 and 仿宋 at size 2 and 3, 〔〕 number, 2026年11月28日', async () => {
    const id = await faultToleranceCase(t, cadreId, 'ruled');
    const doc = await t.call('documents.generate', { caseId: id, kind: 'ftRulingOpinion' });
    expect(doc).toMatchObject({ kind: 'ftRulingOpinion', number: '绵纪容认〔2026〕1号', issuedOn: '2026-11-28', templateVersion: 1, title: '关于张明远同志容错纠错申请的认定意见书' });
    const { bytes, xml, text } = await docxText(doc.id);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);

    expect(attr(xml, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(xml, 'w:pgSz', 'w:h')).toBe('16838');
    expect(Number(attr(xml, 'w:pgMar', 'w:top'))).toBe(Math.round(37 * MM));
    expect(Number(attr(xml, 'w:pgMar', 'w:left'))).toBe(Math.round(28 * MM));
    const title = paragraphsWith(xml, '认定意见书')[0] ?? '';
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    const body = paragraphsWith(xml, '容错不是纵错')[0] ?? '';
    expect(attr(body, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(body, 'w:sz', 'w:val')).toBe('32');

    const number = paragraphsWith(xml, '绵纪容认〔2026〕1号')[0] ?? '';
    expect(attr(number, 'w:jc', 'w:val')).toBe('center');
    expect(text).toContain('绵阳市纪委监委');
    expect(paragraphsWith(xml, '2026年11月28日').length).toBeGreaterThan(0);
    // The case's own data, in the document's words.
    expect(text).toContain('张明远同志：');
    expect(text).toContain('2026年11月2日');
    expect(text).toContain('县纪委常委会');
    expect(text).toContain('第四项“经集体民主决策程序作出的决定，在执行中出现偏差失误”');
    expect(text).toContain('予以容错，免予问责');
    expect(text).toContain('2026年12月31日前完成');
    expect(text).toContain('自收到本意见书之日起15日内');
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('makes every document the case has reached, once the officer supplies what the case does not record, and names what is missing', async () => {
    const id = await faultToleranceCase(t, cadreId, 'closed');
    const { kinds } = await t.call('documents.kinds', { caseId: id });
    const callsFor = kinds.filter((k) => k.available && k.step !== 'filing').map((k) => k.kind);
    expect(callsFor).toEqual(['ftApplicationForm', 'ftAcceptanceNotice', 'ftInvestigationReport', 'ftRulingOpinion', 'ftResultNotice', 'ftFilingLetter', 'ftCorrectionNotice']);
    expect(kinds.find((k) => k.kind === 'ftRefusalNotice')?.available).toBe(false);
    expect(kinds.find((k) => k.kind === 'ftApplicationForm')?.missing).toEqual(['accountability.organ', 'accountability.startDate']);

    const missing = await t.fail('documents.generate', { caseId: id, kind: 'ftApplicationForm' });
    expect(missing).toMatchObject({ code: 'TEMPLATE_VALUE_MISSING', params: { placeholder: 'accountability.organ', document: '容错纠错申请表' } });
    expect(missing.fields).toEqual(['values.accountability.organ', 'values.accountability.startDate']);
    expect(missing.message['zh-CN']).toContain('“容错纠错申请表”还缺少');

    const first = await t.call('documents.generate', { caseId: id, kind: 'ftApplicationForm', values: ACCOUNTABILITY_VALUES });
    expect((await docxText(first.id)).text).toContain('中共某县纪律检查委员会，2026年10月15日');
    // What was supplied once is offered again for the case's other documents.
    const after = await t.call('documents.kinds', { caseId: id });
    expect(after.supplied).toEqual(ACCOUNTABILITY_VALUES);
    expect(after.kinds.filter((k) => k.available).flatMap((k) => k.missing)).toEqual([]);
    for (const kind of callsFor.slice(1)) {
      const doc = await t.call('documents.generate', { caseId: id, kind });
      const { text } = await docxText(doc.id);
      expect(text, kind).not.toMatch(/\{\{/);
      expect(text, kind).toContain('张明远');
    }
    expect((await t.call('documents.list', { caseId: id })).rows).toHaveLength(callsFor.length);
  });

  it('refuses a document the case has not reached, and a supplied value of the wrong kind', async () => {
    const id = await faultToleranceCase(t, cadreId, 'application');
    const { kinds } = await t.call('documents.kinds', { caseId: id });
    expect(kinds.filter((k) => k.available).map((k) => k.kind)).toEqual(['ftApplicationForm', 'fileCover', 'fileIndex']);
    expect((await t.fail('documents.generate', { caseId: id, kind: 'ftRulingOpinion' })).code).toBe('DOCUMENT_NOT_AVAILABLE');
    expect((await t.fail('documents.generate', { caseId: id, kind: 'cqClearanceLetter' })).code).toBe('DOCUMENT_NOT_AVAILABLE');
    expect((await t.fail('documents.generate', { caseId: id, kind: 'fileCover' })).code).toBe('DOCUMENT_NOT_AVAILABLE');
    const bad = await t.fail('documents.generate', { caseId: id, kind: 'ftApplicationForm', values: { 'accountability.startDate': '十月', 'document.number': 'x' } });
    expect(bad.fields).toEqual(['values.accountability.startDate', 'values.document.number']);
  });

  it('numbers documents per office, kind and year, never twice, and shows each number in the case history', async () => {
    const a = await faultToleranceCase(t, cadreId, 'ruled');
    const b = await faultToleranceCase(t, cadreId, 'ruled');
    const r1 = await t.call('documents.generate', { caseId: a, kind: 'ftRulingOpinion' });
    // A document that cannot be made takes no number.
    expect((await t.fail('documents.generate', { caseId: b, kind: 'ftFilingLetter' })).code).toBe('TEMPLATE_VALUE_MISSING');
    const r2 = await t.call('documents.generate', { caseId: b, kind: 'ftRulingOpinion' });
    const n1 = await t.call('documents.generate', { caseId: b, kind: 'ftAcceptanceNotice' });
    expect([r1.number, r2.number, n1.number]).toEqual(['绵纪容认〔2026〕1号', '绵纪容认〔2026〕2号', '绵纪容受〔2026〕1号']);

    // A correction keeps the number of the document it corrects; the register moves on for the next one.
    const corrected = await t.call('documents.generate', { caseId: a, kind: 'ftRulingOpinion', replaces: r1.id });
    expect(corrected).toMatchObject({ number: '绵纪容认〔2026〕1号', replacesId: r1.id });
    expect((await t.call('documents.list', { caseId: a })).rows.find((d) => d.id === r1.id)?.supersededBy).toBe(corrected.id);
    expect((await t.fail('documents.generate', { caseId: a, kind: 'ftRulingOpinion', replaces: r1.id })).fields).toEqual(['replaces']);
    expect((await t.call('documents.generate', { caseId: a, kind: 'ftRulingOpinion' })).number).toBe('绵纪容认〔2026〕3号');

    const history = (await t.call('cases.get', { id: a })).events.filter((e) => e.action.startsWith('document.'));
    expect(history.map((e) => [e.action, e.reason])).toEqual([
      ['document.generate', '关于张明远同志容错纠错申请的认定意见书（绵纪容认〔2026〕1号）'],
      ['document.correct', '关于张明远同志容错纠错申请的认定意见书（绵纪容认〔2026〕1号）'],
      ['document.generate', '关于张明远同志容错纠错申请的认定意见书（绵纪容认〔2026〕3号）'],
    ]);
    // Later documents cite the latest ruling's number.
    const notice = await t.call('documents.generate', { caseId: a, kind: 'ftCorrectionNotice' });
    expect((await docxText(notice.id)).text).toContain('（绵纪容认〔2026〕3号）');
  });

  it('an edited template produces the edited text, while a document issued earlier keeps the text it went out with', async () => {
    const id = await faultToleranceCase(t, cadreId, 'accepted');
    const before = await t.call('documents.generate', { caseId: id, kind: 'ftAcceptanceNotice' });
    const original = await docxText(before.id);

    await as(t, 'admin');
    const template = defaultTemplate('ftAcceptanceNotice');
    template.paragraphs.splice(3, 0, { style: 'body', text: '请于接到本通知之日起5个工作日内，将相关证明材料报送我委案件审理室。' });
    const saved = await t.call('templates.update', { kind: 'ftAcceptanceNotice', template });
    expect(saved.version).toBe(2);
    expect(saved.versions.map((v) => v.version)).toEqual([1, 2]);

    await as(t, 'officer');
    const after = await t.call('documents.generate', { caseId: id, kind: 'ftAcceptanceNotice' });
    expect(after.templateVersion).toBe(2);
    expect((await docxText(after.id)).text).toContain('将相关证明材料报送我委案件审理室');

    const again = await docxText(before.id);
    expect(again.got.document.templateVersion).toBe(1);
    expect(again.text).toBe(original.text);
    expect(again.text).not.toContain('案件审理室');
    expect(again.got.rendered.paragraphs.map((p) => p.text).join('')).not.toContain('案件审理室');
    expect((await t.call('templates.get', { kind: 'ftAcceptanceNotice', version: 1 })).template).toEqual(defaultTemplate('ftAcceptanceNotice'));
  });

  it('lets only an administrator change templates, and refuses a template with an unknown placeholder, naming the field', async () => {
    const template = defaultTemplate('ftRulingOpinion');
    expect((await t.fail('templates.update', { kind: 'ftRulingOpinion', template })).code).toBe('FORBIDDEN');
    await as(t, 'admin');
    template.paragraphs[0]!.text = '{{cadre.nickname}}同志：';
    const err = await t.fail('templates.update', { kind: 'ftRulingOpinion', template });
    expect(err.code).toBe('TEMPLATE_INVALID');
    expect(err.fields).toEqual(['template.paragraphs.0.text']);
    expect((await t.fail('templates.update', { kind: 'ftRefusalNotice', template: defaultTemplate('ftRulingOpinion') })).fields).toEqual(['template.kind']);
    const list = await t.call('templates.list', {});
    expect(list.rows).toHaveLength(16);
    expect(list.rows.every((r) => r.version === 1)).toBe(true);
  });

  it('writes an issued DOCX out on request, exactly as stored, and records it in the audit log', async () => {
    const id = await faultToleranceCase(t, cadreId, 'ruled');
    const doc = await t.call('documents.generate', { caseId: id, kind: 'ftRulingOpinion' });
    const dir = mkdtempSync(join(tmpdir(), 'qz-docs-'));
    try {
      const saved = await t.call('documents.save', { id: doc.id, path: join(dir, '认定意见书.docx') });
      expect(saved.sha256).toBe(doc.sha256);
      expect(createHash('sha256').update(readFileSync(saved.path)).digest('hex')).toBe(doc.sha256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
