import { z } from 'zod';
import { caseKind } from '../../shared/ipc/cases.contract';
import { renderedDocument, suppliedValues } from '../../shared/ipc/documents.contract';
import { DOCUMENT_KIND_KEYS } from '../../shared/documents';
import { faultToleranceCatalogSchema } from '../../shared/workflow/fault-tolerance.catalog';
import { CASE_STATUSES } from '../../shared/workflow/types';

/**
 * One case as it travels in a package, version CASE_PACKAGE_FORMAT: everything another
 * installation needs to hold the case as the exporting office held it, and nothing that only
 * means something here (row ids, unit ids, cadre ids). The bytes of documents and attachments
 * travel as entries of their own, `blobs/<sha256>`, referred to by hash and size.
 *
 * Identity across installations: the office that opened the case (`originOffice`) and its number.
 */
export const CASE_PACKAGE_FORMAT = 1;
/** `meta.content` of a case package, so a package of something else is refused as such. */
export const CASE_PACKAGE_CONTENT = 'qingzheng.cases';
export const CASE_ENTRY_PREFIX = 'cases/';
export const BLOB_ENTRY_PREFIX = 'blobs/';
/** The history line an import adds; comparisons of a case's content leave such lines out. */
export const IMPORT_ACTION = 'case.import';

const text = (max: number) => z.string().max(max);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDateTime = z.string().min(1).max(40);
const blobRef = z.object({ sha256, size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }).strict();

const eventRecord = z
  .object({
    at: isoDateTime,
    actorId: text(100),
    actorName: text(100),
    action: text(60),
    fromStep: text(40).nullable(),
    toStep: text(40).nullable(),
    reason: text(20_000).nullable(),
    data: text(1_000_000).nullable(),
  })
  .strict();

const documentRecord = z
  .object({
    /** Its place in this record's list: what `replaces` and `supersededBy` point at. */
    key: z.number().int().nonnegative(),
    kind: z.enum(DOCUMENT_KIND_KEYS),
    step: text(40),
    templateVersion: z.number().int().positive(),
    number: text(100).nullable(),
    title: text(1_000),
    issuedOn: isoDate,
    rendered: renderedDocument,
    supplied: suppliedValues.nullable(),
    blob: blobRef,
    replaces: z.number().int().nonnegative().nullable(),
    supersededBy: z.number().int().nonnegative().nullable(),
    generatedBy: text(100),
    generatedByName: text(100),
    generatedAt: isoDateTime,
    originOffice: text(200),
  })
  .strict();

const attachmentRecord = z
  .object({
    step: text(40),
    name: text(255),
    mime: text(100),
    size: z.number().int().nonnegative(),
    sha256,
    /** Null once purged: the record and hash travel, the bytes are gone. */
    blob: blobRef.nullable(),
    addedBy: text(100),
    addedByName: text(100),
    addedAt: isoDateTime,
    removed: z.object({ by: text(100), byName: text(100), at: isoDateTime, reason: text(2_000) }).strict().nullable(),
    purgedAt: isoDateTime.nullable(),
  })
  .strict();

export const caseRecord = z
  .object({
    originOffice: text(200).min(1),
    kind: caseKind,
    number: text(100).min(1),
    year: z.number().int(),
    seq: z.number().int(),
    status: z.enum(CASE_STATUSES),
    step: text(40),
    openedOn: isoDate,
    stepStartedOn: isoDate,
    dueOn: isoDate.nullable(),
    dueEstimate: z.boolean(),
    outcome: text(40).nullable(),
    catalogVersion: z.number().int().nullable(),
    /** The catalog version the case applied, so its situations can be named where that version is unknown. */
    catalog: faultToleranceCatalogSchema.nullable(),
    data: z.record(z.string().max(60), z.unknown()),
    situations: z.array(text(100)).max(200),
    createdBy: text(100),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    closedAt: isoDateTime.nullable(),
    cadre: z
      .object({
        name: text(100).min(1),
        gender: z.enum(['male', 'female']).nullable(),
        post: text(100).nullable(),
        rank: text(100).nullable(),
        politicalStatus: text(100).nullable(),
        idNumber: text(18).nullable(),
        unitName: text(100).min(1),
      })
      .strict(),
    unitName: text(100).min(1),
    verifyingUnitName: text(100).nullable(),
    events: z.array(eventRecord).max(100_000),
    documents: z.array(documentRecord).max(10_000),
    attachments: z.array(attachmentRecord).max(10_000),
  })
  .strict();
export type CaseRecord = z.infer<typeof caseRecord>;

export const blobEntryName = (sha: string) => `${BLOB_ENTRY_PREFIX}${sha}`;

/** Every blob a record refers to, each once. */
export function blobsOf(record: CaseRecord): { sha256: string; size: number }[] {
  const seen = new Map<string, number>();
  for (const d of record.documents) seen.set(d.blob.sha256, d.blob.size);
  for (const a of record.attachments) if (a.blob) seen.set(a.blob.sha256, a.blob.size);
  return [...seen].map(([sha256, size]) => ({ sha256, size }));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** JSON in which key order does not count. */
export const canonicalJson = (value: unknown): string => JSON.stringify(canonical(value));

/** The case's content for comparison: key order and the lines imports added do not count. */
export function contentOf(record: CaseRecord): string {
  return canonicalJson({ ...record, events: record.events.filter((e) => e.action !== IMPORT_ACTION) });
}
