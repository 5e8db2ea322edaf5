import type { Result } from '../shared/errors';
import type { KdfParams } from './keys/kdf';

export interface CoreOptions {
  /** Folder holding the encrypted database, its keyring and (later) attachments. */
  dataDir: string;
  /** Key-derivation cost; defaults to the production setting. Tests may pass a cheaper one. */
  kdf?: Partial<KdfParams>;
  /** Injected clock, for idle-lock and lock-out tests. */
  now?: () => number;
  /** What only the surrounding program can do: dialogs and printing. */
  host?: Host;
}

/**
 * The core's port to whatever hosts it (the Electron shell, the browser harness, tests). Every
 * member is optional: a channel that needs one it lacks answers with a clear error, and channels
 * that take a path accept it in their input instead of asking.
 */
export interface Host {
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath?(o: { suggestedName: string; extensions: string[] }): Promise<string | null>;
  /** Asks for files to open; empty when the user cancels. */
  chooseOpenPaths?(o: { multiple: boolean; extensions: string[] }): Promise<string[]>;
  /** Asks for a folder (backups, removable drives); null when the user cancels. */
  chooseFolder?(): Promise<string | null>;
  /** Renders a self-contained HTML page to PDF (A4) with the program's Chromium. */
  printToPdf?(html: string): Promise<Buffer>;
}

/**
 * The application core, knowing nothing of Electron: the Electron shell, the browser harness and the
 * tests all drive it through `dispatch`, which never throws and always answers with a Result envelope.
 */
export interface Core {
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** Runs the idle check now (the core also runs it on a timer): locks a session idle too long. */
  tick(): Promise<void>;
  /** Drop the key and close the database (app quit). */
  close(): void;
}
