import type { Db } from '../db/database';
import { AppError } from '../../shared/errors';
import { defaultTemplate, documentTemplateSchema, type DocumentKindKey, type DocumentTemplate } from '../../shared/documents';

/** Version 1 of every kind is the shipped default until an administrator saves an edit as version 2. */
const SHIPPED = 1;

export interface TemplateVersion {
  version: number;
  createdAt: string | null;
  createdBy: string | null;
}

export function templateVersion(db: Db, kind: DocumentKindKey, version: number): DocumentTemplate {
  const data = db.prepare('SELECT data FROM document_templates WHERE kind = ? AND version = ?').pluck().get(kind, version) as string | undefined;
  if (data) return documentTemplateSchema.parse(JSON.parse(data));
  if (version === SHIPPED) return defaultTemplate(kind);
  throw new AppError('NOT_FOUND', {}, ['version']);
}

export function currentTemplateVersion(db: Db, kind: DocumentKindKey): number {
  return (db.prepare('SELECT max(version) FROM document_templates WHERE kind = ?').pluck().get(kind) as number | null) ?? SHIPPED;
}

export function currentTemplate(db: Db, kind: DocumentKindKey): { version: number; template: DocumentTemplate } {
  const version = currentTemplateVersion(db, kind);
  return { version, template: templateVersion(db, kind, version) };
}

export function templateVersions(db: Db, kind: DocumentKindKey): TemplateVersion[] {
  const rows = db
    .prepare('SELECT version, created_at AS createdAt, created_by AS createdBy FROM document_templates WHERE kind = ? ORDER BY version')
    .all(kind) as TemplateVersion[];
  return rows.some((r) => r.version === SHIPPED) ? rows : [{ version: SHIPPED, createdAt: null, createdBy: null }, ...rows];
}

/** Saves an edit as the next version; the versions issued documents point at are never touched. */
export function saveTemplate(db: Db, template: DocumentTemplate, by: string, at: string): number {
  const next = currentTemplateVersion(db, template.kind) + 1;
  db.prepare('INSERT INTO document_templates (kind, version, data, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(template.kind, next, JSON.stringify(template), at, by);
  return next;
}
