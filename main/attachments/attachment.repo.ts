import type { Db } from '../db/database';
import { AppError } from '../../shared/errors';
import { VIEWABLE_MIME_TYPES, type AttachmentInfo } from '../../shared/ipc/attachments.contract';

export interface AttachmentRow {
  id: number;
  case_id: number;
  step: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  blob_id: number | null;
  added_by: string;
  added_by_name: string;
  added_at: string;
  removed_by: string | null;
  removed_by_name: string | null;
  removed_at: string | null;
  removed_reason: string | null;
  purged_at: string | null;
}

export function toAttachmentInfo(r: AttachmentRow): AttachmentInfo {
  return {
    id: r.id,
    caseId: r.case_id,
    step: r.step,
    name: r.name,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    addedBy: r.added_by,
    addedByName: r.added_by_name,
    addedAt: r.added_at,
    removed: r.removed_at ? { by: r.removed_by ?? '', byName: r.removed_by_name ?? '', at: r.removed_at, reason: r.removed_reason ?? '' } : null,
    purgedAt: r.purged_at,
    viewable: VIEWABLE_MIME_TYPES.includes(r.mime),
  };
}

export interface NewAttachment {
  caseId: number;
  step: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  blobId: number | null;
  addedBy: string;
  addedByName: string;
  addedAt: string;
}

export function insertAttachment(db: Db, a: NewAttachment): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO attachments (case_id, step, name, mime, size, sha256, blob_id, added_by, added_by_name, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(a.caseId, a.step, a.name, a.mime, a.size, a.sha256, a.blobId, a.addedBy, a.addedByName, a.addedAt);
  return Number(lastInsertRowid);
}

export function getAttachment(db: Db, id: number): AttachmentRow {
  const row = db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['id']);
  return row;
}

/** A case's attachments in the order they were received, tombstones included. */
export function caseAttachments(db: Db, caseId: number): AttachmentRow[] {
  return db.prepare('SELECT * FROM attachments WHERE case_id = ? ORDER BY id').all(caseId) as AttachmentRow[];
}

export function markRemoved(db: Db, id: number, by: { userId: string; displayName: string }, at: string, reason: string): void {
  db.prepare('UPDATE attachments SET removed_by = ?, removed_by_name = ?, removed_at = ?, removed_reason = ? WHERE id = ?').run(
    by.userId,
    by.displayName,
    at,
    reason,
    id,
  );
}

export function markPurged(db: Db, id: number, at: string): void {
  db.prepare('UPDATE attachments SET purged_at = ? WHERE id = ?').run(at, id);
}

/** Written by the package import, which brings tombstones and purges as they were. */
export function restoreRemoval(db: Db, id: number, r: { by: string; byName: string; at: string; reason: string } | null, purgedAt: string | null): void {
  if (r) db.prepare('UPDATE attachments SET removed_by = ?, removed_by_name = ?, removed_at = ?, removed_reason = ? WHERE id = ?').run(r.by, r.byName, r.at, r.reason, id);
  if (purgedAt) markPurged(db, id, purgedAt);
}
