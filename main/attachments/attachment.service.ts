import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CoreState } from '../core-state';
import type { TxContext } from '../handler';
import type { Db } from '../db/database';
import { appendAudit } from '../audit/audit-log';
import { appendEvent } from '../cases/case.repo';
import { flowContext, isoNow, type FlowContext } from '../exports/flow-context';
import { openPaths, savePath } from '../exports/host-paths';
import { pendingOutput, writePieces } from '../exports/output-file';
import { AppError } from '../../shared/errors';
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
  TRANSFER_CHUNK_MAX,
  type AttachmentInfo,
} from '../../shared/ipc/attachments.contract';
import { caseAttachments, getAttachment, insertAttachment, markPurged, markRemoved, toAttachmentInfo, type AttachmentRow } from './attachment.repo';
import { appendChunk, blobPieces, CHUNK_BYTES, discardAbandoned, discardStaged, purgeBlob, readRange, stageBlob, storeBlob } from './blob-store';
import { caseForUser, checkStep } from './case-access';
import { attachmentType, cleanFileName, extensionOf, HEAD_BYTES, TAIL_BYTES } from './file-type';
import { closeUpload, expireUploads, findUpload, openUpload } from './upload-registry';

const MAX_MB = Math.round(ATTACHMENT_MAX_BYTES / 1024 / 1024);

function tooLarge(name: string): AppError {
  return new AppError('ATTACHMENT_TOO_LARGE', { name, maxMb: MAX_MB }, ['size']);
}

interface Staged {
  blobId: number;
  name: string;
  mime: string;
  size: number;
  sha256: string;
}

/** Turns staged bytes into evidence of the case: the record, the history line, and (for flows) the audit entry. */
function recordIntake(ctx: TxContext, caseId: number, step: string, s: Staged, audit: boolean): AttachmentInfo {
  const at = isoNow(ctx);
  storeBlob(ctx.db, s.blobId, s.size, s.sha256);
  const id = insertAttachment(ctx.db, {
    caseId,
    step,
    name: s.name,
    mime: s.mime,
    size: s.size,
    sha256: s.sha256,
    blobId: s.blobId,
    addedBy: ctx.session.userId,
    addedByName: ctx.session.displayName,
    addedAt: at,
  });
  appendEvent(ctx.db, {
    caseId,
    at,
    actorId: ctx.session.userId,
    actorName: ctx.session.displayName,
    action: 'attachment.add',
    fromStep: step,
    toStep: step,
    reason: s.name,
    entry: null,
    detail: { attachmentId: id, size: s.size, sha256: s.sha256 },
  });
  const detail = { caseId, step, name: s.name, size: s.size, sha256: s.sha256 };
  if (audit) {
    appendAudit(ctx.db, { actorId: ctx.session.userId, actorName: ctx.session.displayName, action: 'attachments.add', recordType: 'attachment', recordId: String(id), result: 'ok', detail });
  } else ctx.record('attachment', id, detail);
  return toAttachmentInfo(getAttachment(ctx.db, id));
}

function typeOfStaged(db: Db, blobId: number, name: string, size: number): string {
  const head = readRange(db, blobId, 0, HEAD_BYTES);
  const tail = readRange(db, blobId, Math.max(0, size - TAIL_BYTES), TAIL_BYTES);
  return attachmentType(name, head, tail).mime;
}

// ——— From files on disk ———

async function readEnds(path: string, size: number): Promise<{ head: Buffer; tail: Buffer }> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    const tailLength = Math.min(TAIL_BYTES, size);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    return { head, tail };
  } finally {
    await handle.close();
  }
}

interface Candidate {
  path: string;
  name: string;
  size: number;
}

async function checkFile(path: string): Promise<Candidate> {
  const name = cleanFileName(basename(path));
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a regular file');
    size = s.size;
  } catch (e) {
    const err = new AppError('FILE_UNREADABLE', { name }, ['paths']);
    err.cause = e;
    throw err;
  }
  if (size > ATTACHMENT_MAX_BYTES) throw tooLarge(name);
  let ends;
  try {
    ends = await readEnds(path, size);
  } catch (e) {
    const err = new AppError('FILE_UNREADABLE', { name }, ['paths']);
    err.cause = e;
    throw err;
  }
  attachmentType(name, ends.head, ends.tail);
  return { path, name, size };
}

