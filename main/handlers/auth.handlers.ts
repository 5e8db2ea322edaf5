import { AppError } from '../../shared/errors';
import { flow, tx, type Handlers } from '../handler';
import type { CoreState } from '../core-state';
import { sessionFor, sessionInfo, signedIn } from '../auth/session-info';
import { auditFlow } from '../auth/audit-flow';
import { requireStrong } from './setup.handlers';
import { setPasswordTemporary } from '../repos/users.repo';
import { readPrefs, writePrefs } from '../prefs';

/** Opens the database for a user the keyring has let in, and refuses a disabled account after all. */
function enter(state: CoreState, userId: string, dataKey: Buffer, action: string) {
  const db = state.open(dataKey);
  try {
    const session = sessionFor(db, userId);
    state.session = session;
    state.lockedUser = null;
    state.lastActivity = state.now();
    auditFlow(state, action, session);
    return sessionInfo(state);
  } catch (err) {
    if (err instanceof AppError && err.code === 'ACCOUNT_DISABLED') auditFlow(state, action, { userId, displayName: '' }, { reason: 'disabled' }, 'refused');
    state.signOut();
    throw err;
  }
}


export const authHandlers = {
  'app.status': flow<'app.status'>(async (state) => ({
    initialized: state.initialized,
    locked: state.lockedUser !== null,
    lockedUser: state.lockedUser ? { username: state.lockedUser.username, displayName: state.lockedUser.displayName } : null,
    session: state.session && state.db ? sessionInfo(state) : null,
  })),

  'auth.login': flow<'auth.login'>(async (state, input) => {
    const keyring = state.loadKeyring();
    if (state.session || state.lockedUser) {
      if (state.session) auditFlow(state, 'auth.logout', state.session, { reason: 'another sign-in' });
      state.signOut();
    }
    const { userId, dataKey } = await keyring.unlock(input.username, input.password, state.now());
    return enter(state, userId, dataKey, 'auth.login');
  }),

  'auth.unlock': flow<'auth.unlock'>(async (state, input) => {
    const locked = state.lockedUser;
    if (!locked) throw new AppError(state.session ? 'INVALID_INPUT' : 'NOT_SIGNED_IN');
    const dataKey = await state.loadKeyring().unlockUser(locked.userId, input.password, state.now());
    return enter(state, locked.userId, dataKey, 'auth.unlock');
  }),

  'auth.lock': flow<'auth.lock'>(async (state) => {
    const { session } = signedIn(state);
    auditFlow(state, 'auth.lock', session, { reason: 'user' });
    state.lock();
    return { done: true as const };
  }),

  'auth.logout': flow<'auth.logout'>(async (state) => {
    if (state.session) auditFlow(state, 'auth.logout', state.session);
    state.signOut();
    return { done: true as const };
  }),

  'auth.recover': flow<'auth.recover'>(async (state, input) => {
    const keyring = state.loadKeyring();
    requireStrong(input.newPassword, 'newPassword');
    const dataKey = keyring.recoverDataKey(input.recoveryKey);
    const userId = keyring.userIdFor(input.username);
    if (!userId) throw new AppError('NOT_FOUND', {}, ['username']);
    await keyring.setPassword(userId, input.newPassword, dataKey);
    keyring.resetLockout(userId);
    // Someone else may be signed in on this machine: record the reset in their open database, or open it briefly.
    if (state.db) auditFlow(state, 'auth.recover', { userId, displayName: '' });
    else {
      state.open(dataKey);
      try {
        auditFlow(state, 'auth.recover', { userId, displayName: '' });
      } finally {
        state.closeDb();
      }
    }
    return { done: true as const };
  }),

  'auth.changePassword': flow<'auth.changePassword'>(async (state, input) => {
    const { session } = signedIn(state);
    requireStrong(input.newPassword, 'newPassword');
    const keyring = state.loadKeyring();
    const check = await keyring.unlockUser(session.userId, input.oldPassword, state.now()).catch((err: unknown) => {
      auditFlow(state, 'auth.changePassword', session, null, 'refused');
      if (err instanceof AppError && err.code === 'BAD_CREDENTIALS') throw new AppError('BAD_CREDENTIALS', {}, ['oldPassword']);
      throw err;
    });
    check.fill(0);
    await keyring.setPassword(session.userId, input.newPassword, state.requireKey());
    setPasswordTemporary(signedIn(state).db, session.userId, false);
    auditFlow(state, 'auth.changePassword', session);
    return { done: true as const };
  }),

  'session.touch': tx<'session.touch'>(() => ({ done: true as const })),
  'prefs.get': flow<'prefs.get'>(async (state) => readPrefs(state.paths.dir)),
  'prefs.set': flow<'prefs.set'>(async (state, input) => writePrefs(state.paths.dir, { ...readPrefs(state.paths.dir), locale: input.locale })),
} satisfies Partial<Handlers>;
