import { translate, type Locale } from '../i18n';
import { documentKind } from './document-kind';
import { documentTemplateSchema, type DocumentTemplate } from './document-template';
import { placeholderDef, REPEAT_ITEM, scopesFor } from './placeholder-catalog';
import { scanTemplateText } from './placeholder-syntax';
import { templateFields, type TemplateField } from './template-fields';
import { FILTER_INPUT, isFilterName } from './template-filters';

export const TEMPLATE_ISSUE_CODES = [
  'invalidField',
  'unclosedBraces',
  'strayBrace',
  'badPlaceholder',
  'unknownPlaceholder',
  'placeholderOutOfScope',
  'unknownFilter',
  'filterMismatch',
  'needsFilter',
  'unknownRepeat',
  'itemOutsideRepeat',
  'spanMismatch',
  'letterheadRequired',
  'tableRequired',
] as const;
export type TemplateIssueCode = (typeof TEMPLATE_ISSUE_CODES)[number];

export interface TemplateIssue {
  code: TemplateIssueCode;
  /** The field at fault, e.g. `paragraphs.2.text`, for the editor to mark. */
  path: string;
  params: Record<string, string | number>;
  /** Ready to show, in both languages, like an error payload. */
  message: Record<Locale, string>;
}

export type TemplateValidation =
  | { valid: true; template: DocumentTemplate; issues: [] }
  | { valid: false; issues: TemplateIssue[] };

function localizedWhere(where: TemplateField['where'], locale: Locale): string {
  return translate(locale, `documents.where.${where.key}`, where.params ?? {});
}

function issue(code: TemplateIssueCode, path: string, where: TemplateField['where'], params: Record<string, string | number> = {}): TemplateIssue {
  const message = (locale: Locale) => translate(locale, `documents.issues.${code}`, { ...params, where: localizedWhere(where, locale) });
  return { code, path, params, message: { 'zh-CN': message('zh-CN'), en: message('en') } };
}

/** Which filter, if any, a placeholder of this type needs to print as words. */
const NEEDS_FILTER: Partial<Record<string, string>> = { date: 'date', list: 'join' };

function checkField(field: TemplateField, allowed: readonly string[], issues: TemplateIssue[]): void {
  const { segments, problems } = scanTemplateText(field.text);
  for (const p of problems) {
    issues.push(issue(p.code, field.path, field.where, { snippet: p.snippet, position: p.offset + 1 }));
  }
  for (const seg of segments) {
    if (seg.kind !== 'placeholder') continue;
    const isItem = seg.path.startsWith(`${REPEAT_ITEM}.`);
    const def = placeholderDef(seg.path);
    const params = { placeholder: seg.raw };
    if (!def) {
      issues.push(issue('unknownPlaceholder', field.path, field.where, params));
      continue;
    }
    if (isItem && !field.repeat) {
      issues.push(issue('itemOutsideRepeat', field.path, field.where, params));
      continue;
    }
    if (isItem && field.repeat) {
      const source = placeholderDef(field.repeat);
      if (!source?.itemFields?.some((f) => f.path === seg.path)) {
        issues.push(issue('unknownPlaceholder', field.path, field.where, params));
        continue;
      }
    } else if (!allowed.includes(def.scope)) {
      issues.push(issue('placeholderOutOfScope', field.path, field.where, params));
      continue;
    }
    if (def.type === 'rows') {
      issues.push(issue('needsFilter', field.path, field.where, { ...params, filter: 'repeat' }));
      continue;
    }
    let type = def.type;
    for (const filter of seg.filters) {
      if (!isFilterName(filter)) {
        issues.push(issue('unknownFilter', field.path, field.where, { ...params, filter }));
        type = 'text';
        break;
      }
      if (FILTER_INPUT[filter] !== type) {
        issues.push(issue('filterMismatch', field.path, field.where, { ...params, filter }));
      }
      type = 'text';
    }
    const needed = NEEDS_FILTER[type];
    if (needed) issues.push(issue('needsFilter', field.path, field.where, { ...params, filter: needed }));
  }
}

/**
 * Checks a template as an administrator saved it: its shape and bounds, then every placeholder
 * against the catalog for the document's case type, every filter against the value's type, table
 * rows against their columns, and what the layout requires. Returns all issues at once.
 */
export function validateTemplate(input: unknown): TemplateValidation {
  const parsed = documentTemplateSchema.safeParse(input);
  if (!parsed.success) {
    return {
      valid: false,
      issues: parsed.error.issues.map((zi) => {
        const path = zi.path.map(String).join('.');
        return issue('invalidField', path, { key: 'field' }, { field: path || '—' });
      }),
    };
  }
  const template = parsed.data;
  const kind = documentKind(template.kind);
  const allowed = scopesFor(kind.caseType);
  const issues: TemplateIssue[] = [];

  for (const field of templateFields(template)) checkField(field, allowed, issues);

  template.tables.forEach((table, ti) => {
    table.rows.forEach((row, ri) => {
      const where = { key: 'row', params: { table: ti + 1, row: ri + 1 } };
      const width = row.cells.reduce((sum, c) => sum + (c.span ?? 1), 0);
      if (width !== table.columns.length) {
        issues.push(issue('spanMismatch', `tables.${ti}.rows.${ri}`, where, { width, columns: table.columns.length }));
      }
      if (row.repeat !== undefined) {
        const source = placeholderDef(row.repeat);
        if (source?.type !== 'rows' || !allowed.includes(source.scope)) {
          issues.push(issue('unknownRepeat', `tables.${ti}.rows.${ri}.repeat`, where, { placeholder: row.repeat }));
        }
      }
    });
  });

  if (kind.layout === 'letter' && !template.letterhead) {
    issues.push(issue('letterheadRequired', 'letterhead', { key: 'template' }));
  }
  if (kind.layout === 'form' && template.tables.length === 0) {
    issues.push(issue('tableRequired', 'tables', { key: 'template' }));
  }
  return issues.length ? { valid: false, issues } : { valid: true, template, issues: [] };
}