/** Copies a file into a staged blob, piece by piece; the file must not change length meanwhile. */
async function stageFile(ctx: FlowContext, c: Candidate): Promise<Staged> {
  const blobId = stageBlob(ctx.db, isoNow(ctx));
  const hash = createHash('sha256');
  let offset = 0;
  const handle = await open(c.path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, offset);
      if (bytesRead === 0) break;
      ctx.stillOpen();
      const piece = Buffer.from(buffer.subarray(0, bytesRead));
      if (offset + bytesRead > ATTACHMENT_MAX_BYTES) throw tooLarge(c.name);
      appendChunk(ctx.db, blobId, offset, piece);
      hash.update(piece);
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
  ctx.stillOpen();
  if (offset !== c.size) throw new AppError('FILE_UNREADABLE', { name: c.name }, ['paths']);
  return { blobId, name: c.name, size: offset, sha256: hash.digest('hex'), mime: typeOfStaged(ctx.db, blobId, c.name, offset) };
}

/** All the files or none: every one is checked, then copied in, then recorded in one transaction. */
export async function addFromPaths(state: CoreState, input: { caseId: number; step: string; paths?: string[] }): Promise<{ added: AttachmentInfo[] }> {
  let ctx = flowContext(state);
  checkStep(caseForUser(ctx, input.caseId), input.step);
  const paths = await openPaths(state, input.paths, true, [...ATTACHMENT_EXTENSIONS]);
  ctx.stillOpen();
  const candidates: Candidate[] = [];
  for (const p of paths) candidates.push(await checkFile(p));
  ctx = flowContext(state);
  caseForUser(ctx, input.caseId);

  const staged: Staged[] = [];
  try {
    for (const c of candidates) staged.push(await stageFile(ctx, c));
    ctx.stillOpen();
    const { db } = ctx;
    const added = db.transaction(() => staged.map((s) => recordIntake(ctx, input.caseId, input.step, s, true)))();
    return { added };
  } catch (e) {
    if (state.db === ctx.db) for (const s of staged) discardStaged(ctx.db, s.blobId);
    throw e;
  }
}

// ——— From bytes the renderer sends ———

export function beginUpload(ctx: TxContext, input: { caseId: number; step: string; name: string; size: number; sha256?: string }) {
  checkStep(caseForUser(ctx, input.caseId), input.step);
  const name = cleanFileName(input.name);
  if (input.size > ATTACHMENT_MAX_BYTES) throw tooLarge(name);
  if (!ATTACHMENT_EXTENSIONS.includes(extensionOf(name))) throw new AppError('ATTACHMENT_TYPE', { name }, ['name']);
  for (const blobId of expireUploads(ctx.state)) discardStaged(ctx.db, blobId);
  discardAbandoned(ctx.db, ctx.state.now());
  const blobId = stageBlob(ctx.db, isoNow(ctx));
  try {
    const upload = openUpload(ctx.state, { owner: ctx.session.userId, caseId: input.caseId, step: input.step, name, size: input.size, expectedSha256: input.sha256, blobId });
    return { uploadId: upload.id, chunkBytes: TRANSFER_CHUNK_MAX };
  } catch (e) {
    discardStaged(ctx.db, blobId);
    throw e;
  }
}

export function uploadChunk(ctx: TxContext, input: { uploadId: string; offset: number; data: string }) {
  const upload = findUpload(ctx.state, input.uploadId, ctx.session.userId);
  const piece = Buffer.from(input.data, 'base64');
  if (input.offset !== upload.received) throw new AppError('INVALID_INPUT', { offset: input.offset, expected: upload.received }, ['offset']);
  if (upload.received + piece.length > upload.size) {
    closeUpload(ctx.state, upload.id);
    discardStaged(ctx.db, upload.blobId);
    throw upload.received + piece.length > ATTACHMENT_MAX_BYTES ? tooLarge(upload.name) : new AppError('INVALID_INPUT', { size: upload.size }, ['data']);
  }
  appendChunk(ctx.db, upload.blobId, input.offset, piece);
  upload.hash.update(piece);
  upload.received += piece.length;
  return { received: upload.received };
}

export function commitUpload(ctx: TxContext, input: { uploadId: string }): AttachmentInfo {
  const upload = findUpload(ctx.state, input.uploadId, ctx.session.userId);
  // Whatever happens next, this upload is finished; bytes of a refused one are left to the sweep.
  closeUpload(ctx.state, upload.id);
  caseForUser(ctx, upload.caseId);
  if (upload.received !== upload.size) throw new AppError('INVALID_INPUT', { received: upload.received, size: upload.size }, ['size']);
  const sha256 = upload.hash.digest('hex');
  if (upload.expectedSha256 && upload.expectedSha256 !== sha256) throw new AppError('INVALID_INPUT', { reason: 'sha256' }, ['sha256']);
  const mime = typeOfStaged(ctx.db, upload.blobId, upload.name, upload.size);
  return recordIntake(ctx, upload.caseId, upload.step, { blobId: upload.blobId, name: upload.name, mime, size: upload.size, sha256 }, false);
}

