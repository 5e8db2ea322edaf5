import type { Db } from '../db/database';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export function getSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function setSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export interface Office {
  name: string;
  code: string;
}

export const getOffice = (db: Db): Office => getSetting(db, 'office', { name: '', code: '' });
export const setOffice = (db: Db, office: Office): void => setSetting(db, 'office', office);

export const idleLockMinutes = (db: Db): number => getSetting(db, 'idleLockMinutes', DEFAULT_IDLE_LOCK_MINUTES);
export const idleLockMs = (db: Db): number => idleLockMinutes(db) * 60_000;

export const recoveryConfirmed = (db: Db): boolean => getSetting(db, 'recovery.confirmed', false);
