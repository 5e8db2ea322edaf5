import { TRANSFER_CHUNK_MAX } from '../../../shared/ipc/attachments.contract';
import { invoke } from '../api';
import { base64ToBytes } from './base64';

/**
 * An attachment's bytes, chunk by chunk, as one in-memory Blob for the viewer: nothing is written to
 * disk, and the Blob goes when the viewer revokes its URL.
 */
export async function readAttachment(id: number, onProgress: (read: number, total: number) => void, stopped: () => boolean): Promise<Blob | null> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let mime = 'application/octet-stream';
  for (let offset = 0; ; ) {
    if (stopped()) return null;
    const piece = await invoke('attachments.read', { id, offset, length: TRANSFER_CHUNK_MAX });
    mime = piece.mime;
    const bytes = base64ToBytes(piece.data);
    parts.push(bytes);
    offset += bytes.length;
    onProgress(offset, piece.size);
    if (piece.eof || bytes.length === 0) break;
  }
  return new Blob(parts, { type: mime });
}
