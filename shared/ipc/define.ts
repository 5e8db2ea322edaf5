import type { z } from 'zod';
import type { Permission } from '../roles';

/**
 * How a channel may be reached:
 * - 'public': before sign-in (setup, login, recovery);
 * - 'session': any signed-in, unlocked user; `permission` narrows it to roles.
 */
export type Access = 'public' | 'session';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  permission?: Permission;
  /** State-changing: runs in one transaction that also appends its audit entry. */
  mutates: boolean;
  /** Reads case content: the read itself is recorded in the audit trail (who opened what, when). */
  auditRead?: boolean;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}
