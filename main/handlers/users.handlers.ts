import { randomUUID } from 'node:crypto';
import { AppError, type ErrorCode } from '../../shared/errors';
import { ADMIN_ROLES, adminRoleConflict, type Role } from '../../shared/roles';
import type { User } from '../../shared/ipc';
import { flow, tx, type Handlers } from '../handler';
import type { CoreState } from '../core-state';
import type { Db } from '../db/database';
import { countActiveWithRole, getUser, grantUser, insertUser, listUsers, setPasswordTemporary, updateUser, usernameTaken } from '../repos/users.repo';
import { createUnit, getUnit, listUnits } from '../repos/units.repo';
import { appendAudit } from '../audit/audit-log';
import { signedIn } from '../auth/session-info';
import { dutiesSeparated, markDutiesSeparated } from '../auth/duty-separation';
import { requireStrong } from './setup.handlers';

function checkRoles(roles: Role[]): void {
  if (adminRoleConflict(roles)) throw new AppError('ADMIN_ROLE_CONFLICT', {}, ['roles']);
}

/**
 * Each of the three duties keeps an active holder once it has one: without a system administrator
 * nobody makes accounts, without a security administrator nobody grants roles, without an auditor
 * nobody reads the trail.
 */
function guardLastHolders(db: Db, before: User, after: { roles: readonly Role[]; active: boolean }): void {
  for (const role of ADMIN_ROLES) {
    const loses = before.active && before.roles.includes(role) && !(after.active && after.roles.includes(role));
    if (loses && countActiveWithRole(db, role) <= 1) {
      throw role === 'sysadmin' ? new AppError('LAST_ADMIN', {}, [after.active ? 'roles' : 'active']) : new AppError('LAST_DUTY_HOLDER', { role }, [after.active ? 'roles' : 'active']);
    }
  }
}

/**
 * Flows write their own audit entries, refusals included: a refusal about who may act is itself a
 * security event, recorded in a transaction of its own.
 */
function refused(state: CoreState, action: string, code: ErrorCode, recordId: string | null, field: string): AppError {
  const { session, db } = signedIn(state);
  db.transaction(() =>
    appendAudit(db, { actorId: session.userId, actorName: session.displayName, action, recordType: 'user', recordId, result: 'refused', detail: { code } }),
  )();
  return new AppError(code, {}, [field]);
}

const isoNow = (state: CoreState) => new Date(state.now()).toISOString();

/**
 * Account creation awaits the new user's key wrap, so it is a flow; it checks everything first and
 * writes last. The password is the administrator's and therefore temporary. Roles come with it only
 * while the office has no security administrator yet (see dutiesSeparated).
 */
async function createUser(state: CoreState, input: Parameters<Handlers['users.create']['run']>[1]) {
  const { session, db } = signedIn(state);
  const roles = [...new Set(input.roles)];
  checkRoles(roles);
  if (roles.length && dutiesSeparated(db)) throw refused(state, 'users.create', 'DUTIES_SEPARATED', null, 'roles');
  requireStrong(input.password, 'password');
  if (usernameTaken(db, input.username)) throw new AppError('USERNAME_TAKEN', { username: input.username }, ['username']);
  getUnit(db, input.unitId);

  const keyring = state.loadKeyring();
  const id = randomUUID();
  await keyring.addUser(id, input.username, input.password, state.requireKey());
  try {
    return db.transaction(() => {
      const user = insertUser(db, { id, username: input.username, displayName: input.displayName, unitId: input.unitId, roles }, isoNow(state));
      setPasswordTemporary(db, id, true);
      if (roles.includes('secadmin')) markDutiesSeparated(db);
      appendAudit(db, { actorId: session.userId, actorName: session.displayName, action: 'users.create', recordType: 'user', recordId: id, result: 'ok', detail: { roles, unitId: input.unitId } });
      return getUser(db, user.id);
    })();
  } catch (err) {
    keyring.removeUser(id);
    throw err;
  }
}

/** The security administrator sets a password the holder must replace at their next sign-in; it also ends a lock-out. */
async function resetPassword(state: CoreState, input: Parameters<Handlers['users.resetPassword']['run']>[1]) {
  const { session, db } = signedIn(state);
  if (input.id === session.userId) throw refused(state, 'users.resetPassword', 'SELF_GRANT', input.id, 'id');
  getUser(db, input.id);
  requireStrong(input.temporaryPassword, 'temporaryPassword');
  await state.loadKeyring().setPassword(input.id, input.temporaryPassword, state.requireKey());
  return db.transaction(() => {
    setPasswordTemporary(db, input.id, true);
    appendAudit(db, { actorId: session.userId, actorName: session.displayName, action: 'users.resetPassword', recordType: 'user', recordId: input.id, result: 'ok', detail: { lockoutReleased: true } });
    return getUser(db, input.id);
  })();
}

export const usersHandlers = {
  'users.list': tx<'users.list'>((ctx) => listUsers(ctx.db)),
  'users.create': flow<'users.create'>(createUser),
  /** The system administrator's part of an account: name, unit, and whether it is in use. */
  'users.update': tx<'users.update'>((ctx, input) => {
    const before = getUser(ctx.db, input.id);
    if (input.unitId !== undefined) getUnit(ctx.db, input.unitId);
    if (input.active === false && input.id === ctx.session.userId) throw new AppError('LAST_ADMIN', {}, ['active']);
    guardLastHolders(ctx.db, before, { roles: before.roles, active: input.active ?? before.active });
    const after = updateUser(ctx.db, input.id, { displayName: input.displayName, unitId: input.unitId, active: input.active }, isoNow(ctx.state));
    ctx.record('user', input.id, { active: after.active, unitId: after.unitId });
    return after;
  }),
  /** The security administrator's part: what the user may do (roles) and how far they see (data scope). */
  'users.grant': tx<'users.grant'>((ctx, input) => {
    if (input.roles === undefined && input.dataScope === undefined) throw new AppError('INVALID_INPUT', {}, ['roles', 'dataScope']);
    // Whoever grants powers must not be able to grant them to themselves.
    if (input.id === ctx.session.userId) throw new AppError('SELF_GRANT', {}, [input.roles ? 'roles' : 'dataScope']);
    const before = getUser(ctx.db, input.id);
    const roles = input.roles ? [...new Set(input.roles)] : before.roles;
    checkRoles(roles);
    guardLastHolders(ctx.db, before, { roles, active: before.active });
    if (roles.includes('secadmin')) markDutiesSeparated(ctx.db);
    const after = grantUser(ctx.db, input.id, { roles, dataScope: input.dataScope }, isoNow(ctx.state));
    ctx.record('user', input.id, { roles: after.roles, dataScope: after.dataScope, before: { roles: before.roles, dataScope: before.dataScope } });
    return after;
  }),
  'users.resetPassword': flow<'users.resetPassword'>(resetPassword),
  'users.releaseLockout': tx<'users.releaseLockout'>((ctx, input) => {
    getUser(ctx.db, input.id);
    ctx.record('user', input.id);
    // Last in the handler: a refusal above leaves the keyring file untouched.
    ctx.state.loadKeyring().resetLockout(input.id);
    return { done: true as const };
  }),
  'units.list': tx<'units.list'>((ctx) => listUnits(ctx.db)),
  'units.create': tx<'units.create'>((ctx, input) => {
    const unit = createUnit(ctx.db, input.name, input.parentId, isoNow(ctx.state));
    ctx.record('unit', unit.id);
    return unit;
  }),
} satisfies Partial<Handlers>;
