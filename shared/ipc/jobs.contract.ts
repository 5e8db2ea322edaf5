import { z } from 'zod';
import { channel } from './define';
import { intId, isoDateTime } from './fields';
import { caseKind } from './cases.contract';

/**
 * Long work runs as a job. The channel that starts one answers at once with its status (the id
 * is what matters); the screen then polls `jobs.status` about twice a second and draws
 * `phase` with `done` of `total` until `state` is no longer 'running'. The result arrives in the
 * last status. Phases, in order, by kind (a label for each is under `files.phases`):
 *
 * - caseFile:       collect → render (documents printed / documents) → merge (items merged / items) → write
 * - ledger:         rows (rows written / rows) → write
 * - packageExport:  collect → write (bytes written / bytes)
 * - packageInspect: verify (bytes checked / bytes) → preview
 * - packageImport:  stage (bytes read / bytes) → commit
 *
 * A job stops with 'cancelled' after `jobs.cancel`, and with 'failed' (and the error) when the
 * session locks or ends meanwhile or anything goes wrong; either way it leaves no partial file.
 */
export const JOB_KINDS = ['caseFile', 'ledger', 'packageExport', 'packageInspect', 'packageImport'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

const errorPayload = z.object({
  code: z.string(),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
  fields: z.array(z.string()).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const caseFileResult = z.object({
  kind: z.literal('caseFile'),
  path: z.string(),
  pages: z.number().int(),
  bytes: z.number().int(),
  sha256,
  /** The index as printed: each item with its page range. */
  items: z.array(z.object({ title: z.string(), pages: z.string() })),
});

export const ledgerResult = z.object({ kind: z.literal('ledger'), path: z.string(), format: z.enum(['xlsx', 'csv']), rows: z.number().int(), sha256 });

export const packageExportResult = z.object({
  kind: z.literal('packageExport'),
  path: z.string(),
  bytes: z.number().int(),
  cases: z.number().int(),
  documents: z.number().int(),
  attachments: z.number().int(),
});

/** How a case in a package stands against this installation: not here, here and the same, here and different. */
export const PREVIEW_STATUSES = ['new', 'same', 'differs'] as const;

export const packagePreview = z.object({
  kind: z.literal('packageInspect'),
  office: z.string(),
  exportedAt: z.string(),
  exportedBy: z.string(),
  formatVersion: z.number().int(),
  bytes: z.number().int(),
  cases: z.array(
    z.object({
      originOffice: z.string(),
      number: z.string(),
      caseKind,
      cadreName: z.string(),
      unitName: z.string(),
      status: z.enum(PREVIEW_STATUSES),
      /** The local case it matches, when there is one. */
      localId: intId.nullable(),
      events: z.number().int(),
      documents: z.number().int(),
      attachments: z.number().int(),
    }),
  ),
  /** Units the import will add under the importer's unit, because this installation has none of that name. */
  newUnits: z.array(z.string()),
});

export const packageImportResult = z.object({
  kind: z.literal('packageImport'),
  imported: z.array(z.object({ number: z.string(), caseId: intId })),
  skipped: z.array(z.object({ number: z.string(), status: z.enum(PREVIEW_STATUSES) })),
});

export const jobResult = z.discriminatedUnion('kind', [caseFileResult, ledgerResult, packageExportResult, packagePreview, packageImportResult]);
export type JobResult = z.infer<typeof jobResult>;

export const jobStatus = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  state: z.enum(JOB_STATES),
  phase: z.string(),
  done: z.number(),
  total: z.number(),
  result: jobResult.nullable(),
  error: errorPayload.nullable(),
  startedAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
});
export type JobStatus = z.infer<typeof jobStatus>;

export const jobsContract = {
  'jobs.status': channel({ input: z.object({ id: z.string().max(64) }).strict(), output: jobStatus, access: 'session', mutates: false }),
  'jobs.cancel': channel({ input: z.object({ id: z.string().max(64) }).strict(), output: jobStatus, access: 'session', mutates: false }),
} as const;
