import type { Db } from '../db/database';
import { officialWorkCalendar, type CalendarYear, type WorkCalendar } from '../../shared/calendar';

/** Years an administrator entered; each replaces the shipped year of the same number whole. */
export function enteredYears(db: Db): CalendarYear[] {
  return (db.prepare('SELECT data FROM calendar_years ORDER BY year').pluck().all() as string[]).map((d) => JSON.parse(d) as CalendarYear);
}

export function saveEnteredYear(db: Db, year: CalendarYear, by: string, at: string): void {
  db.prepare(
    'INSERT INTO calendar_years (year, data, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(year.year, JSON.stringify(year), at, by);
}

export function workCalendar(db: Db): WorkCalendar {
  return officialWorkCalendar(enteredYears(db));
}
