import { z } from 'zod';
import { channel } from './define';
import { empty, id, isoDateTime } from './fields';

export const auditVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** Sequence number of the first entry whose hash or link does not hold. */
  brokenAt: z.number().int().nullable(),
  headHash: z.string().nullable(),
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

export const auditContract = {
  'audit.list': channel({
    input: z
      .object({
        actorId: id.optional(),
        action: z.string().max(60).optional(),
        result: z.enum(['ok', 'refused']).optional(),
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
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
} as const;
