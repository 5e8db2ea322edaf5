import type { SessionInfo } from '../../shared/ipc';
import type { CoreState, Session } from '../core-state';
import type { Db } from '../db/database';
import { getUser } from '../repos/users.repo';
import { idleLockMinutes, recoveryConfirmed } from '../repos/settings.repo';
import { AppError } from '../../shared/errors';
import { passwordChangeRequired } from './temporary-password';

export function sessionFor(db: Db, userId: string): Session {
  const u = getUser(db, userId);
  if (!u.active) throw new AppError('ACCOUNT_DISABLED');
  return { userId: u.id, username: u.username, displayName: u.displayName, roles: u.roles, unitId: u.unitId, unitName: u.unitName };
}

export function sessionInfo(state: CoreState): SessionInfo {
  const { session, db } = state;
  if (!session || !db) throw new AppError('NOT_SIGNED_IN');
  return {
    ...session,
    mustConfirmRecovery: session.roles.includes('sysadmin') && !recoveryConfirmed(db),
    mustChangePassword: passwordChangeRequired(db, session.userId),
    idleLockMinutes: idleLockMinutes(db),
  };
}

/** For flows on session channels: the router has already checked; this narrows the types. */
export function signedIn(state: CoreState): { session: Session; db: Db } {
  const { session, db } = state;
  if (!session || !db) throw new AppError('NOT_SIGNED_IN');
  return { session, db };
}
