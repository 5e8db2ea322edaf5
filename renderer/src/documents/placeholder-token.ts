import type { PlaceholderDef } from '../../../shared/documents';

/**
 * What clicking a placeholder writes: dates and lists need a filter to print as words
 * (validateTemplate's needsFilter), so they come with the usual one already attached.
 */
export function placeholderToken(def: Pick<PlaceholderDef, 'path' | 'type'>): string {
  if (def.type === 'date') return `{{${def.path}|date}}`;
  if (def.type === 'list') return `{{${def.path}|join}}`;
  return `{{${def.path}}}`;
}
