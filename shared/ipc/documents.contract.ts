import { z } from 'zod';
import { channel } from './define';
import { intId, isoDate, isoDateTime, empty } from './fields';
import { DOCUMENT_KIND_KEYS, DOCUMENT_LAYOUTS, PARAGRAPH_STYLES, documentTemplateSchema } from '../documents';

const kind = z.enum(DOCUMENT_KIND_KEYS);
const filePath = z.string().min(1).max(4_096);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** 保管期限 of a case file: 永久, 长期 (30 years), 短期 (10 years). */
export const RETENTION_PERIODS = ['permanent', 'long', 'short'] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];
export const DEFAULT_RETENTION: RetentionPeriod = 'long';

/**
 * A value the officer supplies where the case data has none (the date accountability started, a
 * contact phone…), keyed by placeholder path. Kept with the document, and offered again for the
 * next document of the same case.
 */
export const suppliedValue = z.union([z.string().max(20_000), z.number().finite(), z.array(z.string().max(2_000)).max(200)]);
export const suppliedValues = z.record(z.string().max(100), suppliedValue);
export type SuppliedValues = z.infer<typeof suppliedValues>;

const renderedParagraph = z.object({ style: z.enum(PARAGRAPH_STYLES), text: z.string() });
/** The text of a document exactly as it was issued, as the DOCX and the case file lay it out. */
export const renderedDocument = z.object({
  kind,
  layout: z.enum(DOCUMENT_LAYOUTS),
  title: z.string(),
  recipient: z.string().optional(),
  letterhead: z.object({ mark: z.string(), number: z.string() }).optional(),
  paragraphs: z.array(renderedParagraph),
  tables: z.array(
    z.object({
      columns: z.array(z.number()),
      rows: z.array(
        z.object({
          cells: z.array(z.object({ lines: z.array(z.string()), span: z.number().int(), label: z.boolean(), minLines: z.number().int() })),
          header: z.boolean(),
        }),
      ),
      fontSizePt: z.number(),
    }),
  ),
  notes: z.array(renderedParagraph),
  signature: z.string().optional(),
  date: z.string().optional(),
  copyTo: z.string().optional(),
});

export const documentInfo = z.object({
  id: intId,
  caseId: intId,
  kind,
  step: z.string(),
  templateVersion: z.number().int(),
  /** 发文字号, for the kinds that carry one. */
  number: z.string().nullable(),
  title: z.string(),
  /** 成文日期. */
  issuedOn: isoDate,
  size: z.number().int(),
  sha256,
  generatedBy: z.string(),
  generatedByName: z.string(),
  generatedAt: isoDateTime,
  /** A correction: this document replaces that one and carries its number. */
  replacesId: intId.nullable(),
  supersededBy: intId.nullable(),
  /** Set on documents that came in a case package from another office. */
  originOffice: z.string().nullable(),
});
export type DocumentInfo = z.infer<typeof documentInfo>;

export const documentSettings = z
  .object({
    /** 发文机关标志 on the red letterhead; the office name when empty. */
    officeMark: z.string().trim().max(100),
    officeShortName: z.string().trim().max(100),
    contactPhone: z.string().trim().max(40),
    appealOrgan: z.string().trim().max(100),
    filingOrgan: z.string().trim().max(100),
    orgDeptName: z.string().trim().max(100),
    /** 机关代字 per numbered kind, e.g. 绵纪容认 → 绵纪容认〔2026〕3号; the default is the office code and a mark of the kind. */
    numberMarks: z.partialRecord(kind, z.string().trim().min(1).max(20).regex(/^[^〔〕\s]+$/)),
    retention: z.enum(RETENTION_PERIODS),
  })
  .strict();
export type DocumentSettings = z.infer<typeof documentSettings>;

const templateVersionInfo = z.object({ version: z.number().int(), createdAt: isoDateTime.nullable(), createdBy: z.string().nullable() });
const templateOutput = z.object({ kind, version: z.number().int(), template: documentTemplateSchema, versions: z.array(templateVersionInfo) });

export const documentsContract = {
  /** Which documents the case can issue now, and which values each still lacks. */
  'documents.kinds': channel({
    input: z.object({ caseId: intId }).strict(),
    output: z.object({
      kinds: z.array(
        z.object({
          kind,
          step: z.string(),
          layout: z.enum(DOCUMENT_LAYOUTS),
          numbered: z.boolean(),
          /** The case has reached the step the document belongs to (and, for some, taken the action that calls for it). */
          available: z.boolean(),
          /** Placeholder paths the case data does not fill; `values` in documents.generate supplies them. */
          missing: z.array(z.string()),
          issued: z.number().int(),
        }),
      ),
      supplied: suppliedValues,
    }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  /** Renders the current template with the case's data, takes a number if the kind carries one, and stores the DOCX with the case. */
  'documents.generate': channel({
    input: z
      .object({
        caseId: intId,
        kind,
        /** 成文日期; today when omitted. */
        date: isoDate.optional(),
        values: suppliedValues.optional(),
        /** Corrects an issued document of the same kind: the new one keeps its number, the old one is marked superseded. */
        replaces: intId.optional(),
      })
      .strict(),
    output: documentInfo,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  'documents.list': channel({
    input: z.object({ caseId: intId }).strict(),
    output: z.object({ rows: z.array(documentInfo) }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
    auditRead: true,
  }),
  /** The document as it was issued: its text and its DOCX (base64). */
  'documents.get': channel({
    input: z.object({ id: intId }).strict(),
    output: z.object({ document: documentInfo, rendered: renderedDocument, docx: z.string() }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
    auditRead: true,
  }),
  'documents.save': channel({
    input: z.object({ id: intId, path: filePath.optional() }).strict(),
    output: z.object({ path: z.string(), size: z.number().int(), sha256 }),
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  'templates.list': channel({
    input: empty,
    output: z.object({
      rows: z.array(
        z.object({
          kind,
          step: z.string(),
          layout: z.enum(DOCUMENT_LAYOUTS),
          numbered: z.boolean(),
          version: z.number().int(),
          updatedAt: isoDateTime.nullable(),
          updatedBy: z.string().nullable(),
        }),
      ),
    }),
    access: 'session',
    mutates: false,
  }),
  'templates.get': channel({
    input: z.object({ kind, version: z.number().int().min(1).max(100_000).optional() }).strict(),
    output: templateOutput,
    access: 'session',
    mutates: false,
  }),
  /** Saves an edit as the next version; documents already issued keep the text of the version they used. */
  'templates.update': channel({
    input: z.object({ kind, template: documentTemplateSchema }).strict(),
    output: templateOutput,
    access: 'session',
    permission: 'settings.manage',
    mutates: true,
  }),
  'docSettings.get': channel({ input: empty, output: documentSettings, access: 'session', mutates: false }),
  'docSettings.update': channel({
    input: documentSettings.partial().strict(),
    output: documentSettings,
    access: 'session',
    permission: 'settings.manage',
    mutates: true,
  }),
} as const;
