import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGbt9704Docx, GBT9704_LAYOUT } from '../../../main/documents';
import { defaultTemplate, renderTemplate, sampleValues } from '../../../shared/documents';
import { attr, docxParts, paragraphsWith, textOf } from './docx-parts';

const MM = 1440 / 25.4;

async function issue(kind: Parameters<typeof defaultTemplate>[0]) {
  const file = await buildGbt9704Docx(renderTemplate(defaultTemplate(kind), sampleValues()));
  return { file, parts: await docxParts(file.bytes) };
}

describe('a ruling (认定意见书) laid out as GB/T 9704', () => {
  let file: Awaited<ReturnType<typeof issue>>['file'];
  let doc: string;
  let styles: string;
  let parts: Map<string, string>;

  beforeAll(async () => {
    ({ file, parts } = await issue('ftRulingOpinion'));
    doc = parts.get('word/document.xml') ?? '';
    styles = parts.get('word/styles.xml') ?? '';
  });

  it('is on A4 paper, 210 × 297 mm', () => {
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(doc, 'w:pgSz', 'w:h')).toBe('16838');
  });

  it('has margins of 37 mm top, 28 mm left, 35 mm bottom and 26 mm right, leaving a 156 × 225 mm type area', () => {
    const margin = (side: string) => Number(attr(doc, 'w:pgMar', `w:${side}`));
    expect(margin('top')).toBe(Math.round(37 * MM));
    expect(margin('left')).toBe(Math.round(28 * MM));
    expect(margin('bottom')).toBe(Math.round(35 * MM));
    expect(margin('right')).toBe(Math.round(26 * MM));
    expect((11906 - margin('left') - margin('right')) / MM).toBeCloseTo(156, 0);
    expect((16838 - margin('top') - margin('bottom')) / MM).toBeCloseTo(225, 0);
  });

  it('fits exactly 22 lines on a page through the line grid', () => {
    const pitch = Number(attr(doc, 'w:docGrid', 'w:linePitch'));
    expect(attr(doc, 'w:docGrid', 'w:type')).toBe('lines');
    expect(pitch).toBe(579);
    expect(pitch / 20).toBeCloseTo(28.95, 2);
    expect(Math.floor(GBT9704_LAYOUT.typeArea.height / pitch)).toBe(22);
  });

  it('fits exactly 28 characters of 三号 on a line', () => {
    const body = paragraphsWith(doc, '容错不是纵错')[0] ?? '';
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(body)?.[1]);
    expect(spacing).toBe(-5);
    const pitchPt = 16 + spacing / 20;
    const lineWidthPt = GBT9704_LAYOUT.typeArea.width / 20;
    expect(Math.floor(lineWidthPt / pitchPt)).toBe(28);
  });

  it('sets the title in 小标宋, size 2 (22 pt), centred', () => {
    const title = paragraphsWith(doc, '认定意见书')[0] ?? '';
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
  });

  it('sets the body in 仿宋, size 3 (16 pt), first line indented two characters', () => {
    const body = paragraphsWith(doc, '容错不是纵错')[0] ?? '';
    expect(attr(body, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(body, 'w:sz', 'w:val')).toBe('32');
    expect(attr(body, 'w:ind', 'w:firstLineChars')).toBe('200');
    const normal = /<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(attr(normal, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(normal, 'w:sz', 'w:val')).toBe('32');
  });

  it('declares a fallback for each Chinese font it references', () => {
    const fonts = parts.get('word/fontTable.xml') ?? '';
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('prints the issuing office in red with the document number in 〔〕 centred under it and a red line', () => {
    const mark = paragraphsWith(doc, '中共清河市纪律检查委员会')[0] ?? '';
    expect(attr(mark, 'w:color', 'w:val')).toBe('FF0000');
    const number = paragraphsWith(doc, '清纪〔2026〕15号')[0] ?? '';
    expect(textOf(number)).toBe('清纪〔2026〕15号');
    expect(attr(number, 'w:jc', 'w:val')).toBe('center');
    expect(number).toMatch(/<w:pBdr><w:bottom [^>]*w:color="FF0000"/);
  });

  it('addresses the recipient flush left with a full-width colon', () => {
    const recipient = paragraphsWith(doc, '中共清河市发展和改革委员会党组：')[0] ?? '';
    expect(textOf(recipient)).toBe('中共清河市发展和改革委员会党组：');
    expect(recipient).not.toContain('w:firstLineChars');
  });

  it('writes the date as 2026年11月28日, right-aligned under the signature', () => {
    const paras = doc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    const dateAt = paras.findIndex((p) => textOf(p) === '2026年11月28日');
    expect(dateAt).toBeGreaterThan(0);
    expect(textOf(paras[dateAt - 1] ?? '')).toBe('中共清河市纪律检查委员会');
    expect(attr(paras[dateAt] ?? '', 'w:jc', 'w:val')).toBe('right');
  });

  it('numbers pages “— N —” in 四号 宋体, odd pages on the right and even pages on the left', () => {
    expect(parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [...parts.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(attr(footer, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
      expect(attr(footer, 'w:sz', 'w:val')).toBe('28');
    }
    const sides = footers.map((f) => attr(f, 'w:jc', 'w:val')).sort();
    expect(sides).toEqual(['left', 'right']);
  });

  it('fills every placeholder: no braces reach the document', () => {
    expect(textOf(doc)).not.toMatch(/[{}]/);
    expect(textOf(doc)).toContain('对李明同志在市产业园区标准厂房项目配套资金拨付程序不规范问题中的失误，予以容错，免予问责。');
    expect(textOf(doc)).toContain('2027年1月15日前完成');
  });

  it('comes with the SHA-256 of exactly its bytes', () => {
    expect(file.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('forms as tables', () => {
  it('lays out the clearance approval form (审批表) as a type-area-wide table in 仿宋', async () => {
    const { parts } = await issue('cqApprovalForm');
    const doc = parts.get('word/document.xml') ?? '';
    expect(doc).toContain('<w:tbl>');
    expect(attr(doc, 'w:tblW', 'w:w')).toBe(String(GBT9704_LAYOUT.typeArea.width));
    const cell = /<w:tc>[\s\S]*?<\/w:tc>/.exec(doc.slice(doc.indexOf('被举报人') - 2000))?.[0] ?? '';
    expect(attr(cell, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(textOf(doc)).toContain('经核实失实的具体问题');
    expect(textOf(doc)).toContain('不作为对被举报人的全面评价');
  });

  it('writes one index row per document in the case file (卷内目录)', async () => {
    const { parts } = await issue('fileIndex');
    const doc = parts.get('word/document.xml') ?? '';
    const rows = doc.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(1 + 4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(textOf(rows[4] ?? '')).toContain('清纪〔2026〕15号');
    expect(textOf(rows[4] ?? '')).toContain('20261120');
  });
});

describe('templates an administrator edited', () => {
  it('print the edited wording, not the default', async () => {
    const template = defaultTemplate('cqClearanceLetter');
    template.paragraphs[3] = { style: 'body', text: '请你单位于{{clearance.date|date}}召开澄清会，当面宣读本函。' };
    const { parts } = await (async () => {
      const f = await buildGbt9704Docx(renderTemplate(template, sampleValues()));
      return { parts: await docxParts(f.bytes) };
    })();
    const text = textOf(parts.get('word/document.xml') ?? '');
    expect(text).toContain('请你单位于2026年9月18日召开澄清会，当面宣读本函。');
    expect(text).not.toContain('引导干部群众正确看待');
  });
});
