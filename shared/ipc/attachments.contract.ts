import { z } from 'zod';
import { channel } from './define';
import { done, intId, isoDateTime } from './fields';

/** The kinds of evidence a case may hold, each recognised by its content, not only its name. */
export const ATTACHMENT_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mime: 'image/png', extensions: ['png'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  txt: { mime: 'text/plain', extensions: ['txt'] },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_EXTENSIONS: readonly string[] = Object.values(ATTACHMENT_TYPES).flatMap((t) => t.extensions);
/** What the in-app viewer shows: images and PDF. */
export const VIEWABLE_MIME_TYPES: readonly string[] = [ATTACHMENT_TYPES.pdf.mime, ATTACHMENT_TYPES.jpeg.mime, ATTACHMENT_TYPES.png.mime];

export const ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024;
/** The largest piece of a file that crosses IPC in one call, either way. */
export const TRANSFER_CHUNK_MAX = 4 * 1024 * 1024;
/** Base64 of TRANSFER_CHUNK_MAX bytes: bytes cross as text so they survive any JSON bridge. */
const base64Chunk = z
  .string()
  .max(Math.ceil(TRANSFER_CHUNK_MAX / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const reason = z.string().trim().min(1).max(2_000);
/** A path chosen by the user (dialog or drop); only ever read or written as one file. */
const filePath = z.string().min(1).max(4_096);

export const attachmentInfo = z.object({
  id: intId,
  caseId: intId,
  step: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  /** Computed at intake: what proves later that the file is the one that was received. */
  sha256,
  addedBy: z.string(),
  addedByName: z.string(),
  addedAt: isoDateTime,
  /** The tombstone: who removed it, when and why. The record and hash stay. */
  removed: z.object({ by: z.string(), byName: z.string(), at: isoDateTime, reason: z.string() }).nullable(),
  /** The bytes were removed too; only the record and hash remain. */
  purgedAt: isoDateTime.nullable(),
  viewable: z.boolean(),
});
export type AttachmentInfo = z.infer<typeof attachmentInfo>;

const where = { caseId: intId, step: z.string().trim().min(1).max(40) };

export const attachmentsContract = {
  'attachments.list': channel({
    input: z.object({ caseId: intId }).strict(),
    output: z.object({ rows: z.array(attachmentInfo) }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
    auditRead: true,
  }),
  /** Files from disk: the paths given (a drop), or the ones the user picks in the open dialog. All or none are added. */
  'attachments.add': channel({
    input: z.object({ ...where, paths: z.array(filePath).min(1).max(50).optional() }).strict(),
    output: z.object({ added: z.array(attachmentInfo) }),
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  /**
   * Bytes sent by the renderer (drag and drop of data, not paths): begin, then chunks in order,
   * then commit. Staged bytes are not case data until the commit, which is what the audit log
   * records; an upload left idle expires.
   */
  'attachments.uploadBegin': channel({
    input: z.object({ ...where, name: z.string().min(1).max(255), size: z.number().int().nonnegative(), sha256: sha256.optional() }).strict(),
    output: z.object({ uploadId: z.string(), chunkBytes: z.number().int() }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  'attachments.uploadChunk': channel({
    input: z.object({ uploadId: z.string().max(64), offset: z.number().int().nonnegative(), data: base64Chunk }).strict(),
    output: z.object({ received: z.number().int() }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  'attachments.uploadCommit': channel({
    input: z.object({ uploadId: z.string().max(64) }).strict(),
    output: attachmentInfo,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  'attachments.uploadAbort': channel({
    input: z.object({ uploadId: z.string().max(64) }).strict(),
    output: done,
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  /** A byte range for the in-app viewer: nothing is written to disk. */
  'attachments.read': channel({
    input: z.object({ id: intId, offset: z.number().int().nonnegative().default(0), length: z.number().int().min(1).max(TRANSFER_CHUNK_MAX).default(TRANSFER_CHUNK_MAX) }).strict(),
    output: z.object({ id: intId, mime: z.string(), size: z.number().int(), offset: z.number().int(), data: z.string(), eof: z.boolean() }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
    auditRead: true,
  }),
  /** A copy out, only on request: to the path given or chosen in the save dialog; recorded in the audit log. */
  'attachments.save': channel({
    input: z.object({ id: intId, path: filePath.optional() }).strict(),
    output: z.object({ path: z.string(), size: z.number().int(), sha256 }),
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  /** Leaves a tombstone; with `purge` the bytes go too, the record and hash stay. */
  'attachments.remove': channel({
    input: z.object({ id: intId, reason, purge: z.boolean().default(false) }).strict(),
    output: attachmentInfo,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
} as const;
