import { AppError, type Result } from '../../shared/errors';
import type { Channel, Input, Output } from '../../shared/ipc';

/** The core's one entry, as the shell, the browser harness and the tests hold it. */
export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Typed calls through the router: every rule, permission and audit entry applies as on screen. */
export interface DemoApi {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  signIn(username: string, password: string): Promise<void>;
}

export function demoApi(dispatch: Dispatch): DemoApi {
  const api: DemoApi = {
    async call(channel, input) {
      const r = await dispatch(channel, input);
      if (!r.ok) throw AppError.fromPayload(r.error);
      return r.value as never;
    },
    async signIn(username, password) {
      await api.call('auth.login', { username, password });
    },
  };
  return api;
}

/** One thing a demo user does: who does it, and what. */
export interface Move<W extends string> {
  who: W;
  run(): Promise<void>;
}

/**
 * Runs several cases' moves, each case's in its own order, signing in as few times as it can: it
 * signs in as whoever the first waiting move needs and runs every waiting move that person has,
 * across all cases, before switching. Signing in costs a key derivation (about half a second),
 * and a case's moves alternate between people, so taking them case by case would sign in hundreds
 * of times.
 */
export async function runMoves<W extends string>(signInAs: (who: W) => Promise<void>, cases: readonly (readonly Move<W>[])[]): Promise<void> {
  const queues = cases.map((moves) => [...moves]);
  for (let head = queues.find((q) => q.length); head; head = queues.find((q) => q.length)) {
    const who = head[0]!.who;
    await signInAs(who);
    for (let progressed = true; progressed; ) {
      progressed = false;
      for (const q of queues) {
        while (q.length && q[0]!.who === who) {
          await q.shift()!.run();
          progressed = true;
        }
      }
    }
  }
}
