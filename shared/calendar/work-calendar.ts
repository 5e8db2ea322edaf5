import type { CalendarYear } from './calendar-year';
import { OFFICIAL_YEARS } from './official-years';
import { isWeekend, yearOf, type IsoDate } from './iso-date';

/** The working-day calendar deadlines are counted on: the weekly pattern plus each known notice's exceptions. */
export interface WorkCalendar {
  /** Years with notice data; a date in any other year is assumed to follow the plain week. */
  readonly years: ReadonlyMap<number, CalendarYear>;
  /** Weekdays that are rest days, with the holiday's name. */
  readonly restDays: ReadonlyMap<IsoDate, string>;
  /** Weekend days that are working days (调休), with the holiday they make up for. */
  readonly workDays: ReadonlyMap<IsoDate, string>;
}

/**
 * Builds the calendar from notice years. When two entries name the same year the later one wins,
 * and a later year's notice decides about any December day it reaches back into.
 */
export function createWorkCalendar(years: readonly CalendarYear[]): WorkCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const y of years) byYear.set(y.year, y);
  const restDays = new Map<IsoDate, string>();
  const workDays = new Map<IsoDate, string>();
  for (const y of [...byYear.values()].sort((a, b) => a.year - b.year)) {
    for (const d of y.holidays) {
      workDays.delete(d.date);
      restDays.set(d.date, d.name);
    }
    for (const d of y.workdays) {
      restDays.delete(d.date);
      workDays.set(d.date, d.name);
    }
  }
  return { years: byYear, restDays, workDays };
}

/** Shipped years, each replaced whole by an administrator-entered year of the same number. */
export function mergeCalendarYears(shipped: readonly CalendarYear[], entered: readonly CalendarYear[]): CalendarYear[] {
  const merged = new Map<number, CalendarYear>();
  for (const y of shipped) merged.set(y.year, y);
  for (const y of entered) merged.set(y.year, y);
  return [...merged.values()].sort((a, b) => a.year - b.year);
}

/** The calendar the product runs on: the notices it ships, overridden by those an administrator entered. */
export function officialWorkCalendar(entered: readonly CalendarYear[] = []): WorkCalendar {
  return createWorkCalendar(mergeCalendarYears(OFFICIAL_YEARS, entered));
}

export function hasCalendarData(cal: WorkCalendar, date: IsoDate): boolean {
  return cal.years.has(yearOf(date));
}

export function isWorkingDay(cal: WorkCalendar, date: IsoDate): boolean {
  if (cal.restDays.has(date)) return false;
  if (cal.workDays.has(date)) return true;
  return !isWeekend(date);
}

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'makeup-workday';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** The holiday's name, for a holiday or a make-up working day. */
  name?: string;
  /** No notice data for this day's year: the plain week was assumed. */
  estimate: boolean;
}

/** What a calendar cell or a deadline tooltip shows about one day. */
export function describeDay(cal: WorkCalendar, date: IsoDate): DayInfo {
  const estimate = !hasCalendarData(cal, date);
  const rest = cal.restDays.get(date);
  if (rest !== undefined) return { date, working: false, kind: 'holiday', name: rest, estimate };
  const work = cal.workDays.get(date);
  if (work !== undefined) return { date, working: true, kind: 'makeup-workday', name: work, estimate };
  return isWeekend(date) ? { date, working: false, kind: 'weekend', estimate } : { date, working: true, kind: 'weekday', estimate };
}
