import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import { AppError } from '../../shared/errors';

/**
 * File contents kept inside the encrypted database, in chunks. Nothing here ever touches the file
 * system: a blob is written chunk by chunk (staged), then marked stored in the same transaction
 * that records what it belongs to, and read back by byte range.
 */

/** The size of the pieces a file is read from disk in and handed out in. */
export const CHUNK_BYTES = 1024 * 1024;
/** How long an abandoned upload or import may leave staged bytes behind. */
const STAGED_TTL_MS = 24 * 60 * 60 * 1000;

export interface BlobInfo {
  id: number;
  state: 'staged' | 'stored' | 'purged';
  size: number | null;
  sha256: string | null;
}

export function stageBlob(db: Db, at: string): number {
  const { lastInsertRowid } = db.prepare("INSERT INTO blobs (state, created_at) VALUES ('staged', ?)").run(at);
  return Number(lastInsertRowid);
}

export function blobInfo(db: Db, id: number): BlobInfo {
  const row = db.prepare('SELECT id, state, size, sha256 FROM blobs WHERE id = ?').get(id) as BlobInfo | undefined;
  if (!row) throw new AppError('NOT_FOUND', {}, ['blob']);
  return row;
}

/** Appends bytes to a staged blob at `offset`, which must be where the last chunk ended. */
export function appendChunk(db: Db, blobId: number, offset: number, data: Buffer): void {
  const last = db.prepare('SELECT seq, offset + length(data) AS end FROM blob_chunks WHERE blob_id = ? ORDER BY seq DESC LIMIT 1').get(blobId) as
    | { seq: number; end: number }
    | undefined;
  if ((last?.end ?? 0) !== offset) throw new AppError('INVALID_INPUT', { offset, expected: last?.end ?? 0 }, ['offset']);
  db.prepare('INSERT INTO blob_chunks (blob_id, seq, offset, data) VALUES (?, ?, ?, ?)').run(blobId, (last?.seq ?? -1) + 1, offset, data);
}

/** The bytes written to a staged blob so far: size and SHA-256, computed from what is stored. */
export function measureBlob(db: Db, blobId: number): { size: number; sha256: string } {
  const hash = createHash('sha256');
  let size = 0;
  for (const piece of blobPieces(db, blobId)) {
    hash.update(piece);
    size += piece.length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** Turns a staged blob into case data; called inside the transaction that records its owner. */
export function storeBlob(db: Db, blobId: number, size: number, sha256: string): void {
  const changed = db.prepare("UPDATE blobs SET state = 'stored', size = ?, sha256 = ? WHERE id = ? AND state = 'staged'").run(size, sha256, blobId).changes;
  if (changed !== 1) throw new AppError('INTERNAL', { reason: 'blob is not staged' });
}

/** A blob written whole in one go (a generated DOCX): staged and stored at once. */
export function putBlob(db: Db, bytes: Buffer, at: string): { id: number; size: number; sha256: string } {
  const id = stageBlob(db, at);
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) appendChunk(db, id, offset, bytes.subarray(offset, offset + CHUNK_BYTES));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  storeBlob(db, id, bytes.length, sha256);
  return { id, size: bytes.length, sha256 };
}

/** Removes the bytes of a stored blob; the row keeps its size and hash. */
export function purgeBlob(db: Db, blobId: number, at: string): void {
  db.prepare('DELETE FROM blob_chunks WHERE blob_id = ?').run(blobId);
  db.prepare("UPDATE blobs SET state = 'purged', purged_at = ? WHERE id = ?").run(at, blobId);
}

export function discardStaged(db: Db, blobId: number): void {
  db.prepare("DELETE FROM blobs WHERE id = ? AND state = 'staged'").run(blobId);
}

/** Drops staged bytes nobody came back for (an upload abandoned, an import cut short by a crash). */
export function discardAbandoned(db: Db, nowMs: number): number {
  const before = new Date(nowMs - STAGED_TTL_MS).toISOString();
  return db.prepare("DELETE FROM blobs WHERE state = 'staged' AND created_at < ?").run(before).changes;
}

/**
 * The blob's chunks in order, each read by its own statement: the connection is never left busy
 * between pieces, so a reader may await between them while other calls use the database.
 */
export function* blobPieces(db: Db, blobId: number): Generator<Buffer> {
  const next = db.prepare('SELECT seq, data FROM blob_chunks WHERE blob_id = ? AND seq > ? ORDER BY seq LIMIT 1');
  let seq = -1;
  for (;;) {
    const row = next.get(blobId, seq) as { seq: number; data: Buffer } | undefined;
    if (!row) return;
    seq = row.seq;
    yield row.data;
  }
}

/** Bytes [start, start + length) of a blob, clipped to its end. */
export function readRange(db: Db, blobId: number, start: number, length: number): Buffer {
  const end = start + length;
  const rows = db
    .prepare('SELECT offset, data FROM blob_chunks WHERE blob_id = ? AND offset < ? AND offset + length(data) > ? ORDER BY seq')
    .all(blobId, end, start) as { offset: number; data: Buffer }[];
  const parts = rows.map((r) => r.data.subarray(Math.max(0, start - r.offset), Math.min(r.data.length, end - r.offset)));
  return Buffer.concat(parts);
}

/** The whole blob in memory: for the sizes a document or an attachment merged into a PDF may have. */
export function readBlob(db: Db, blobId: number): Buffer {
  return Buffer.concat([...blobPieces(db, blobId)]);
}
