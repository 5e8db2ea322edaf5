import type { Result } from '../shared/errors';
import type { KdfParams } from './keys/kdf';

export interface CoreOptions {
  /** Folder holding the encrypted database, its keyring and (later) attachments. */
  dataDir: string;
  /** Key-derivation cost; defaults to the production setting. Tests may pass a cheaper one. */
  kdf?: Partial<KdfParams>;
  /** Injected clock, for idle-lock and lock-out tests. */
  now?: () => number;
}

/**
 * The application core, knowing nothing of Electron: the Electron shell, the browser harness and the
 * tests all drive it through `dispatch`, which never throws and always answers with a Result envelope.
 */
export interface Core {
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** Drop the key and close the database (app quit). */
  close(): void;
}
