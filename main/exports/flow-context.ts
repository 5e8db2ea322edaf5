import type { CoreState } from '../core-state';
import type { TxContext } from '../handler';
import { signedIn } from '../auth/session-info';
import { AppError } from '../../shared/errors';

/**
 * What a flow handler (one that awaits a dialog, a file or Chromium) works with: the same context a
 * synchronous handler gets. After every await the flow asks `stillOpen` before it touches the
 * database again, because the session may have locked or changed hands while it waited.
 */
export interface FlowContext extends TxContext {
  stillOpen(): void;
}

export function flowContext(state: CoreState): FlowContext {
  const { session, db } = signedIn(state);
  return {
    state,
    db,
    session,
    record: () => undefined,
    stillOpen() {
      if (state.db !== db || state.session?.userId !== session.userId) throw new AppError('LOCKED');
    },
  };
}

export const isoNow = (ctx: Pick<TxContext, 'state'>): string => new Date(ctx.state.now()).toISOString();
