import type { z } from 'zod';
import type { Channel, Contract, Output } from '../shared/ipc';
import type { Db } from './db/database';
import type { CoreState, Session } from './core-state';

export type Parsed<C extends Channel> = z.output<Contract[C]['input']>;

/** What a synchronous handler sees: an open database and the signed-in user. */
export interface TxContext {
  state: CoreState;
  db: Db;
  session: Session;
  /** Names the record the call touched, for its audit entry. */
  record(type: string, id: string | number, detail?: Record<string, unknown>): void;
}

/**
 * 'tx': a session call that runs synchronously; when its channel mutates, the router wraps it in one
 * transaction together with its audit entry.
 * 'flow': sign-in, setup and password flows that must await key derivation before the database is
 * open; they write their own audit entries.
 */
export type HandlerDef<C extends Channel> =
  | { kind: 'tx'; run(ctx: TxContext, input: Parsed<C>): Output<C> }
  | { kind: 'flow'; run(state: CoreState, input: Parsed<C>): Promise<Output<C>> };

export type Handlers = { [C in Channel]: HandlerDef<C> };

export const tx = <C extends Channel>(run: (ctx: TxContext, input: Parsed<C>) => Output<C>): HandlerDef<C> => ({ kind: 'tx', run });
export const flow = <C extends Channel>(run: (state: CoreState, input: Parsed<C>) => Promise<Output<C>>): HandlerDef<C> => ({
  kind: 'flow',
  run,
});
