import { describe, expect, it } from 'vitest';
import { buildGbt9704Docx } from '../../../main/documents';
import {
  DOCUMENT_KIND_KEYS,
  DOCUMENT_KINDS,
  defaultTemplate,
  documentKindsFor,
  renderTemplate,
  sampleValues,
  validateTemplate,
} from '../../../shared/documents';
import { translate } from '../../../shared/i18n';
import { docxParts, textOf } from './docx-parts';

describe('the documents the product issues', () => {
  it('are the sixteen of the domain reference, each named in both languages', () => {
    expect(DOCUMENT_KINDS).toHaveLength(16);
    for (const kind of DOCUMENT_KINDS) {
      expect(translate('zh-CN', kind.nameKey)).not.toBe(kind.nameKey);
      expect(translate('en', kind.nameKey)).not.toBe(kind.nameKey);
    }
    expect(translate('zh-CN', 'documents.kinds.ftRulingOpinion')).toBe('容错纠错认定意见书');
  });

  it('give each case type its own documents plus the case-file cover and index', () => {
    const ft = documentKindsFor('faultTolerance').map((k) => k.key);
    const cq = documentKindsFor('clearance').map((k) => k.key);
    expect(ft).toContain('ftRulingOpinion');
    expect(ft).not.toContain('cqClearanceLetter');
    expect(cq).toContain('cqFalseAccusationReferral');
    expect(ft.slice(-2)).toEqual(['fileCover', 'fileIndex']);
    expect(cq.slice(-2)).toEqual(['fileCover', 'fileIndex']);
  });
});

describe.each(DOCUMENT_KIND_KEYS)('the default template of %s', (kind) => {
  it('validates and renders with a complete set of sample values, leaving no placeholder behind', async () => {
    const template = defaultTemplate(kind);
    expect(validateTemplate(template)).toMatchObject({ valid: true });
    const doc = renderTemplate(template, sampleValues());
    const all = [doc.title, doc.recipient, doc.signature, doc.date, ...doc.paragraphs.map((p) => p.text)]
      .concat(doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.lines))))
      .join('\n');
    expect(all).not.toMatch(/[{}]|undefined|NaN/);
    const file = await buildGbt9704Docx(doc);
    const text = textOf((await docxParts(file.bytes)).get('word/document.xml') ?? '');
    expect(text).toContain(doc.title.split('\n')[0]);
  });
});

describe('clearance documents', () => {
  it.each(['cqClearanceLetter', 'cqClearanceNotice', 'cqIntentNotice'] as const)(
    '%s clears only the points found untrue and says it is no overall appraisal',
    (kind) => {
      const text = renderTemplate(defaultTemplate(kind), sampleValues()).paragraphs.map((p) => p.text).join('');
      expect(text).toContain('在产业园区项目招标中违规插手、收受投标企业负责人财物');
      expect(text).toMatch(/仅针对上述经核实失实的具体问题，不作为对(李明同志|你)的全面评价/);
    },
  );
});

describe('the fault-tolerance ruling (认定意见书)', () => {
  it('states the facts, the three distinctions, the situation, the outcome and the correction deadline', () => {
    const text = renderTemplate(defaultTemplate('ftRulingOpinion'), sampleValues()).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('一、认定的事实');
    expect(text).toContain('二、“三个区分开来”分析');
    expect(text.match(/^（[一二三]）关于是否属于/gm)).toHaveLength(3);
    expect(text).toContain('对照《容错纠错情形清单》（2026年第1版），该失误属于第三项“为推动发展出现的无意过失”情形');
    expect(text).toContain('予以容错，免予问责。');
    expect(text).toContain('上述整改应于2027年1月15日前完成');
  });
});
