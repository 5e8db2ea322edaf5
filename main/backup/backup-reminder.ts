import type { CoreState } from '../core-state';
import type { Db } from '../db/database';
import { getSetting, setSetting } from '../repos/settings.repo';
import { lastBackupAt } from './backup-index';
import { currentDbId } from './inspect-backup';

export const DEFAULT_REMINDER_DAYS = 7;
const REMINDER_DAYS_KEY = 'backup.reminderDays';
const DAY_MS = 24 * 60 * 60 * 1000;

export const reminderDays = (db: Db): number => getSetting(db, REMINDER_DAYS_KEY, DEFAULT_REMINDER_DAYS);
export const setReminderDays = (db: Db, days: number): void => setSetting(db, REMINDER_DAYS_KEY, days);

/**
 * Whether to remind the officers to back up: never backed up on this computer, or the last backup
 * is older than the configured number of days. The last backup's time comes from this computer's
 * backup index, so it survives a restore of older data.
 */
export function backupReminder(state: CoreState, db: Db) {
  const days = reminderDays(db);
  const last = lastBackupAt(state.paths.dir, currentDbId(state));
  const ageMs = last === null ? null : state.now() - Date.parse(last);
  return {
    lastBackupAt: last,
    daysSince: ageMs === null ? null : Math.max(0, Math.floor(ageMs / DAY_MS)),
    reminderDays: days,
    overdue: ageMs === null || ageMs > days * DAY_MS,
  };
}
