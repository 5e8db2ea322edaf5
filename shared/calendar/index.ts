/**
 * The working-day calendar: official Chinese public holidays and make-up working days (调休), and
 * deadlines counted on them (民法典 arts. 201 and 203). Dates are 'YYYY-MM-DD' strings throughout.
 *
 * - `officialWorkCalendar(entered)` — the shipped notices (2004–2026), each year replaced whole by an
 *   administrator-entered year; `createWorkCalendar(years)` / `mergeCalendarYears(shipped, entered)`
 *   are its parts.
 * - `validateCalendarYear(input)` — checks an entered year; `calendarYearError(problems)` makes the AppError.
 * - `isWorkingDay`, `describeDay`, `hasCalendarData` — one day.
 * - `addWorkingDays`, `addCalendarDays`, `dueDate`, `workingDaysBetween`, `deadlineStatus` — periods.
 *   Every count reports `estimate: true` when it relied on a year without notice data.
 */
export type { IsoDate } from './iso-date';
export { isIsoDate, addDays, compareDates, weekday, isWeekend, yearOf } from './iso-date';
export type { CalendarDay, CalendarYear, CalendarProblem, CalendarYearCheck } from './calendar-year';
export {
  calendarYearSchema,
  validateCalendarYear,
  calendarYearError,
  noticeSpan,
  CALENDAR_YEAR_MIN,
  CALENDAR_YEAR_MAX,
  HOLIDAY_NAME_MAX,
  CALENDAR_SOURCE_MAX,
} from './calendar-year';
export type { WorkCalendar, DayInfo, DayKind } from './work-calendar';
export {
  createWorkCalendar,
  mergeCalendarYears,
  officialWorkCalendar,
  hasCalendarData,
  isWorkingDay,
  describeDay,
} from './work-calendar';
export type { Deadline, DueDate, WorkingDayCount, DeadlineStatus } from './deadline';
export {
  addWorkingDays,
  addCalendarDays,
  dueDate,
  workingDaysBetween,
  deadlineStatus,
  DUE_SOON_WORKING_DAYS,
} from './deadline';
export { OFFICIAL_YEARS } from './official-years';
export { holidayLabel } from './holiday-label';
