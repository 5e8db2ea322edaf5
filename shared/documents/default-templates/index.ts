import type { DocumentKindKey } from '../document-kind';
import type { DocumentTemplate } from '../document-template';
import { CASE_FILE_TEMPLATES } from './case-file.templates';
import { CLEARANCE_TEMPLATES } from './clearance.templates';
import { FAULT_TOLERANCE_TEMPLATES } from './fault-tolerance.templates';

const ALL: readonly DocumentTemplate[] = [...FAULT_TOLERANCE_TEMPLATES, ...CLEARANCE_TEMPLATES, ...CASE_FILE_TEMPLATES];
const BY_KIND = new Map(ALL.map((t) => [t.kind, t]));

/**
 * The template shipped for a kind: version 1 of every kind's template history. A deep copy, so an
 * editor that starts from it can never alter the shipped default.
 */
export function defaultTemplate(kind: DocumentKindKey): DocumentTemplate {
  const t = BY_KIND.get(kind);
  if (!t) throw new RangeError(`No default template for ${kind}`);
  return structuredClone(t);
}

export const DEFAULT_TEMPLATE_KINDS: readonly DocumentKindKey[] = ALL.map((t) => t.kind);
