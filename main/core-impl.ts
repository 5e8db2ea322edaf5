import type { Core, CoreOptions } from './core-types';
import { CoreState } from './core-state';
import { Router } from './router';
import { handlers } from './handlers';
import { recoverInterruptedRestore } from './backup';

/** How often the core checks for an idle session even when the renderer sends nothing. */
const IDLE_CHECK_MS = 15_000;

export function createCore(opts: CoreOptions): Core {
  // Before anything opens the data: a restore cut off by a crash is undone, never half-applied.
  recoverInterruptedRestore(opts.dataDir);
  const state = new CoreState(opts.dataDir, opts.kdf ?? {}, opts.now ?? Date.now, opts.host ?? {});
  const router = new Router(state, handlers);
  // The renderer locks on idle too; this makes the key drop even if the renderer is hung or hostile.
  const timer = setInterval(() => void router.tick().catch(() => undefined), IDLE_CHECK_MS);
  timer.unref();
  return {
    dispatch: (channel, input) => router.dispatch(channel, input),
    tick: () => router.tick(),
    close() {
      clearInterval(timer);
      state.signOut();
    },
  };
}
