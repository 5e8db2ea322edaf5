import { AppError } from '../errors';
import { translate } from '../i18n';
import { documentKind, type DocumentKindKey, type DocumentLayout } from './document-kind';
import type { DocumentTemplate, ParagraphStyle, TableFontSizePt, TemplateParagraph } from './document-template';
import { placeholderDef, REPEAT_ITEM } from './placeholder-catalog';
import { scanTemplateText } from './placeholder-syntax';
import { applyFilter, isFilterName } from './template-filters';
import { validateTemplate } from './validate-template';

/** Case data as the services hand it over: nested by the placeholder path (`{ cadre: { name } }`). */
export type TemplateValue = string | number | readonly string[] | readonly TemplateValues[] | TemplateValues | undefined;
export interface TemplateValues {
  readonly [key: string]: TemplateValue;
}

export interface RenderedParagraph {
  style: ParagraphStyle;
  text: string;
}
export interface RenderedCell {
  /** One entry per line of the cell; blank lines are kept, they make room for handwriting. */
  lines: string[];
  span: number;
  label: boolean;
  minLines: number;
}
export interface RenderedRow {
  cells: RenderedCell[];
  header: boolean;
}
export interface RenderedTable {
  columns: number[];
  rows: RenderedRow[];
  fontSizePt: TableFontSizePt;
}
export interface RenderedDocument {
  kind: DocumentKindKey;
  layout: DocumentLayout;
  /** May hold line breaks where the drafter split a long title. */
  title: string;
  recipient?: string;
  letterhead?: { mark: string; number: string };
  paragraphs: RenderedParagraph[];
  tables: RenderedTable[];
  notes: RenderedParagraph[];
  signature?: string;
  date?: string;
  copyTo?: string;
}

/** 四号 in forms: 三号 as in the body does not fit a form's label columns. */
export const DEFAULT_TABLE_FONT_PT: TableFontSizePt = 14;

function lookup(values: TemplateValues, path: string): TemplateValue {
  let node: TemplateValue = values;
  for (const part of path.split('.')) {
    if (node === undefined || node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as TemplateValues)[part];
  }
  return node;
}

function isBlank(value: TemplateValue): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

interface Problems {
  missing: Set<string>;
  invalid: Set<string>;
}

function fill(text: string, values: TemplateValues, problems: Problems): string {
  let out = '';
  for (const seg of scanTemplateText(text).segments) {
    if (seg.kind === 'literal') {
      out += seg.text;
      continue;
    }
    const value = lookup(values, seg.path);
    const def = placeholderDef(seg.path);
    if (isBlank(value)) {
      if (!def?.optional) problems.missing.add(seg.path);
      continue;
    }
    let current: unknown = value;
    for (const filter of seg.filters) {
      current = isFilterName(filter) ? applyFilter(filter, current) : undefined;
      if (current === undefined) break;
    }
    if (typeof current === 'string' || typeof current === 'number') out += String(current);
    else problems.invalid.add(seg.path);
  }
  return out;
}

function splitParagraphs(paragraphs: readonly TemplateParagraph[], values: TemplateValues, problems: Problems): RenderedParagraph[] {
  // A passage value with line breaks becomes several paragraphs of the same style.
  return paragraphs.flatMap((p) =>
    fill(p.text, values, problems)
      .split('\n')
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => ({ style: p.style, text })),
  );
}

/**
 * Fills a template with a case's values. Refuses, naming every value at fault, rather than issue a
 * document with a hole in it: a missing or blank value (unless the catalog marks it optional), or a
 * value a filter cannot format (a date that is not a calendar date, say).
 */
export function renderTemplate(template: DocumentTemplate, values: TemplateValues): RenderedDocument {
  const checked = validateTemplate(template);
  if (!checked.valid) {
    throw new AppError(
      'INVALID_INPUT',
      { template: template.kind, issue: checked.issues[0]?.message['zh-CN'] ?? '' },
      checked.issues.map((i) => `template.${i.path}`),
    );
  }
  const kind = documentKind(template.kind);
  const problems: Problems = { missing: new Set(), invalid: new Set() };
  const one = (text: string | undefined) => (text === undefined ? undefined : fill(text, values, problems).trim());

  const tables: RenderedTable[] = template.tables.map((table) => ({
    columns: [...table.columns],
    fontSizePt: table.fontSizePt ?? DEFAULT_TABLE_FONT_PT,
    rows: table.rows.flatMap((row) => {
      const scopes: TemplateValues[] = [];
      if (row.repeat === undefined) scopes.push(values);
      else {
        const items = lookup(values, row.repeat);
        if (!Array.isArray(items)) problems.missing.add(row.repeat);
        else for (const item of items as TemplateValues[]) scopes.push({ ...values, [REPEAT_ITEM]: item });
      }
      return scopes.map((scope) => ({
        header: row.header ?? false,
        cells: row.cells.map((cell) => ({
          lines: fill(cell.text, scope, problems).split('\n'),
          span: cell.span ?? 1,
          label: cell.label ?? false,
          minLines: cell.minLines ?? 1,
        })),
      }));
    }),
  }));

  const rendered: RenderedDocument = {
    kind: template.kind,
    layout: kind.layout,
    title: fill(template.title, values, problems).trim(),
    paragraphs: splitParagraphs(template.paragraphs, values, problems),
    tables,
    notes: splitParagraphs(template.notes ?? [], values, problems),
  };
  const recipient = one(template.recipient);
  if (recipient) rendered.recipient = recipient;
  if (template.letterhead) {
    rendered.letterhead = { mark: one(template.letterhead.mark) ?? '', number: one(template.letterhead.number) ?? '' };
  }
  const signature = one(template.signature);
  if (signature) rendered.signature = signature;
  const date = one(template.date);
  if (date) rendered.date = date;
  const copyTo = one(template.copyTo);
  if (copyTo) rendered.copyTo = copyTo;

  const missing = [...problems.missing];
  const invalid = [...problems.invalid];
  if (missing.length || invalid.length) {
    const first = missing[0] ?? invalid[0] ?? '';
    throw new AppError(
      'INVALID_INPUT',
      {
        document: translate('zh-CN', kind.nameKey),
        placeholder: first,
        label: translate('zh-CN', `documents.placeholders.${first}`),
        missing: missing.join(', '),
        invalid: invalid.join(', '),
      },
      [...missing, ...invalid].map((p) => `values.${p}`),
    );
  }
  return rendered;
}
