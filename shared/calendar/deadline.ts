import { dayNumber, fromDayNumber, yearOf, type IsoDate } from './iso-date';
import { hasCalendarData, isWorkingDay, type WorkCalendar } from './work-calendar';

/** A period as a rule states it: so many working days, or so many calendar days. */
export interface Deadline {
  days: number;
  kind: 'working' | 'calendar';
}

export interface DueDate {
  date: IsoDate;
  /**
   * Some day the count passed over or landed on lies in a year without notice data, so plain
   * weekdays were assumed there. The screen must say so: holidays there may move the date.
   */
  estimate: boolean;
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A period is a whole number of days, got ${n}`);
}

/**
 * The day a period of `n` working days ends. Counting starts the day after `start`
 * (民法典 art. 201), so a matter received on Friday with 1 working day is due on Monday.
 */
export function addWorkingDays(cal: WorkCalendar, start: IsoDate, n: number): DueDate {
  checkCount(n);
  let day = dayNumber(start);
  let counted = 0;
  let estimate = false;
  while (counted < n) {
    day += 1;
    const date = fromDayNumber(day);
    if (!hasCalendarData(cal, date)) estimate = true;
    if (isWorkingDay(cal, date)) counted += 1;
  }
  return { date: fromDayNumber(day), estimate };
}

/**
 * The day a period of `n` calendar days ends: `start` plus `n`, and if that last day is a rest day
 * (weekend or public holiday) the first working day after it (民法典 art. 203).
 */
export function addCalendarDays(cal: WorkCalendar, start: IsoDate, n: number): DueDate {
  checkCount(n);
  const end = dayNumber(start) + n;
  // The last day is judged as a rest day or not, so it counts as landed on even when n is 0.
  const firstLooked = n > 0 ? dayNumber(start) + 1 : end;
  let estimate = false;
  for (let y = yearOf(fromDayNumber(firstLooked)); y <= yearOf(fromDayNumber(end)); y += 1) {
    if (!cal.years.has(y)) estimate = true;
  }
  let day = end;
  while (!isWorkingDay(cal, fromDayNumber(day))) {
    day += 1;
    if (!hasCalendarData(cal, fromDayNumber(day))) estimate = true;
  }
  return { date: fromDayNumber(day), estimate };
}

/** The due date of a period as a rule states it. */
export function dueDate(cal: WorkCalendar, start: IsoDate, deadline: Deadline): DueDate {
  return deadline.kind === 'working' ? addWorkingDays(cal, start, deadline.days) : addCalendarDays(cal, start, deadline.days);
}

export interface WorkingDayCount {
  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  days: number;
  estimate: boolean;
}

/** Counts the way periods are counted, so `workingDaysBetween(c, s, addWorkingDays(c, s, n).date)` is n. */
export function workingDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): WorkingDayCount {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) {
    const back = workingDaysBetween(cal, to, from);
    return { days: -back.days, estimate: back.estimate };
  }
  let days = 0;
  let estimate = false;
  for (let day = a + 1; day <= b; day += 1) {
    const date = fromDayNumber(day);
    if (!hasCalendarData(cal, date)) estimate = true;
    if (isWorkingDay(cal, date)) days += 1;
  }
  return { days, estimate };
}

export type DeadlineStatus = 'overdue' | 'due-soon' | 'ok';

/** How many working days ahead a deadline starts to be flagged. */
export const DUE_SOON_WORKING_DAYS = 3;

/** Overdue once the due day has passed; due soon from three working days before it, the due day included. */
export function deadlineStatus(cal: WorkCalendar, today: IsoDate, due: IsoDate): DeadlineStatus {
  if (dayNumber(today) > dayNumber(due)) return 'overdue';
  return workingDaysBetween(cal, today, due).days <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'ok';
}
