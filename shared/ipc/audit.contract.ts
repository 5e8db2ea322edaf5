import { z } from 'zod';
import { channel } from './define';
import { empty } from './fields';

export const auditVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** Sequence number of the first entry whose hash or link does not hold. */
  brokenAt: z.number().int().nullable(),
  headHash: z.string().nullable(),
});

export const auditContract = {
  'audit.verify': channel({ input: empty, output: auditVerification, access: 'session', permission: 'audit.read', mutates: false }),
} as const;
