import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { adminRoleConflict, type Role } from '../../shared/roles';
import { flow, tx, type Handlers } from '../handler';
import type { CoreState } from '../core-state';
import { countActiveWithRole, getUser, insertUser, listUsers, updateUser, usernameTaken } from '../repos/users.repo';
import { createUnit, getUnit, listUnits } from '../repos/units.repo';
import { appendAudit } from '../audit/audit-log';
import { signedIn } from '../auth/session-info';
import { requireStrong } from './setup.handlers';

function checkRoles(roles: Role[]): void {
  if (adminRoleConflict(roles)) throw new AppError('ADMIN_ROLE_CONFLICT', {}, ['roles']);
}

/** Account creation awaits the new user's key wrap, so it is a flow; it checks everything first and writes last. */
async function createUser(state: CoreState, input: Parameters<Handlers['users.create']['run']>[1]) {
  const { session, db } = signedIn(state);
  const roles = [...new Set(input.roles)];
  checkRoles(roles);
  requireStrong(input.password, 'password');
  if (usernameTaken(db, input.username)) throw new AppError('USERNAME_TAKEN', { username: input.username }, ['username']);
  getUnit(db, input.unitId);

  const keyring = state.loadKeyring();
  const id = randomUUID();
  await keyring.addUser(id, input.username, input.password, state.requireKey());
  try {
    return db.transaction(() => {
      const user = insertUser(db, { id, username: input.username, displayName: input.displayName, unitId: input.unitId, roles }, new Date(state.now()).toISOString());
      appendAudit(db, { actorId: session.userId, actorName: session.displayName, action: 'users.create', recordType: 'user', recordId: id, result: 'ok', detail: { roles } });
      return user;
    })();
  } catch (err) {
    keyring.removeUser(id);
    throw err;
  }
}

export const usersHandlers = {
  'users.list': tx<'users.list'>((ctx) => listUsers(ctx.db)),
  'users.create': flow<'users.create'>(createUser),
  'users.update': tx<'users.update'>((ctx, input) => {
    const before = getUser(ctx.db, input.id);
    const roles = input.roles ? [...new Set(input.roles)] : undefined;
    if (roles) checkRoles(roles);
    if (input.unitId !== undefined) getUnit(ctx.db, input.unitId);
    if (input.active === false && input.id === ctx.session.userId) throw new AppError('LAST_ADMIN', {}, ['active']);
    const losesAdmin = before.active && before.roles.includes('sysadmin') && (input.active === false || (roles && !roles.includes('sysadmin')));
    if (losesAdmin && countActiveWithRole(ctx.db, 'sysadmin') <= 1) throw new AppError('LAST_ADMIN', {}, ['roles']);
    const after = updateUser(ctx.db, input.id, { ...input, roles }, new Date(ctx.state.now()).toISOString());
    ctx.record('user', input.id, { roles: after.roles, active: after.active, unitId: after.unitId });
    return after;
  }),
  'units.list': tx<'units.list'>((ctx) => listUnits(ctx.db)),
  'units.create': tx<'units.create'>((ctx, input) => {
    const unit = createUnit(ctx.db, input.name, input.parentId, new Date(ctx.state.now()).toISOString());
    ctx.record('unit', unit.id);
    return unit;
  }),
} satisfies Partial<Handlers>;
