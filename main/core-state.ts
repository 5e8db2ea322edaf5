import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/database';
import { openDatabase } from './db/database';
import { checkedOnOpen } from './backup';
import { nativeBindingPath } from './db/native-binding';
import { Keyring } from './keys/keyring';
import type { KdfParams } from './keys/kdf';
import type { Host } from './core-types';
import type { Role } from '../shared/roles';
import { AppError } from '../shared/errors';

export interface Session {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: number;
  unitName: string;
}

export interface DataPaths {
  dir: string;
  db: string;
  keyring: string;
}

export function dataPaths(dir: string): DataPaths {
  return { dir, db: join(dir, 'qingzheng.db'), keyring: join(dir, 'keyring.json') };
}

/**
 * What the core holds between calls. The data key lives only while a session is unlocked;
 * locking or signing out zeroes it and closes the database.
 */
export class CoreState {
  readonly paths: DataPaths;
  keyring: Keyring | null = null;
  db: Db | null = null;
  session: Session | null = null;
  /** A locked session keeps who was signed in, so that only their password reopens it. */
  lockedUser: Session | null = null;
  lastActivity: number;
  private dataKey: Buffer | null = null;

  constructor(
    dataDir: string,
    readonly kdf: Partial<KdfParams>,
    readonly now: () => number,
    readonly host: Host = {},
  ) {
    this.paths = dataPaths(dataDir);
    this.lastActivity = now();
  }

  get initialized(): boolean {
    return existsSync(this.paths.keyring) && existsSync(this.paths.db);
  }

  loadKeyring(): Keyring {
    if (!this.initialized) throw new AppError('NOT_INITIALIZED');
    this.keyring ??= Keyring.load(this.paths.keyring, this.kdf);
    return this.keyring;
  }

  /** Opens the database with a key the keyring has already authenticated. */
  open(dataKey: Buffer): Db {
    this.closeDb();
    this.db = checkedOnOpen(openDatabase(this.paths.db, dataKey, { keyVerified: true, nativeBinding: nativeBindingPath() }));
    this.dataKey = dataKey;
    return this.db;
  }

  requireKey(): Buffer {
    if (!this.dataKey) throw new AppError('LOCKED');
    return this.dataKey;
  }

  closeDb(): void {
    this.db?.close();
    this.db = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  lock(): void {
    if (this.session) this.lockedUser = this.session;
    this.session = null;
    this.closeDb();
  }

  signOut(): void {
    this.session = null;
    this.lockedUser = null;
    this.closeDb();
  }
}
