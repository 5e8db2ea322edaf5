import { z } from 'zod';
import { channel } from './define';
import { empty, done, shortText, password, username, id, intId } from './fields';
import { ROLES } from '../roles';
import { LOCALES } from '../i18n';

export const role = z.enum(ROLES);

export const sessionInfo = z.object({
  userId: id,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  unitId: intId,
  unitName: z.string(),
  /** Set until the first administrator has typed the recovery key back. */
  mustConfirmRecovery: z.boolean(),
  /** The password was set by an administrator: until the user replaces it, nothing but that is allowed. Main always sends it. */
  mustChangePassword: z.boolean().optional(),
  idleLockMinutes: z.number(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const office = z.object({ name: z.string(), code: z.string() });

export const authContract = {
  'app.status': channel({
    input: empty,
    output: z.object({
      initialized: z.boolean(),
      /** Locked: a user is still signed in but the key is dropped; only their password reopens. */
      locked: z.boolean(),
      lockedUser: z.object({ username: z.string(), displayName: z.string() }).nullable(),
      session: sessionInfo.nullable(),
    }),
    access: 'public',
    mutates: false,
  }),
  'setup.create': channel({
    input: z
      .object({
        officeName: shortText,
        officeCode: z.string().trim().min(1).max(12),
        unitName: shortText,
        adminUsername: username,
        adminDisplayName: shortText,
        password,
        locale: z.enum(LOCALES).optional(),
      })
      .strict(),
    output: z.object({ recoveryKey: z.string(), session: sessionInfo }),
    access: 'public',
    mutates: true,
  }),
  'setup.confirmRecovery': channel({
    input: z.object({ recoveryKey: z.string().min(1).max(200) }).strict(),
    output: sessionInfo,
    access: 'session',
    mutates: true,
  }),
  'auth.login': channel({
    input: z.object({ username, password }).strict(),
    output: sessionInfo,
    access: 'public',
    mutates: true,
  }),
  'auth.unlock': channel({
    input: z.object({ password }).strict(),
    output: sessionInfo,
    access: 'public',
    mutates: true,
  }),
  'auth.lock': channel({ input: empty, output: done, access: 'session', mutates: true }),
  /** Public: the lock screen offers sign-out without the password. */
  'auth.logout': channel({ input: empty, output: done, access: 'public', mutates: true }),
  'auth.recover': channel({
    input: z.object({ username, recoveryKey: z.string().min(1).max(200), newPassword: password }).strict(),
    output: done,
    access: 'public',
    mutates: true,
  }),
  'auth.changePassword': channel({
    input: z.object({ oldPassword: password, newPassword: password }).strict(),
    output: done,
    access: 'session',
    mutates: true,
  }),
  /**
   * Machine preferences needed before anyone signs in (the language of the login screen). Kept by
   * the core because the window's own storage is not persisted; nothing in it is secret.
   */
  'prefs.get': channel({ input: empty, output: z.object({ locale: z.enum(LOCALES).nullable() }), access: 'public', mutates: false }),
  'prefs.set': channel({
    input: z.object({ locale: z.enum(LOCALES) }).strict(),
    output: z.object({ locale: z.enum(LOCALES).nullable() }),
    access: 'public',
    mutates: false,
  }),
  /** Renderer activity resets the idle timer without any other effect. */
  'session.touch': channel({ input: empty, output: done, access: 'session', mutates: false }),
  'office.get': channel({ input: empty, output: office, access: 'session', mutates: false }),
  'office.update': channel({
    input: z.object({ name: shortText, code: z.string().trim().min(1).max(12) }).strict(),
    output: office,
    access: 'session',
    permission: 'settings.manage',
    mutates: true,
  }),
  'settings.get': channel({
    input: empty,
    output: z.object({ idleLockMinutes: z.number().int() }),
    access: 'session',
    mutates: false,
  }),
  'settings.update': channel({
    input: z.object({ idleLockMinutes: z.number().int().min(1).max(240) }).strict(),
    output: z.object({ idleLockMinutes: z.number().int() }),
    access: 'session',
    permission: 'settings.manage',
    mutates: true,
  }),
} as const;
