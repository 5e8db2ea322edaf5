import { AppError, type ErrorCode, type Result } from '../shared/errors';
import { contract, isChannel, type Channel } from '../shared/ipc';
import { can } from '../shared/roles';
import { appendAudit } from './audit/audit-log';
import type { CoreState } from './core-state';
import type { Handlers, TxContext } from './handler';
import { idleLockMs } from './repos/settings.repo';
import { inputError } from './validation';
import { passwordChangeRequired, TEMPORARY_PASSWORD_CHANNELS } from './auth/temporary-password';

/** Refusals about who may act: each is a security event, recorded after the rollback. */
const REFUSALS_ABOUT_WHO: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['FORBIDDEN', 'SELF_GRANT', 'DUTIES_SEPARATED']);

function toPayload(err: unknown): Result<never> {
  if (err instanceof AppError) return { ok: false, error: err.toPayload() };
  // The stack, never the message text: messages can quote case data.
  console.error('qingzheng: internal error', err instanceof Error ? err.stack?.split('\n').slice(0, 6).join('\n') : typeof err);
  return { ok: false, error: new AppError('INTERNAL').toPayload() };
}

/**
 * The one entry to the core: parse the input with the shared contract, check session and
 * permission, run the handler, check the output. Knows nothing of Electron.
 */
export class Router {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly state: CoreState,
    private readonly handlers: Handlers,
  ) {}

  /** Calls run one at a time: a sign-in awaiting its key derivation must not interleave with another call. */
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>> {
    const run = this.queue.then(() => this.run(channel, input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The idle timer's check, queued behind any call in progress so it never cuts one in half. */
  tick(): Promise<void> {
    const run = this.queue.then(() => void this.enforceIdleLock());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Locks a session idle for longer than the configured time; the idle timer and every call use it. */
  enforceIdleLock(): boolean {
    const { state } = this;
    if (!state.session || !state.db) return false;
    if (state.now() - state.lastActivity <= idleLockMs(state.db)) return false;
    this.audit('auth.lock', 'ok', { reason: 'idle' });
    state.lock();
    return true;
  }

  private async run(channel: unknown, input: unknown): Promise<Result<unknown>> {
    try {
      if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 60) });
      const def = contract[channel];
      const parsed = def.input.safeParse(input ?? {});
      if (!parsed.success) throw inputError(parsed.error);
      const value = await this.call(channel, parsed.data);
      return { ok: true, value: def.output.parse(value) };
    } catch (err) {
      return toPayload(err);
    }
  }

  private async call(channel: Channel, input: unknown): Promise<unknown> {
    const def = contract[channel];
    const handler = this.handlers[channel];
    const { state } = this;
    if (def.access === 'session') {
      if (this.enforceIdleLock() || (!state.session && state.lockedUser)) throw new AppError('LOCKED');
      if (!state.session || !state.db) throw new AppError('NOT_SIGNED_IN');
      state.lastActivity = state.now();
      if (def.permission && !can(state.session.roles, def.permission)) {
        this.audit(channel, 'refused', { permission: def.permission });
        throw new AppError('FORBIDDEN');
      }
      if (!TEMPORARY_PASSWORD_CHANNELS.has(channel) && passwordChangeRequired(state.db, state.session.userId)) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (handler.kind === 'flow') return (handler.run as (s: CoreState, i: unknown) => Promise<unknown>)(state, input);
    const { session, db } = state;
    if (!session || !db) throw new AppError('NOT_SIGNED_IN');

    const ctx: TxContext = { state, db, session, record: () => undefined };
    const run = handler.run as (c: TxContext, i: unknown) => unknown;
    try {
      if (!def.mutates && !def.auditRead) return run(ctx, input);
      return this.inTransaction(channel, ctx, run, input);
    } catch (err) {
      if (err instanceof AppError && REFUSALS_ABOUT_WHO.has(err.code)) this.audit(channel, 'refused', { ...err.params, id: (input as { id?: unknown }).id ?? null });
      throw err;
    }
  }

  private inTransaction(channel: Channel, ctx: TxContext, run: (c: TxContext, i: unknown) => unknown, input: unknown): unknown {
    const def = contract[channel];
    const { db, session } = ctx;
    let record: { type: string; id: string; detail?: Record<string, unknown> } | null = null;
    const withRecord: TxContext = { ...ctx, record: (type, id, detail) => void (record = { type, id: String(id), detail }) };
    return db.transaction(() => {
      const value = run(withRecord, input);
      const r = record as { type: string; id: string; detail?: Record<string, unknown> } | null;
      appendAudit(db, {
        actorId: session.userId,
        actorName: session.displayName,
        action: channel,
        recordType: r?.type ?? (def.auditRead ? channel.split('.')[0] : null),
        recordId: r?.id ?? (def.auditRead ? String((input as { id?: unknown }).id ?? '') : null),
        result: 'ok',
        detail: r?.detail ?? null,
      });
      return value;
    })();
  }

  private audit(action: string, result: 'ok' | 'refused', detail: Record<string, unknown>): void {
    const { db, session } = this.state;
    if (!db) return;
    db.transaction(() =>
      appendAudit(db, { actorId: session?.userId ?? null, actorName: session?.displayName ?? null, action, result, detail }),
    )();
  }
}
