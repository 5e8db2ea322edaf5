import type { Result } from '../errors';
import type { Channel, Input, Output } from './contract';

/** The one function the preload exposes as `window.api`; results cross as plain envelopes, never thrown. */
export interface Api {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
}

/** The name of the single IPC channel the preload and main/shell share. */
export const INVOKE_CHANNEL = 'qz:invoke';
