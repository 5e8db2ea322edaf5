import { AppError } from '../../shared/errors';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../shared/ipc/attachments.contract';

/**
 * What a file really is, judged by its first and last bytes rather than its name: a renamed
 * executable or a script saved as .pdf must not become evidence that someone later opens.
 */

/** How many bytes of the start and of the end the check needs. */
export const HEAD_BYTES = 64 * 1024;
export const TAIL_BYTES = 1024 * 1024;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_END = Buffer.from('PK\x05\x06', 'latin1');
const PDF = Buffer.from('%PDF-', 'latin1');

/** The part every DOCX or XLSX package names in its central directory. */
const OOXML_MAIN_PART: Partial<Record<AttachmentType, string>> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function typeForExtension(ext: string): AttachmentType | undefined {
  return (Object.keys(ATTACHMENT_TYPES) as AttachmentType[]).find((t) => (ATTACHMENT_TYPES[t].extensions as readonly string[]).includes(ext));
}

function contentMatches(type: AttachmentType, head: Buffer, tail: Buffer): boolean {
  switch (type) {
    case 'pdf':
      // Readers accept a header within the first kilobyte; some scanners write a few bytes before it.
      return head.subarray(0, 1024).includes(PDF);
    case 'jpeg':
      return head.subarray(0, 3).equals(JPEG);
    case 'png':
      return head.subarray(0, 8).equals(PNG);
    case 'docx':
    case 'xlsx':
      return head.subarray(0, 4).equals(ZIP_LOCAL) && tail.includes(ZIP_END) && tail.includes(Buffer.from(OOXML_MAIN_PART[type]!, 'latin1'));
    case 'txt':
      return isText(head);
  }
}

/** Text has no NUL bytes and few control characters; UTF-8 and GB18030 files both pass. */
function isText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control += 1;
  return control <= head.length / 100;
}

/** The attachment's type and MIME type, or ATTACHMENT_TYPE when the name or the content does not fit. */
export function attachmentType(name: string, head: Buffer, tail: Buffer): { type: AttachmentType; mime: string } {
  const type = typeForExtension(extensionOf(name));
  if (!type || !contentMatches(type, head, tail)) throw new AppError('ATTACHMENT_TYPE', { name }, ['name']);
  return { type, mime: ATTACHMENT_TYPES[type].mime };
}

/** What an officer's file name may be once stored: its last path part, no control characters, bounded. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (clean === '' || clean === '.' || clean === '..') throw new AppError('INVALID_INPUT', {}, ['name']);
  if (clean.length <= 200) return clean;
  const ext = extensionOf(clean);
  return `${clean.slice(0, 190)}${ext ? `.${ext}` : ''}`;
}
