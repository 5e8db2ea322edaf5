import { createHash } from 'node:crypto';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
} from 'docx';
import type { RenderedCell, RenderedDocument, RenderedParagraph, RenderedTable } from '../../shared/documents';

/**
 * A rendered document as a DOCX in the layout of GB/T 9704-2012 (党政机关公文格式): 22 lines of 28
 * characters. Fonts are referenced, not embedded: office machines have them, and the font table
 * names a common fallback for each.
 *
 * The 22 lines come from a line grid (w:docGrid type="lines"), so each line falls where the standard
 * puts it whichever font substitutes. The 28 characters come from character spacing on the 三号 runs
 * rather than from a character grid (type="linesAndChars" with w:charSpace, as Word's 公文 templates
 * do): Word and WPS honour both, but LibreOffice gives every glyph wider than a character cell two
 * cells, and 16 pt glyphs in 15.79 pt cells came out 14 to a line. A CJK glyph is one em in every
 * font, so spacing gives the same 28 everywhere.
 */

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
const pt = (v: number) => Math.round(v * 20);

/** 字号 in points: 二号 22, 三号 16, 四号 14. */
const SIZE_2 = 22;
const SIZE_3 = 16;
const SIZE_4 = 14;

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** What Word uses when the named font is missing (w:altName): the system fonts every Chinese Windows has. */
const FONT_FALLBACKS: Record<string, { alt: string; family: string; pitch: string }> = {
  [FONTS.title]: { alt: '宋体', family: 'roman', pitch: 'variable' },
  [FONTS.body]: { alt: '仿宋', family: 'modern', pitch: 'fixed' },
  [FONTS.heading1]: { alt: 'SimHei', family: 'modern', pitch: 'fixed' },
  [FONTS.heading2]: { alt: '楷体', family: 'modern', pitch: 'fixed' },
  [FONTS.pageNumber]: { alt: 'SimSun', family: 'auto', pitch: 'variable' },
};

const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(37), left: mm(28), bottom: mm(35), right: mm(26) };
const TYPE_AREA = { width: PAGE.width - MARGIN.left - MARGIN.right, height: PAGE.height - MARGIN.top - MARGIN.bottom };
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/**
 * Word fits floor(type-area height / linePitch) lines on a page. 225 mm is 12756 twips; 12756 / 22 is
 * 579.8, and a pitch of 580 would leave room for only 21 lines, so the pitch is rounded down: 579
 * twips = 28.95 pt.
 */
const LINE_PITCH = Math.floor(TYPE_AREA.height / LINES_PER_PAGE);
/**
 * 156 mm / 28 = 15.79 pt a character, 0.21 pt less than 三号's 16 pt. Character spacing (w:spacing,
 * in twips) rounds down to -5 = -0.25 pt: 28 × 15.75 pt = 441 pt fits the 442.25 pt line, 29 do not.
 */
const CHAR_PITCH_PT = TYPE_AREA.width / 20 / CHARS_PER_LINE;
const CHARACTER_SPACING = Math.floor((CHAR_PITCH_PT - SIZE_3) * 20);
const CHAR = pt(CHAR_PITCH_PT);

/**
 * The page number's top edge sits 7 mm below the type area (GB/T 9704 7.5), i.e. 28 mm above the
 * page's bottom edge; Word measures the footer distance to the footer's bottom, one exact 18 pt line lower.
 */
const PAGE_NUMBER_LINE = pt(18);
const FOOTER_DISTANCE = mm(35 - 7) - PAGE_NUMBER_LINE;

/** The measures the layout is built from, for tests and for anyone checking the arithmetic. */
export const GBT9704_LAYOUT = {
  page: PAGE,
  margin: MARGIN,
  typeArea: TYPE_AREA,
  linesPerPage: LINES_PER_PAGE,
  charsPerLine: CHARS_PER_LINE,
  linePitch: LINE_PITCH,
  characterSpacing: CHARACTER_SPACING,
  footer: FOOTER_DISTANCE,
} as const;

const RED = 'FF0000';

type FontName = (typeof FONTS)[keyof typeof FONTS];
const font = (name: FontName) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
/** A run of text; 三号 text on the grid is drawn at the grid's character pitch. */
const run = (text: string, name: FontName = FONTS.body, sizePt = SIZE_3, extra: { color?: string } = {}) =>
  new TextRun({
    text,
    font: font(name),
    size: sizePt * 2,
    sizeComplexScript: sizePt * 2,
    ...(sizePt === SIZE_3 ? { characterSpacing: CHARACTER_SPACING } : {}),
    ...extra,
  });

/** Grid-snapped single spacing: each line takes one of the 22 grid lines. */
const GRID_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

