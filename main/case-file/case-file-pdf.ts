import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';

/**
 * Puts a case file together from pages Chromium printed and attachments as they were received:
 * merges them in order, fits scanned images onto A4 pages, and stamps the archive page numbers
 * ("— N —", odd pages right, even pages left, as GB/T 9704 places them) on every numbered page.
 */

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MM = 72 / 25.4;
/** Scans keep a margin, so a punch or a binding does not eat into them. */
const IMAGE_MARGIN = 15 * MM;
const NUMBER_SIZE = 14;
/** The number's baseline: 7 mm below the type area, whose bottom is 35 mm above the page's edge. */
const NUMBER_BASELINE = (35 - 7) * MM - NUMBER_SIZE;
const NUMBER_INSET = 26 * MM + NUMBER_SIZE;

export type MergePart =
  | { kind: 'pdf'; bytes: Uint8Array; numbered: boolean }
  | { kind: 'image'; bytes: Uint8Array; mime: 'image/jpeg' | 'image/png' };

/** Pages in a PDF, or null when pdf-lib cannot read it (encrypted, damaged). */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | null> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount();
  } catch {
    return null;
  }
}

async function addImagePage(out: PDFDocument, bytes: Uint8Array, mime: 'image/jpeg' | 'image/png'): Promise<PDFPage> {
  const image = mime === 'image/jpeg' ? await out.embedJpg(bytes) : await out.embedPng(bytes);
  const landscape = image.width > image.height;
  const page = out.addPage(landscape ? [A4.height, A4.width] : [A4.width, A4.height]);
  const { width, height } = page.getSize();
  const scale = Math.min((width - 2 * IMAGE_MARGIN) / image.width, (height - 2 * IMAGE_MARGIN) / image.height, 1);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h });
  return page;
}

export interface MergeMeta {
  title: string;
  author: string;
  subject: string;
}

/**
 * Merges the parts in order; numbered pages count from 1. Returns the bytes and the number of pages,
 * so the caller can check them against the index it printed.
 */
export async function mergeCaseFile(
  parts: Iterable<MergePart> | AsyncIterable<MergePart>,
  meta: MergeMeta,
  onPart: () => void = () => undefined,
): Promise<{ bytes: Uint8Array; pages: number; numbered: number }> {
  const out = await PDFDocument.create();
  out.setTitle(meta.title);
  out.setAuthor(meta.author);
  out.setSubject(meta.subject);
  out.setCreator('Qingzheng 清正');
  out.setProducer('Qingzheng 清正 (pdf-lib)');
  const font = await out.embedFont(StandardFonts.Helvetica);
  let numbered = 0;
  const stamp = (page: PDFPage) => {
    numbered += 1;
    const text = `— ${numbered} —`;
    const width = font.widthOfTextAtSize(text, NUMBER_SIZE);
    const pageWidth = page.getWidth();
    const x = numbered % 2 === 1 ? pageWidth - NUMBER_INSET - width : NUMBER_INSET;
    page.drawText(text, { x, y: NUMBER_BASELINE, size: NUMBER_SIZE, font, color: rgb(0, 0, 0) });
  };
  for await (const part of parts) {
    if (part.kind === 'image') {
      stamp(await addImagePage(out, part.bytes, part.mime));
    } else {
      const src = await PDFDocument.load(part.bytes, { updateMetadata: false });
      const pages = await out.copyPages(src, src.getPageIndices());
      for (const page of pages) {
        out.addPage(page);
        if (part.numbered) stamp(page);
      }
    }
    onPart();
  }
  const bytes = await out.save();
  return { bytes, pages: out.getPageCount(), numbered };
}