export function abortUpload(ctx: TxContext, input: { uploadId: string }) {
  const upload = findUpload(ctx.state, input.uploadId, ctx.session.userId);
  closeUpload(ctx.state, upload.id);
  discardStaged(ctx.db, upload.blobId);
  return { done: true as const };
}

// ——— Reading, copying out, removing ———

function attachmentForUser(ctx: TxContext, id: number): AttachmentRow {
  const row = getAttachment(ctx.db, id);
  caseForUser(ctx, row.case_id);
  return row;
}

function bytesOf(row: AttachmentRow): number {
  if (row.purged_at || row.blob_id === null) throw new AppError('ATTACHMENT_PURGED', { name: row.name });
  return row.blob_id;
}

export function listAttachments(ctx: TxContext, caseId: number): { rows: AttachmentInfo[] } {
  caseForUser(ctx, caseId);
  ctx.record('case', caseId);
  return { rows: caseAttachments(ctx.db, caseId).map(toAttachmentInfo) };
}

export function readAttachment(ctx: TxContext, input: { id: number; offset: number; length: number }) {
  const row = attachmentForUser(ctx, input.id);
  const blobId = bytesOf(row);
  const data = input.offset >= row.size ? Buffer.alloc(0) : readRange(ctx.db, blobId, input.offset, input.length);
  ctx.record('attachment', row.id, { caseId: row.case_id, offset: input.offset, length: data.length });
  return { id: row.id, mime: row.mime, size: row.size, offset: input.offset, data: data.toString('base64'), eof: input.offset + data.length >= row.size };
}

/** A copy out: checked against the intake hash, recorded in the audit log before it takes its name. */
export async function saveAttachment(state: CoreState, input: { id: number; path?: string }) {
  let ctx = flowContext(state);
  const row = attachmentForUser(ctx, input.id);
  bytesOf(row);
  const target = await savePath(state, input.path, row.name, [extensionOf(row.name)]);
  ctx = flowContext(state);
  const fresh = attachmentForUser(ctx, input.id);
  const blobId = bytesOf(fresh);
  const out = pendingOutput(target);
  const written = await writePieces(out, blobPieces(ctx.db, blobId), () => ctx.stillOpen());
  try {
    ctx.stillOpen();
    if (written.sha256 !== fresh.sha256 || written.size !== fresh.size) throw new AppError('DB_DAMAGED');
    ctx.db.transaction(() =>
      appendAudit(ctx.db, {
        actorId: ctx.session.userId,
        actorName: ctx.session.displayName,
        action: 'attachments.save',
        recordType: 'attachment',
        recordId: String(fresh.id),
        result: 'ok',
        detail: { caseId: fresh.case_id, name: fresh.name, sha256: fresh.sha256, size: fresh.size, path: target },
      }),
    )();
  } catch (e) {
    await out.discard();
    throw e;
  }
  await out.commit();
  return { path: target, size: written.size, sha256: written.sha256 };
}

export function removeAttachment(ctx: TxContext, input: { id: number; reason: string; purge: boolean }): AttachmentInfo {
  const row = attachmentForUser(ctx, input.id);
  const at = isoNow(ctx);
  const alreadyRemoved = row.removed_at !== null;
  if (alreadyRemoved && (!input.purge || row.purged_at)) throw new AppError('INVALID_INPUT', { reason: 'already removed' }, ['id']);
  if (!alreadyRemoved) markRemoved(ctx.db, row.id, ctx.session, at, input.reason);
  if (input.purge && !row.purged_at) {
    if (row.blob_id !== null) purgeBlob(ctx.db, row.blob_id, at);
    markPurged(ctx.db, row.id, at);
  }
  appendEvent(ctx.db, {
    caseId: row.case_id,
    at,
    actorId: ctx.session.userId,
    actorName: ctx.session.displayName,
    action: input.purge ? 'attachment.purge' : 'attachment.remove',
    fromStep: row.step,
    toStep: row.step,
    reason: input.reason,
    entry: null,
    detail: { attachmentId: row.id, name: row.name, sha256: row.sha256 },
  });
  ctx.record('attachment', row.id, { caseId: row.case_id, name: row.name, sha256: row.sha256, purge: input.purge });
  return toAttachmentInfo(getAttachment(ctx.db, row.id));
}
