import type { Db } from '../db-handle';

export type { Db };

/** One schema step. `up` runs inside the migrator's single transaction, so it must not open its own. */
export interface Migration {
  version: number;
  up(db: Db): void;
}
