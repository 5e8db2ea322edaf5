import { create } from 'zustand';
import type { SessionInfo } from '../../shared/ipc/auth.contract';
import { invoke, onApiError } from './api';
import type { ApiError } from './api-error';

/**
 * Which screen the app is on:
 * - 'loading': asking main for app.status;
 * - 'unavailable': main did not answer (startupError says why);
 * - 'setup': first run, the wizard;
 * - 'confirmRecovery': signed in but the recovery key was never typed back;
 * - 'login' / 'recover': signed out;
 * - 'app': signed in (possibly locked: the lock overlay covers the still-mounted app).
 */
export type Phase = 'loading' | 'unavailable' | 'setup' | 'confirmRecovery' | 'login' | 'recover' | 'app';

export interface LockedUser {
  username: string;
  displayName: string;
}

interface SessionState {
  phase: Phase;
  session: SessionInfo | null;
  locked: boolean;
  lockedUser: LockedUser | null;
  startupError: ApiError | null;
  /** Prefills the login form after a password recovery or sign-out. */
  lastUsername: string;

  load(): Promise<void>;
  /** A successful login, unlock or recovery confirmation. */
  signedIn(session: SessionInfo): void;
  patchSession(patch: Partial<SessionInfo>): void;
  lock(): Promise<void>;
  /** Main answered LOCKED: show the overlay without asking main again. */
  markLocked(): void;
  unlock(password: string): Promise<void>;
  logout(): Promise<void>;
  showRecover(): void;
  showLogin(username?: string): void;
}

export const useSession = create<SessionState>()((set, get) => ({
  phase: 'loading',
  session: null,
  locked: false,
  lockedUser: null,
  startupError: null,
  lastUsername: '',

  async load() {
    set({ phase: 'loading', startupError: null });
    try {
      const status = await invoke('app.status', {});
      if (!status.initialized) {
        set({ phase: 'setup', session: null, locked: false, lockedUser: null });
      } else if (status.session) {
        set({
          phase: status.session.mustConfirmRecovery ? 'confirmRecovery' : 'app',
          session: status.session,
          locked: status.locked,
          lockedUser: status.lockedUser,
        });
      } else if (status.locked && status.lockedUser) {
        // Reloaded while locked: only the lock screen, nothing beneath it until unlocked.
        set({ phase: 'app', session: null, locked: true, lockedUser: status.lockedUser });
      } else {
        set({ phase: 'login', session: null, locked: false, lockedUser: null });
      }
    } catch (error) {
      set({ phase: 'unavailable', startupError: error as ApiError });
    }
  },

  signedIn(session) {
    set({
      session,
      phase: session.mustConfirmRecovery ? 'confirmRecovery' : 'app',
      locked: false,
      lockedUser: null,
      lastUsername: session.username,
    });
  },

  patchSession(patch) {
    const session = get().session;
    if (session) set({ session: { ...session, ...patch } });
  },

  async lock() {
    const { session, locked } = get();
    if (locked || !session) return;
    // The overlay goes up first: the screen must not stay readable while main is asked.
    set({ locked: true, lockedUser: { username: session.username, displayName: session.displayName } });
    try {
      await invoke('auth.lock', {});
    } catch {
      // Already locked or signed out in main; the overlay is what matters here.
    }
  },

  markLocked() {
    const { session, locked } = get();
    if (locked) return;
    set({
      locked: true,
      lockedUser: session ? { username: session.username, displayName: session.displayName } : get().lockedUser,
    });
  },

  async unlock(password) {
    const session = await invoke('auth.unlock', { password });
    set({ session, locked: false, lockedUser: null, phase: session.mustConfirmRecovery ? 'confirmRecovery' : 'app' });
  },

  async logout() {
    const username = get().session?.username ?? get().lockedUser?.username ?? '';
    try {
      await invoke('auth.logout', {});
    } catch {
      // Signing out must always leave the screen, even if main already dropped the session.
    }
    set({ phase: 'login', session: null, locked: false, lockedUser: null, lastUsername: username });
  },

  showRecover() {
    set({ phase: 'recover' });
  },

  showLogin(username) {
    set({ phase: 'login', lastUsername: username ?? get().lastUsername });
  },
}));

onApiError((error) => {
  const { phase, markLocked } = useSession.getState();
  if (error.code === 'LOCKED' && phase === 'app') markLocked();
  // Duties separated while signed in on an administrator's password: the change comes first from now on.
  if (error.code === 'PASSWORD_CHANGE_REQUIRED' && phase === 'app') useSession.getState().patchSession({ mustChangePassword: true });
  if (error.code === 'NOT_SIGNED_IN' && (phase === 'app' || phase === 'confirmRecovery')) {
    useSession.setState({ phase: 'login', session: null, locked: false, lockedUser: null });
  }
});
