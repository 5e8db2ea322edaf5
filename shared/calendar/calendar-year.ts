import { z } from 'zod';
import { AppError } from '../errors';
import { isIsoDate, isWeekend, compareDates, type IsoDate } from './iso-date';

/** One named day of a year's holiday notice. */
export interface CalendarDay {
  date: IsoDate;
  /** As the notice names it: 春节, 国庆节 … */
  name: string;
}

/**
 * What one State Council notice (国务院办公厅关于某年部分节假日安排的通知) changes in the ordinary week:
 * only the exceptions are kept — rest days falling on weekdays, and make-up working days (调休)
 * falling on weekends. A notice may also reach back into the previous December to join the New Year
 * holiday to a weekend (the 2007, 2008, 2012, 2019 and 2023 notices did), so those days belong to it too.
 */
export interface CalendarYear {
  year: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  /** Where the data comes from: the notice's title, number or address, and its arrangement text. */
  source: string;
}

export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;
export const HOLIDAY_NAME_MAX = 50;
export const CALENDAR_SOURCE_MAX = 4000;

const calendarDaySchema = z
  .object({
    date: z.string().max(10).refine(isIsoDate),
    name: z.string().trim().min(1).max(HOLIDAY_NAME_MAX),
  })
  .strict();

/** Well-formedness only; `validateCalendarYear` adds the rules that span fields. */
export const calendarYearSchema = z
  .object({
    year: z.number().int().min(CALENDAR_YEAR_MIN).max(CALENDAR_YEAR_MAX),
    holidays: z.array(calendarDaySchema).max(366),
    workdays: z.array(calendarDaySchema).max(366),
    source: z.string().trim().min(1).max(CALENDAR_SOURCE_MAX),
  })
  .strict();

/** A problem with an entered year, as an i18n key under `calendar.problems` and its parameters. */
export interface CalendarProblem {
  key: `calendar.problems.${string}`;
  params: Record<string, string | number>;
  /** Where in the entered year, e.g. 'holidays.3.date'. */
  path: string;
}

export type CalendarYearCheck = { ok: true; year: CalendarYear } | { ok: false; problems: CalendarProblem[] };

/** The first and last day a notice for `year` may arrange. */
export function noticeSpan(year: number): { first: IsoDate; last: IsoDate } {
  return { first: `${year - 1}-12-01`, last: `${year}-12-31` };
}

function shapeProblems(issues: z.ZodError['issues']): CalendarProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const last = issue.path[issue.path.length - 1];
    const params = { max: HOLIDAY_NAME_MAX, sourceMax: CALENDAR_SOURCE_MAX, min: CALENDAR_YEAR_MIN, maxYear: CALENDAR_YEAR_MAX, field: path };
    if (last === 'date') return { key: 'calendar.problems.badDate', params, path };
    if (last === 'name') return { key: 'calendar.problems.badName', params, path };
    if (last === 'source') return { key: 'calendar.problems.badSource', params, path };
    if (last === 'year') return { key: 'calendar.problems.badYear', params, path };
    return { key: 'calendar.problems.malformed', params, path };
  });
}

/**
 * Checks a year an administrator entered from a new notice. Refuses rather than repairs: a date in
 * the wrong list or the wrong year is a misreading of the notice, and guessing would hide it.
 */
export function validateCalendarYear(input: unknown): CalendarYearCheck {
  const parsed = calendarYearSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: shapeProblems(parsed.error.issues) };
  const y = parsed.data;
  const { first, last } = noticeSpan(y.year);
  const problems: CalendarProblem[] = [];
  const seen = new Map<IsoDate, 'holidays' | 'workdays'>();

  const check = (list: 'holidays' | 'workdays') =>
    y[list].forEach((day, i) => {
      const path = `${list}.${i}.date`;
      const params = { date: day.date, year: y.year };
      if (compareDates(day.date, first) < 0 || compareDates(day.date, last) > 0) {
        problems.push({ key: 'calendar.problems.dateOutsideYear', params, path });
        return;
      }
      const earlier = seen.get(day.date);
      if (earlier === list) problems.push({ key: 'calendar.problems.duplicateDate', params, path });
      else if (earlier) problems.push({ key: 'calendar.problems.holidayAndWorkday', params, path });
      seen.set(day.date, list);
      if (list === 'holidays' && isWeekend(day.date)) problems.push({ key: 'calendar.problems.holidayOnWeekend', params, path });
      if (list === 'workdays' && !isWeekend(day.date)) problems.push({ key: 'calendar.problems.workdayOnWeekday', params, path });
    });
  check('holidays');
  check('workdays');
  // Every notice since 1999 grants weekday holidays; an empty year would only silence the estimate warning.
  if (y.holidays.length === 0) problems.push({ key: 'calendar.problems.noHolidays', params: { year: y.year }, path: 'holidays' });

  if (problems.length) return { ok: false, problems };
  const byDate = (a: CalendarDay, b: CalendarDay) => compareDates(a.date, b.date);
  return {
    ok: true,
    year: { year: y.year, source: y.source, holidays: [...y.holidays].sort(byDate), workdays: [...y.workdays].sort(byDate) },
  };
}

/** The refusal main returns over IPC; the problems themselves travel as params for the form to show. */
export function calendarYearError(problems: readonly CalendarProblem[]): AppError {
  const first = problems[0];
  return new AppError(
    'INVALID_INPUT',
    { problem: first?.key ?? 'calendar.problems.malformed', ...(first?.params ?? {}), count: problems.length },
    problems.map((p) => p.path),
  );
}
