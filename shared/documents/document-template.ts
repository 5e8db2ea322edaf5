import { z } from 'zod';
import { DOCUMENT_KIND_KEYS } from './document-kind';

/**
 * A document template as an administrator edits it: data, stored as one row per version. Every string
 * is bounded, so a template can neither bloat the database nor hang the renderer.
 */

export const TEMPLATE_FORMAT = 1;
export const TEMPLATE_LIMITS = {
  line: 200,
  paragraph: 5_000,
  paragraphs: 200,
  tables: 10,
  columns: 12,
  rows: 100,
  cell: 2_000,
  cellLines: 30,
  columnWeight: 100,
} as const;

/**
 * - body: a 正文 paragraph, first line indented two characters;
 * - heading1 / heading2: 一、 and （一） level headings (黑体, 楷体), indented like the body;
 * - plain: flush left, no indent (a 附件 line, a form's note);
 * - right: flush right (a form's 编号 line).
 */
export const PARAGRAPH_STYLES = ['body', 'heading1', 'heading2', 'plain', 'right'] as const;
export type ParagraphStyle = (typeof PARAGRAPH_STYLES)[number];

/** Sizes a form's table may use: 三号, 四号, 小四, 五号. */
export const TABLE_FONT_SIZES_PT = [16, 14, 12, 10.5] as const;
export type TableFontSizePt = (typeof TABLE_FONT_SIZES_PT)[number];

const line = z.string().max(TEMPLATE_LIMITS.line);

export const templateParagraphSchema = z
  .object({
    style: z.enum(PARAGRAPH_STYLES),
    text: z.string().max(TEMPLATE_LIMITS.paragraph),
  })
  .strict();

export const templateCellSchema = z
  .object({
    text: z.string().max(TEMPLATE_LIMITS.cell),
    /** Columns this cell spans (Word's gridSpan). */
    span: z.number().int().min(1).max(TEMPLATE_LIMITS.columns).optional(),
    /** A label cell (申请人, 审批意见…): centred. */
    label: z.boolean().optional(),
    /** Lines kept free for handwriting (opinions, signatures): the row is at least this tall. */
    minLines: z.number().int().min(1).max(TEMPLATE_LIMITS.cellLines).optional(),
  })
  .strict();

export const templateRowSchema = z
  .object({
    cells: z.array(templateCellSchema).min(1).max(TEMPLATE_LIMITS.columns),
    /** Repeated at the top of every page the table runs onto. */
    header: z.boolean().optional(),
    /** A `rows` placeholder (e.g. `file.items`): the row is written once per item, whose fields are `item.*`. */
    repeat: z.string().max(100).optional(),
  })
  .strict();

export const templateTableSchema = z
  .object({
    /** Relative column widths; the table always fills the type area. */
    columns: z.array(z.number().int().min(1).max(TEMPLATE_LIMITS.columnWeight)).min(1).max(TEMPLATE_LIMITS.columns),
    rows: z.array(templateRowSchema).min(1).max(TEMPLATE_LIMITS.rows),
    fontSizePt: z.union(TABLE_FONT_SIZES_PT.map((s) => z.literal(s))).optional(),
  })
  .strict();

export const documentTemplateSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT),
    kind: z.enum(DOCUMENT_KIND_KEYS),
    title: line.min(1),
    /** 主送机关, written with its closing full-width colon. */
    recipient: line.optional(),
    /** The red letterhead of a `letter`: 发文机关标志 and 发文字号. */
    letterhead: z.object({ mark: line.min(1), number: line.min(1) }).strict().optional(),
    paragraphs: z.array(templateParagraphSchema).max(TEMPLATE_LIMITS.paragraphs),
    tables: z.array(templateTableSchema).max(TEMPLATE_LIMITS.tables),
    /** Lines under a form's tables (注：…). */
    notes: z.array(templateParagraphSchema).max(TEMPLATE_LIMITS.paragraphs).optional(),
    /** 发文机关署名 (or the team signing a report). */
    signature: line.optional(),
    /** 成文日期, normally `{{document.date|date}}`. */
    date: line.optional(),
    /** 抄送机关, in the 版记. */
    copyTo: z.string().max(1_000).optional(),
  })
  .strict();

export type TemplateParagraph = z.infer<typeof templateParagraphSchema>;
export type TemplateCell = z.infer<typeof templateCellSchema>;
export type TemplateRow = z.infer<typeof templateRowSchema>;
export type TemplateTable = z.infer<typeof templateTableSchema>;
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;
