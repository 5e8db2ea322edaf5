import { z } from 'zod';
import { channel } from './define';
import { empty, id, isoDateTime } from './fields';
import { LOCALES } from '../i18n';

/** The shortest time an entry stays in the live trail before it may be archived: six months, as the law on network logs requires. */
export const AUDIT_RETENTION_FLOOR_DAYS = 180;
export const AUDIT_RETENTION_DEFAULT_DAYS = 365;

export const auditVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** Sequence number of the first entry whose hash or link does not hold. */
  brokenAt: z.number().int().nullable(),
  headHash: z.string().nullable(),
  /** The last archived entry the walk started from; null when it started from the genesis hash. */
  archivedThrough: z.number().int().nullable(),
});

export const auditEntry = z.object({
  seq: z.number().int(),
  at: isoDateTime,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  result: z.enum(['ok', 'refused']),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** Who, what, which record, when: the auditor's filters, the same for the list and the export. */
const auditFilter = {
  actorId: id.optional(),
  action: z.string().max(60).optional(),
  result: z.enum(['ok', 'refused']).optional(),
  recordType: z.string().max(40).optional(),
  recordId: z.string().max(64).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
};

/** A file the caller names; the core checks it (absolute, .xlsx, outside the data folder). Omitted: the host asks. */
const exportPath = z.string().min(1).max(1024).optional();

const auditFileWritten = z.object({
  path: z.string(),
  rows: z.number().int(),
  /** The chain's head when the file was written: compare it with a later verification. */
  headSeq: z.number().int().nullable(),
  headHash: z.string().nullable(),
  fileSha256: z.string(),
});

const archiveAnchor = z.object({ seq: z.number().int(), hash: z.string(), at: isoDateTime, rows: z.number().int(), fileSha256: z.string() });

const auditSettings = z.object({
  retentionDays: z.number().int(),
  minRetentionDays: z.number().int(),
  /** Where the live trail now begins: entries up to this one were archived to a file and removed. */
  archivedThrough: archiveAnchor.nullable(),
  /** Entries older than the retention period and not yet archived. */
  archivable: z.number().int(),
});

export const auditContract = {
  'audit.list': channel({
    input: z
      .object({
        ...auditFilter,
        page: z.number().int().min(1).max(1_000_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(auditEntry) }),
    access: 'session',
    permission: 'audit.read',
    mutates: false,
  }),
  'audit.verify': channel({ input: empty, output: auditVerification, access: 'session', permission: 'audit.read', mutates: false }),
  /** The selected entries (by filter, or by sequence number) as XLSX, with each entry's hashes and the chain's head. */
  'audit.export': channel({
    input: z
      .object({
        ...auditFilter,
        seqs: z.array(z.number().int().positive()).min(1).max(10_000).optional(),
        path: exportPath,
        locale: z.enum(LOCALES).optional(),
      })
      .strict(),
    output: auditFileWritten.nullable(),
    access: 'session',
    permission: 'audit.read',
    mutates: true,
  }),
  /** Reads an export or archive back and recomputes every row's hash: whether a file is still what was written. */
  'audit.checkFile': channel({
    input: z.object({ path: z.string().min(1).max(1024) }).strict(),
    output: z.object({
      ok: z.boolean(),
      rows: z.number().int(),
      brokenAt: z.number().int().nullable(),
      firstSeq: z.number().int().nullable(),
      lastSeq: z.number().int().nullable(),
      lastHash: z.string().nullable(),
      consecutive: z.boolean(),
      title: z.string(),
    }),
    access: 'session',
    permission: 'audit.read',
    mutates: false,
  }),
  'audit.settings': channel({ input: empty, output: auditSettings, access: 'session', permission: 'audit.read', mutates: false }),
  'audit.updateSettings': channel({
    input: z.object({ retentionDays: z.number().int().min(AUDIT_RETENTION_FLOOR_DAYS).max(36_500) }).strict(),
    output: auditSettings,
    access: 'session',
    permission: 'audit.manage',
    mutates: true,
  }),
  /**
   * Moves the entries older than the retention period out of the live trail: written to an XLSX
   * file first, then the archive anchor (last seq and hash) is set and those rows removed, in one
   * transaction with the entry that records it. Verification then starts from the anchor.
   */
  'audit.archive': channel({
    input: z.object({ path: exportPath, locale: z.enum(LOCALES).optional() }).strict(),
    output: auditFileWritten.extend({ throughSeq: z.number().int() }).nullable(),
    access: 'session',
    permission: 'audit.manage',
    mutates: true,
  }),
} as const;
