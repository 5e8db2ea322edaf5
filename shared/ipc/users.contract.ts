import { z } from 'zod';
import { channel } from './define';
import { empty, done, shortText, password, username, id, intId, isoDateTime } from './fields';
import { role } from './auth.contract';
import { DATA_SCOPES } from '../roles';

export const dataScope = z.enum(DATA_SCOPES);

export const user = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  unitId: intId,
  unitName: z.string(),
  roles: z.array(role),
  /** How far the user's lists, searches, exports and statistics reach from their unit. */
  dataScope,
  /** The password was typed by an administrator (creation, reset) and its holder has not yet replaced it. */
  passwordTemporary: z.boolean(),
  active: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof user>;

export const unit = z.object({ id: intId, parentId: intId.nullable(), name: z.string() });
export type Unit = z.infer<typeof unit>;

const roles = z.array(role).max(6);

/**
 * Accounts are split along the three administrative duties: the system administrator makes accounts
 * and sets their name, unit and whether they are in use; the security administrator decides their
 * roles and data scope and handles their credentials. Roles given at creation are accepted only
 * until the office has a security administrator (see users.handlers).
 */
export const usersContract = {
  'users.list': channel({ input: empty, output: z.array(user), access: 'session', permission: 'users.read', mutates: false }),
  'users.create': channel({
    input: z.object({ username, displayName: shortText, password, unitId: intId, roles: roles.default([]) }).strict(),
    output: user,
    access: 'session',
    permission: 'users.manage',
    mutates: true,
  }),
  'users.update': channel({
    input: z.object({ id, displayName: shortText.optional(), unitId: intId.optional(), active: z.boolean().optional() }).strict(),
    output: user,
    access: 'session',
    permission: 'users.manage',
    mutates: true,
  }),
  'users.grant': channel({
    input: z.object({ id, roles: roles.optional(), dataScope: dataScope.optional() }).strict(),
    output: user,
    access: 'session',
    permission: 'users.grant',
    mutates: true,
  }),
  /** Sets a temporary password the holder must replace before doing anything else; also ends a lock-out. */
  'users.resetPassword': channel({
    input: z.object({ id, temporaryPassword: password }).strict(),
    output: user,
    access: 'session',
    permission: 'users.credentials',
    mutates: true,
  }),
  'users.releaseLockout': channel({ input: z.object({ id }).strict(), output: done, access: 'session', permission: 'users.credentials', mutates: true }),
  'units.list': channel({ input: empty, output: z.array(unit), access: 'session', mutates: false }),
  'units.create': channel({
    input: z.object({ name: shortText, parentId: intId.nullable() }).strict(),
    output: unit,
    access: 'session',
    permission: 'units.manage',
    mutates: true,
  }),
} as const;
