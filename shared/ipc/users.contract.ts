import { z } from 'zod';
import { channel } from './define';
import { empty, shortText, password, username, id, intId, isoDateTime } from './fields';
import { role } from './auth.contract';

export const user = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  unitId: intId,
  unitName: z.string(),
  roles: z.array(role),
  active: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof user>;

export const unit = z.object({ id: intId, parentId: intId.nullable(), name: z.string() });
export type Unit = z.infer<typeof unit>;

const roles = z.array(role).min(1).max(6);

export const usersContract = {
  'users.list': channel({ input: empty, output: z.array(user), access: 'session', permission: 'users.manage', mutates: false }),
  'users.create': channel({
    input: z.object({ username, displayName: shortText, password, unitId: intId, roles }).strict(),
    output: user,
    access: 'session',
    permission: 'users.manage',
    mutates: true,
  }),
  'users.update': channel({
    input: z
      .object({ id, displayName: shortText.optional(), unitId: intId.optional(), roles: roles.optional(), active: z.boolean().optional() })
      .strict(),
    output: user,
    access: 'session',
    permission: 'users.manage',
    mutates: true,
  }),
  'units.list': channel({ input: empty, output: z.array(unit), access: 'session', mutates: false }),
  'units.create': channel({
    input: z.object({ name: shortText, parentId: intId.nullable() }).strict(),
    output: unit,
    access: 'session',
    permission: 'units.manage',
    mutates: true,
  }),
} as const;
