import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { defaultTemplate, renderTemplate, sampleValues, type TemplateValues } from '../../../shared/documents';

function without(values: TemplateValues, group: string, field: string): TemplateValues {
  const copy = structuredClone(values) as Record<string, Record<string, unknown>>;
  delete copy[group]![field];
  return copy as TemplateValues;
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the document to be refused');
}

describe('filling a template with a case', () => {
  it('puts the cadre, the case and the office where the template names them', () => {
    const doc = renderTemplate(defaultTemplate('cqIntentNotice'), sampleValues());
    expect(doc.recipient).toBe('李明同志：');
    expect(doc.letterhead).toEqual({ mark: '中共清河市纪律检查委员会', number: '清纪〔2026〕15号' });
    expect(doc.paragraphs[0]?.text).toBe(
      '2026年6月3日，我委收到反映你在产业园区项目招标中违规插手、收受他人财物等问题的信访举报。经市纪委第四监督检查室核实，反映你在产业园区项目招标中违规插手、收受投标企业负责人财物的问题失实。',
    );
    expect(doc.date).toBe('2026年11月28日');
  });

  it('writes the correction deadline as a Chinese date', () => {
    const doc = renderTemplate(defaultTemplate('ftCorrectionNotice'), sampleValues());
    expect(doc.paragraphs.map((p) => p.text)).toContain('二、整改时限。请于2027年1月15日前完成整改。');
  });

  it('turns a passage with line breaks into separate paragraphs', () => {
    const doc = renderTemplate(defaultTemplate('ftInvestigationReport'), sampleValues());
    const facts = doc.paragraphs.findIndex((p) => p.text.startsWith('经调阅项目档案'));
    expect(doc.paragraphs[facts + 1]?.text).toBe('项目于2025年10月如期投产，目前已有5家企业入驻。');
    expect(doc.paragraphs[facts + 1]?.style).toBe('body');
  });

  it('refuses to produce a document with a missing value, naming the value', () => {
    const err = refusal(() => renderTemplate(defaultTemplate('ftRulingOpinion'), without(sampleValues(), 'ruling', 'outcome')));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.params.placeholder).toBe('ruling.outcome');
    expect(err.params.label).toBe('认定结论');
    expect(err.params.document).toBe('容错纠错认定意见书');
    expect(err.fields).toEqual(['values.ruling.outcome']);
  });

  it('treats a blank value as missing rather than print an empty hole', () => {
    const values = structuredClone(sampleValues()) as Record<string, Record<string, unknown>>;
    values.cadre!.name = '   ';
    const err = refusal(() => renderTemplate(defaultTemplate('cqClearanceLetter'), values as TemplateValues));
    expect(err.fields).toContain('values.cadre.name');
  });

  it('names every missing value at once', () => {
    const values = without(without(sampleValues(), 'correction', 'deadline'), 'correction', 'reportTo');
    const err = refusal(() => renderTemplate(defaultTemplate('ftCorrectionNotice'), values));
    expect(err.fields).toEqual(['values.correction.deadline', 'values.correction.reportTo']);
  });

  it('refuses a date that is not on the calendar', () => {
    const values = structuredClone(sampleValues()) as Record<string, Record<string, unknown>>;
    values.correction!.deadline = '2027-02-30';
    const err = refusal(() => renderTemplate(defaultTemplate('ftCorrectionNotice'), values as TemplateValues));
    expect(err.params.invalid).toBe('correction.deadline');
  });

  it('leaves an optional value such as an index note empty without refusing', () => {
    const doc = renderTemplate(defaultTemplate('fileIndex'), sampleValues());
    const first = doc.tables[0]?.rows[1];
    expect(first?.cells[3]?.lines).toEqual(['容错纠错申请表']);
    expect(first?.cells[6]?.lines).toEqual(['']);
  });

  it('refuses a template that does not validate, before looking at any value', () => {
    const template = defaultTemplate('ftAcceptanceNotice');
    template.title = '关于{{cadre.nmae}}同志的通知';
    const err = refusal(() => renderTemplate(template, sampleValues()));
    expect(err.fields).toEqual(['template.title']);
    expect(String(err.params.issue)).toContain('{{cadre.nmae}}');
  });
});
