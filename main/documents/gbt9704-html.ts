import type { RenderedCell, RenderedDocument, RenderedParagraph, RenderedTable } from '../../shared/documents';

/**
 * A rendered document as a self-contained HTML page in the GB/T 9704-2012 layout, for Chromium to
 * print into the case file: the same text the DOCX carries, on the same page (A4, type area
 * 156 × 225 mm, 22 lines of 28 characters at 三号). Page numbers are not printed here: the case file
 * numbers its pages as a whole once they are merged.
 *
 * Fonts are named as the DOCX names them, then the fonts a Linux or a bare Windows machine has, so
 * the text is always real text (selectable, searchable) whichever font draws it.
 */

const TYPE_AREA_WIDTH_PT = (156 / 25.4) * 72;
/** 225 mm over 22 lines. */
const LINE_PITCH_PT = (225 / 25.4 / 22) * 72;
/** 156 mm over 28 characters, less the 16 pt of a 三号 glyph: the spacing that gives 28 a line. */
const BODY_LETTER_SPACING_PT = TYPE_AREA_WIDTH_PT / 28 - 16;

const FONT = {
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "STZhongsong", "华文中宋", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif',
  body: '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif',
  heading1: '"黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  heading2: '"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif',
  pageNumber: '"宋体", "SimSun", "Noto Serif CJK SC", serif',
} as const;

const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FONT.body}; font-size: 16pt; line-height: ${LINE_PITCH_PT.toFixed(2)}pt; color: #000; }
p { margin: 0; }
.body, .plain, .right { letter-spacing: ${BODY_LETTER_SPACING_PT.toFixed(2)}pt; }
.body { text-indent: 2em; text-align: justify; }
.right { text-align: right; }
.heading1 { font-family: ${FONT.heading1}; text-indent: 2em; break-after: avoid; }
.heading2 { font-family: ${FONT.heading2}; text-indent: 2em; break-after: avoid; }
.blank { height: ${LINE_PITCH_PT.toFixed(2)}pt; }
.letterhead { text-align: center; }
.mark { color: #ff0000; font-family: ${FONT.title}; margin-top: 35mm; white-space: nowrap; }
.docno { border-bottom: 1.5pt solid #ff0000; padding-bottom: 4mm; }
.title { font-family: ${FONT.title}; font-size: 22pt; text-align: center; line-height: ${LINE_PITCH_PT.toFixed(2)}pt; }
.form .title { margin-bottom: ${(LINE_PITCH_PT / 2).toFixed(2)}pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 6pt; }
td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; text-align: left; overflow-wrap: anywhere; line-break: strict; }
td.label { text-align: center; }
td p { white-space: pre-wrap; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.notes p { font-size: 14pt; line-height: 1.5; }
.signature { break-inside: avoid; break-before: avoid; }
.copyto { margin-top: ${LINE_PITCH_PT.toFixed(2)}pt; border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; font-size: 14pt; padding: 0 14pt; }
.cover .title { font-size: 26pt; line-height: 1.6; margin: 20mm 0 16mm; }
.notice { font-size: 14pt; line-height: 1.8; }
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Width in characters as the grid counts them: CJK one, Latin letters and digits half. */
function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

function paragraph(p: RenderedParagraph): string {
  return `<p class="${p.style}">${escapeHtml(p.text)}</p>`;
}

function letterhead(mark: string, number: string): string {
  // As large as 初号 (42 pt) allows while the whole name stays on one line, as in the DOCX.
  const markPt = Math.min(42, Math.floor(TYPE_AREA_WIDTH_PT / Math.max(1, widthInChars(mark))));
  return `<div class="letterhead"><p class="mark" style="font-size:${markPt}pt;line-height:${markPt}pt">${escapeHtml(mark)}</p>
<p class="blank"></p><p class="blank"></p><p class="docno">${escapeHtml(number)}</p><p class="blank"></p></div>`;
}

function cell(c: RenderedCell, fontPt: number): string {
  const lines = Math.max(c.minLines, c.lines.length);
  const minHeight = (lines * fontPt * 1.5 + 4).toFixed(1);
  const body = c.lines.map((l) => `<p>${l ? escapeHtml(l) : '&#8203;'}</p>`).join('');
  return `<td${c.span > 1 ? ` colspan="${c.span}"` : ''}${c.label ? ' class="label"' : ''} style="height:${minHeight}pt">${body}</td>`;
}

function table(t: RenderedTable): string {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const cols = t.columns.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`).join('');
  const rowHtml = (r: RenderedTable['rows'][number]) => `<tr>${r.cells.map((c) => cell(c, t.fontSizePt)).join('')}</tr>`;
  const head = t.rows.filter((r) => r.header).map(rowHtml).join('');
  const rows = t.rows.filter((r) => !r.header).map(rowHtml).join('');
  return `<table style="font-size:${t.fontSizePt}pt;line-height:1.5"><colgroup>${cols}</colgroup>${head ? `<thead>${head}</thead>` : ''}<tbody>${rows}</tbody></table>`;
}

/** GB/T 9704 7.3.5: on a sealed letter the date sits four characters in, the signature centred over it. */
function signatureBlock(signature: string | undefined, date: string | undefined, sealed: boolean): string {
  if (!signature && !date) return '';
  const sig = signature ? widthInChars(signature) : 0;
  const dat = date ? widthInChars(date) : 0;
  const sigRight = sealed ? Math.max(0, 4 + (dat - sig) / 2) : 2;
  const dateRight = sealed ? 4 : Math.max(0, sigRight + sig - 2 - dat);
  const line = (text: string, right: number) => `<p class="right" style="padding-right:${right.toFixed(2)}em">${escapeHtml(text)}</p>`;
  return `<div class="signature"><p class="blank"></p>${sealed ? '<p class="blank"></p>' : ''}${signature ? line(signature, sigRight) : ''}${date ? line(date, dateRight) : ''}</div>`;
}

function page(bodyClass: string, content: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>${CSS}</style></head><body class="${bodyClass}">${content}</body></html>`;
}

/** One issued document (or the case file's cover or index) as a printable page. */
export function documentHtml(doc: RenderedDocument, variant: 'document' | 'cover' = 'document'): string {
  const parts: string[] = [];
  if (doc.layout === 'letter' && doc.letterhead) parts.push(letterhead(doc.letterhead.mark, doc.letterhead.number));
  parts.push(`<div class="title">${doc.title.split('\n').map((l) => `<p>${escapeHtml(l.trim())}</p>`).join('')}</div>`);
  parts.push('<p class="blank"></p>');
  if (doc.recipient) parts.push(`<p class="plain">${escapeHtml(doc.recipient)}</p>`);
  parts.push(...doc.paragraphs.map(paragraph));
  parts.push(...doc.tables.map(table));
  if (doc.notes.length) parts.push(`<div class="notes">${doc.notes.map(paragraph).join('')}</div>`);
  parts.push(signatureBlock(doc.signature, doc.date, doc.layout === 'letter'));
  if (doc.copyTo) parts.push(`<p class="copyto">抄送：${escapeHtml(doc.copyTo)}${/[。.]$/.test(doc.copyTo) ? '' : '。'}</p>`);
  return page(`${doc.layout}${variant === 'cover' ? ' cover' : ''}`, parts.join('\n'));
}

/** A page of plain notice text, e.g. standing in for an attachment that could not be merged. */
export function noticeHtml(title: string, lines: string[]): string {
  return page('notice', `<div class="title"><p>${escapeHtml(title)}</p></div><p class="blank"></p>${lines.map((l) => `<p class="notice">${escapeHtml(l)}</p>`).join('')}`);
}
