export {
  addFromPaths,
  beginUpload,
  uploadChunk,
  commitUpload,
  abortUpload,
  listAttachments,
  readAttachment,
  saveAttachment,
  removeAttachment,
} from './attachment.service';
export { caseAttachments, insertAttachment, restoreRemoval, toAttachmentInfo, type AttachmentRow } from './attachment.repo';
export {
  appendChunk,
  blobInfo,
  blobPieces,
  CHUNK_BYTES,
  discardStaged,
  putBlob,
  readBlob,
  readRange,
  stageBlob,
  storeBlob,
} from './blob-store';
export { caseForUser, checkStep } from './case-access';
export { attachmentType, cleanFileName, extensionOf } from './file-type';
