import type { TemplateIssue } from '../../../shared/documents';
import type { Locale } from '../../../shared/i18n';

/** The template as the form holds it, made ready for validateTemplate and templates.update: empty optional texts left out. */
export function templateFromForm(values: Record<string, unknown>): Record<string, unknown> {
  const template: Record<string, unknown> = { ...values };
  for (const key of ['recipient', 'signature', 'date', 'copyTo']) {
    if (typeof template[key] === 'string' && (template[key] as string).trim() === '') delete template[key];
  }
  if (Array.isArray(template.notes) && template.notes.length === 0) delete template.notes;
  return template;
}

/** The issues of one field, by the path validateTemplate names it with (`paragraphs.2.text`). */
export function issuesAt(issues: readonly TemplateIssue[], path: string, locale: Locale): string[] {
  return issues.filter((i) => i.path === path).map((i) => i.message[locale]);
}

/** Issues no field on screen owns (a missing letterhead, a table row's width): shown above the form. */
export function unplacedIssues(issues: readonly TemplateIssue[], shownPaths: ReadonlySet<string>): TemplateIssue[] {
  return issues.filter((i) => !shownPaths.has(i.path));
}

/** antd's id of a field (`paragraphs_0_text`) back to its name path, for writing a placeholder where the cursor is. */
export function namePathOfId(id: string): (string | number)[] {
  return id.split('_').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
