import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * An open, keyed connection. Kept apart from database.ts so that migration steps can name the type
 * without importing the module that runs them.
 */
export type Db = Database.Database;
