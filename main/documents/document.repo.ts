import type { Db } from '../db/database';
import { AppError } from '../../shared/errors';
import type { DocumentKindKey, RenderedDocument } from '../../shared/documents';
import type { DocumentInfo, SuppliedValues } from '../../shared/ipc/documents.contract';

export interface DocumentRow {
  id: number;
  case_id: number;
  kind: DocumentKindKey;
  step: string;
  template_version: number;
  number: string | null;
  number_mark: string | null;
  number_year: number | null;
  number_seq: number | null;
  title: string;
  issued_on: string;
  rendered: string;
  supplied: string | null;
  blob_id: number;
  size: number;
  sha256: string;
  replaces_id: number | null;
  superseded_by: number | null;
  generated_by: string;
  generated_by_name: string;
  generated_at: string;
  origin_office: string | null;
}

export function toDocumentInfo(r: DocumentRow): DocumentInfo {
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    step: r.step,
    templateVersion: r.template_version,
    number: r.number,
    title: r.title,
    issuedOn: r.issued_on,
    size: r.size,
    sha256: r.sha256,
    generatedBy: r.generated_by,
    generatedByName: r.generated_by_name,
    generatedAt: r.generated_at,
    replacesId: r.replaces_id,
    supersededBy: r.superseded_by,
    originOffice: r.origin_office,
  };
}

export const renderedOf = (r: DocumentRow): RenderedDocument => JSON.parse(r.rendered) as RenderedDocument;

export function getDocument(db: Db, id: number): DocumentRow {
  const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['id']);
  return row;
}

export function caseDocuments(db: Db, caseId: number): DocumentRow[] {
  return db.prepare('SELECT * FROM documents WHERE case_id = ? ORDER BY id').all(caseId) as DocumentRow[];
}

/** Every value supplied for the case's documents so far, the latest winning. */
export function suppliedForCase(db: Db, caseId: number): SuppliedValues {
  const rows = db.prepare('SELECT supplied FROM documents WHERE case_id = ? AND supplied IS NOT NULL ORDER BY id').pluck().all(caseId) as string[];
  return Object.assign({}, ...rows.map((s) => JSON.parse(s) as SuppliedValues)) as SuppliedValues;
}

export interface NewDocument {
  caseId: number;
  kind: DocumentKindKey;
  step: string;
  templateVersion: number;
  number: { text: string; mark: string | null; year: number | null; seq: number | null } | null;
  title: string;
  issuedOn: string;
  rendered: RenderedDocument;
  supplied: SuppliedValues | null;
  blob: { id: number; size: number; sha256: string };
  replacesId: number | null;
  generatedBy: string;
  generatedByName: string;
  generatedAt: string;
  originOffice: string | null;
}

export function insertDocument(db: Db, d: NewDocument): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (case_id, kind, step, template_version, number, number_mark, number_year, number_seq, title, issued_on, rendered, supplied,
         blob_id, size, sha256, replaces_id, generated_by, generated_by_name, generated_at, origin_office)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.caseId,
      d.kind,
      d.step,
      d.templateVersion,
      d.number?.text ?? null,
      d.number?.mark ?? null,
      d.number?.year ?? null,
      d.number?.seq ?? null,
      d.title,
      d.issuedOn,
      JSON.stringify(d.rendered),
      d.supplied && Object.keys(d.supplied).length ? JSON.stringify(d.supplied) : null,
      d.blob.id,
      d.blob.size,
      d.blob.sha256,
      d.replacesId,
      d.generatedBy,
      d.generatedByName,
      d.generatedAt,
      d.originOffice,
    );
  return Number(lastInsertRowid);
}

export function markSuperseded(db: Db, id: number, by: number): void {
  db.prepare('UPDATE documents SET superseded_by = ? WHERE id = ?').run(by, id);
}

// ——— 发文字号 registers ———

/** The serial the next document with this 代字 and year would take; nothing is reserved. */
export function peekNumber(db: Db, mark: string, year: number): number {
  return ((db.prepare('SELECT last FROM document_number_sequences WHERE mark = ? AND year = ?').pluck().get(mark, year) as number | undefined) ?? 0) + 1;
}

/** Hands out the next serial of a register; a serial once handed out is never handed out again. */
export function takeNumber(db: Db, mark: string, year: number): number {
  return db
    .prepare(
      `INSERT INTO document_number_sequences (mark, year, last) VALUES (?, ?, 1)
       ON CONFLICT(mark, year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .pluck()
    .get(mark, year) as number;
}