function para(options: IParagraphOptions): Paragraph {
  return new Paragraph({ spacing: GRID_SPACING, ...options });
}
const blankLine = () => para({ children: [] });

/** Width of a text in grid characters: CJK one, ASCII digits and letters half. */
function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

function titleParagraphs(title: string): Paragraph[] {
  // The drafter's own line breaks are kept: GB/T 9704 wants long titles split by meaning.
  const lines = title.split('\n').map((l) => l.trim()).filter(Boolean);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // Exactly one grid line per title line, so the body below stays on the grid.
      spacing: { before: 0, after: 0, line: LINE_PITCH, lineRule: LineRuleType.EXACT },
      children: lines.map(
        (line, i) => new TextRun({ text: line, font: font(FONTS.title), size: SIZE_2 * 2, ...(i > 0 ? { break: 1 } : {}) }),
      ),
    }),
  ];
}

const INDENT_2_CHARS = { firstLine: 2 * CHAR, firstLineChars: 200 };

function bodyParagraph(p: RenderedParagraph, keep: { keepNext?: boolean; keepLines?: boolean } = {}): Paragraph {
  switch (p.style) {
    case 'heading1':
      return para({ ...keep, keepNext: true, indent: INDENT_2_CHARS, children: [run(p.text, FONTS.heading1)] });
    case 'heading2':
      return para({ ...keep, keepNext: true, indent: INDENT_2_CHARS, children: [run(p.text, FONTS.heading2)] });
    case 'plain':
      return para({ ...keep, children: [run(p.text)] });
    case 'right':
      return para({ ...keep, alignment: AlignmentType.RIGHT, children: [run(p.text)] });
    case 'body':
      return para({ ...keep, indent: INDENT_2_CHARS, alignment: AlignmentType.JUSTIFIED, children: [run(p.text)] });
  }
}

/**
 * 版头 (GB/T 9704 7.2): the issuing office's mark in red 小标宋, its top 35 mm below the type area's
 * top; two lines down the document number, centred; 4 mm under it a red line as wide as the type area.
 */
function letterhead(mark: string, number: string): Paragraph[] {
  // As large as 初号 (42 pt) allows while the whole name still fits on one line.
  const markPt = Math.min(42, Math.floor(TYPE_AREA.width / 20 / Math.max(1, widthInChars(mark))));
  const redLine: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // Exact spacing keeps the grid from stretching the large mark over two lines.
      spacing: { before: mm(35), after: 0, line: pt(markPt), lineRule: LineRuleType.EXACT },
      children: [run(mark, FONTS.title, markPt, { color: RED })],
    }),
    blankLine(),
    blankLine(),
    para({ alignment: AlignmentType.CENTER, border: { bottom: redLine }, children: [run(number)] }),
    blankLine(),
  ];
}

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5). A sealed document (letter): the date right-aligned four
 * characters in, the signature centred over the date. An unsealed one (report): the signature two
 * characters in, the date under it starting two characters further right.
 */
function signatureBlock(signature: string | undefined, date: string | undefined, sealed: boolean): Paragraph[] {
  if (!signature && !date) return [];
  const sig = signature ? widthInChars(signature) : 0;
  const dat = date ? widthInChars(date) : 0;
  const sigRight = sealed ? Math.max(0, 4 + (dat - sig) / 2) : 2;
  const dateRight = sealed ? 4 : Math.max(0, sigRight + sig - 2 - dat);
  const kept = () => para({ keepNext: true, children: [] });
  const out: Paragraph[] = [kept()];
  if (sealed) out.push(kept());
  if (signature) out.push(para({ keepNext: Boolean(date), alignment: AlignmentType.RIGHT, indent: { right: Math.round(sigRight * CHAR) }, children: [run(signature)] }));
  if (date) out.push(para({ alignment: AlignmentType.RIGHT, indent: { right: Math.round(dateRight * CHAR) }, children: [run(date)] }));
  return out;
}

/** 版记 (GB/T 9704 7.4): 抄送机关 in 四号, one character in on each side, between separator lines. */
function copyToBlock(copyTo: string): Paragraph[] {
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
  const text = `抄送：${copyTo}${/[。.]$/.test(copyTo) ? '' : '。'}`;
  return [
    blankLine(),
    para({
      indent: { left: pt(SIZE_4), right: pt(SIZE_4), hanging: 0 },
      border: { top: rule, bottom: rule },
      children: [run(text, FONTS.body, SIZE_4)],
    }),
  ];
}

const CELL_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_MARGIN = 80;

