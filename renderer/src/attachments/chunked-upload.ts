import { TRANSFER_CHUNK_MAX, type AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import { invoke } from '../api';
import { bytesToBase64 } from './base64';

export interface UploadTarget {
  caseId: number;
  step: string;
}

/** Stops an upload between two chunks: what was sent is discarded by main. */
export class UploadStopped extends Error {
  constructor() {
    super('upload stopped');
    this.name = 'UploadStopped';
  }
}

/**
 * Sends a dropped file's bytes to main in order, at most one chunk in flight, and commits them as
 * evidence of the case step. Only the chunk being sent is held in memory, so a 100 MB scan does not
 * weigh on the window. Anything that goes wrong aborts the upload, so no staged bytes linger.
 */
export async function uploadFile(
  target: UploadTarget,
  file: File,
  onProgress: (sent: number, total: number) => void,
  stopped: () => boolean = () => false,
): Promise<AttachmentInfo> {
  const { uploadId, chunkBytes } = await invoke('attachments.uploadBegin', { caseId: target.caseId, step: target.step, name: file.name, size: file.size });
  const chunk = Math.max(1, Math.min(chunkBytes, TRANSFER_CHUNK_MAX));
  try {
    let offset = 0;
    onProgress(0, file.size);
    while (offset < file.size) {
      if (stopped()) throw new UploadStopped();
      const piece = new Uint8Array(await file.slice(offset, offset + chunk).arrayBuffer());
      if (piece.length === 0) break;
      await invoke('attachments.uploadChunk', { uploadId, offset, data: bytesToBase64(piece) });
      offset += piece.length;
      onProgress(offset, file.size);
    }
    if (stopped()) throw new UploadStopped();
    return await invoke('attachments.uploadCommit', { uploadId });
  } catch (caught) {
    await invoke('attachments.uploadAbort', { uploadId }).catch(() => undefined);
    throw caught;
  }
}
