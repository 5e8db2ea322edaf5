import { flow, tx, type Handlers } from '../handler';
import {
  abortUpload,
  addFromPaths,
  beginUpload,
  commitUpload,
  listAttachments,
  readAttachment,
  removeAttachment,
  saveAttachment,
  uploadChunk,
} from '../attachments';

export const attachmentsHandlers = {
  'attachments.list': tx<'attachments.list'>((ctx, input) => listAttachments(ctx, input.caseId)),
  'attachments.add': flow<'attachments.add'>(addFromPaths),
  'attachments.uploadBegin': tx<'attachments.uploadBegin'>(beginUpload),
  'attachments.uploadChunk': tx<'attachments.uploadChunk'>(uploadChunk),
  'attachments.uploadCommit': tx<'attachments.uploadCommit'>(commitUpload),
  'attachments.uploadAbort': tx<'attachments.uploadAbort'>(abortUpload),
  'attachments.read': tx<'attachments.read'>(readAttachment),
  'attachments.save': flow<'attachments.save'>(saveAttachment),
  'attachments.remove': tx<'attachments.remove'>(removeAttachment),
} satisfies Partial<Handlers>;