function cell(c: RenderedCell, width: number, sizePt: number, lineTwips: number): TableCell {
  return new TableCell({
    columnSpan: c.span,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    children: c.lines.map(
      (line) =>
        new Paragraph({
          alignment: c.label ? AlignmentType.CENTER : AlignmentType.LEFT,
          // Exact, so a form is as tall in Word (tables ignore the line grid) as in viewers that apply it.
          spacing: { before: 0, after: 0, line: lineTwips, lineRule: LineRuleType.EXACT },
          children: line ? [run(line, FONTS.body, sizePt)] : [],
        }),
    ),
  });
}

/** A form's table, as wide as the type area, its column weights scaled to twips. */
function table(t: RenderedTable): Table {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((w) => Math.floor((w / total) * TYPE_AREA.width));
  widths[widths.length - 1]! += TYPE_AREA.width - widths.reduce((a, b) => a + b, 0);
  const lineTwips = pt(t.fontSizePt * 1.5);
  return new Table({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
    rows: t.rows.map((r) => {
      let col = 0;
      const cells = r.cells.map((c) => {
        const w = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0);
        col += c.span;
        return cell(c, w, t.fontSizePt, lineTwips);
      });
      const lines = Math.max(...r.cells.map((c) => Math.max(c.minLines, c.lines.length)));
      return new TableRow({
        tableHeader: r.header,
        cantSplit: true,
        height: { value: Math.max(lineTwips * lines, pt(t.fontSizePt * 2)) + 80, rule: HeightRule.ATLEAST },
        children: cells,
      });
    }),
  });
}

/** 页码 (GB/T 9704 7.5): “— N —” in 四号 宋体; odd pages right, even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const runOpts = { font: font(FONTS.pageNumber), size: SIZE_4 * 2 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: pt(SIZE_4) } : { left: pt(SIZE_4) },
        spacing: { before: 0, after: 0, line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ ...runOpts, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * GB/T 9704 7.3.5 forbids a page holding only the signature and date ("此页无正文"): the last body
 * paragraph is kept on the page with them.
 */
function keptWithSignature(paragraphs: RenderedParagraph[], hasSignature: boolean): Paragraph[] {
  const last = paragraphs.length - 1;
  return paragraphs.map((p, i) => bodyParagraph(p, hasSignature && i === last ? { keepNext: true, keepLines: true } : {}));
}

function bodyOf(doc: RenderedDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (doc.layout === 'letter' && doc.letterhead) out.push(...letterhead(doc.letterhead.mark, doc.letterhead.number), blankLine());
  out.push(...titleParagraphs(doc.title));
  out.push(blankLine());
  if (doc.recipient) out.push(para({ children: [run(doc.recipient)] }));
  out.push(...keptWithSignature(doc.paragraphs, Boolean(doc.signature || doc.date) && doc.tables.length === 0));
  for (const t of doc.tables) out.push(table(t));
  out.push(...doc.notes.map((n) => para({ children: [run(n.text, FONTS.body, SIZE_4)] })));
  out.push(...signatureBlock(doc.signature, doc.date, doc.layout === 'letter'));
  if (doc.copyTo) out.push(...copyToBlock(doc.copyTo));
  return out;
}

function fontTableXml(): string {
  const fonts = Object.entries(FONT_FALLBACKS)
    .map(
      ([name, f]) =>
        `<w:font w:name="${name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

export interface DocxFile {
  bytes: Buffer;
  /** SHA-256 of `bytes`, lowercase hex: what the case record stores to prove the file unchanged. */
  sha256: string;
}

export interface DocxOptions {
  /** Written into the file's properties (dc:creator); defaults to the product name. */
  creator?: string;
}

/** Lays a rendered document out as a GB/T 9704 DOCX. Pure: returns the bytes and writes nothing. */
export async function buildGbt9704Docx(doc: RenderedDocument, options: DocxOptions = {}): Promise<DocxFile> {
  const document = new Document({
    creator: options.creator ?? 'Qingzheng 清正',
    title: doc.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: SIZE_3 * 2, sizeComplexScript: SIZE_3 * 2 }, paragraph: { spacing: GRID_SPACING } },
      },
      // Normal itself says 三号 and 仿宋: LibreOffice takes the base font from the style, not the defaults.
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          run: { font: font(FONTS.body), size: SIZE_3 * 2, sizeComplexScript: SIZE_3 * 2 },
          paragraph: { spacing: GRID_SPACING },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: mm(15), footer: FOOTER_DISTANCE, gutter: 0 },
          },
          // Forms are tables, which the 22-line grid is not for; some viewers would stretch their rows to it.
          ...(doc.layout === 'form' ? {} : { grid: { type: 'lines' as const, linePitch: LINE_PITCH } }),
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: bodyOf(doc),
      },
    ],
  });
  const bytes = await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
