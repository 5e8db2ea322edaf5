import { describe, expect, it } from 'vitest';
import {
  validateCalendarYear,
  calendarYearError,
  officialWorkCalendar,
  mergeCalendarYears,
  createWorkCalendar,
  isWorkingDay,
  describeDay,
  holidayLabel,
  OFFICIAL_YEARS,
  type CalendarYear,
  type CalendarProblem,
} from '../../../shared/calendar';
import { translate } from '../../../shared/i18n';
import { AppError } from '../../../shared/errors';

const valid: CalendarYear = {
  year: 2027,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试用）',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-02-08', name: '春节' },
  ],
  workdays: [{ date: '2027-02-20', name: '春节' }],
};

function problems(input: unknown): CalendarProblem[] {
  const r = validateCalendarYear(input);
  if (r.ok) throw new Error('expected the year to be refused');
  return r.problems;
}

describe('an administrator-entered year', () => {
  it('is accepted when well formed, and comes back sorted', () => {
    const r = validateCalendarYear({ ...valid, holidays: [...valid.holidays].reverse() });
    expect(r).toMatchObject({ ok: true, year: { holidays: valid.holidays } });
  });

  it('may reach back into the previous December for the New Year break', () => {
    expect(validateCalendarYear({ ...valid, holidays: [{ date: '2026-12-31', name: '元旦' }, ...valid.holidays] })).toMatchObject({ ok: true });
  });

  it('is refused when a date lies outside the year', () => {
    expect(problems({ ...valid, holidays: [{ date: '2028-01-03', name: '元旦' }] })).toEqual([
      { key: 'calendar.problems.dateOutsideYear', params: { date: '2028-01-03', year: 2027 }, path: 'holidays.0.date' },
    ]);
    expect(problems({ ...valid, workdays: [{ date: '2026-11-28', name: '元旦' }] })[0]!.key).toBe('calendar.problems.dateOutsideYear');
  });

  it('is refused when one date is both a holiday and a make-up working day', () => {
    const p = problems({ ...valid, holidays: [{ date: '2027-02-08', name: '春节' }], workdays: [{ date: '2027-02-08', name: '春节' }] });
    expect(p.map((x) => x.key)).toContain('calendar.problems.holidayAndWorkday');
  });

  it('is refused when a date is entered twice', () => {
    expect(problems({ ...valid, holidays: [...valid.holidays, { date: '2027-01-01', name: '元旦' }] }).map((x) => x.key)).toEqual([
      'calendar.problems.duplicateDate',
    ]);
  });

  it('is refused when a make-up working day is a weekday, or a holiday a weekend day', () => {
    expect(problems({ ...valid, workdays: [{ date: '2027-02-19', name: '春节' }] })[0]!.key).toBe('calendar.problems.workdayOnWeekday');
    expect(problems({ ...valid, holidays: [...valid.holidays, { date: '2027-02-06', name: '春节' }] })[0]!.key).toBe(
      'calendar.problems.holidayOnWeekend',
    );
  });

  it('is refused when it has no holidays at all', () => {
    expect(problems({ ...valid, holidays: [] })[0]!.key).toBe('calendar.problems.noHolidays');
  });

  it('is refused when malformed: impossible date, empty name, no source, odd year, unknown field', () => {
    expect(problems({ ...valid, holidays: [{ date: '2027-02-30', name: '春节' }] })[0]).toMatchObject({
      key: 'calendar.problems.badDate',
      path: 'holidays.0.date',
    });
    expect(problems({ ...valid, holidays: [{ date: '2027-2-3', name: '春节' }] })[0]!.key).toBe('calendar.problems.badDate');
    expect(problems({ ...valid, holidays: [{ date: '2027-02-08', name: ' ' }] })[0]!.key).toBe('calendar.problems.badName');
    expect(problems({ ...valid, holidays: [{ date: '2027-02-08', name: '节'.repeat(51) }] })[0]!.key).toBe('calendar.problems.badName');
    expect(problems({ ...valid, source: '' })[0]!.key).toBe('calendar.problems.badSource');
    expect(problems({ ...valid, source: 'x'.repeat(4001) })[0]!.key).toBe('calendar.problems.badSource');
    expect(problems({ ...valid, year: 2027.5 })[0]!.key).toBe('calendar.problems.badYear');
    expect(problems({ ...valid, year: 1999 })[0]!.key).toBe('calendar.problems.badYear');
    expect(problems({ ...valid, note: 'x' })[0]!.key).toBe('calendar.problems.malformed');
    expect(problems(null)[0]!.key).toBe('calendar.problems.malformed');
  });

  it('has every refusal worded in both languages', () => {
    const all = [
      ...problems({ ...valid, holidays: [{ date: '2028-01-03', name: '元旦' }, { date: '2027-02-06', name: 'x' }, { date: '2027-02-06', name: 'x' }], workdays: [{ date: '2027-02-19', name: 'x' }, { date: '2027-02-06', name: 'x' }] }),
      ...problems({ ...valid, holidays: [] }),
      ...problems({ year: 1, holidays: [{ date: 'x', name: '' }], workdays: 3, source: '' }),
    ];
    expect(new Set(all.map((p) => p.key)).size).toBeGreaterThanOrEqual(10);
    for (const p of all) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = translate(locale, p.key, p.params);
        expect(text, `${locale} ${p.key}`).not.toBe(p.key);
        expect(text, `${locale} ${p.key}`).not.toMatch(/\{\{/);
      }
    }
  });

  it('is refused over IPC as INVALID_INPUT naming the fields at fault', () => {
    const err = calendarYearError(problems({ ...valid, holidays: [{ date: '2028-01-03', name: '元旦' }] }));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.fields).toEqual(['holidays.0.date']);
    expect(err.params).toMatchObject({ problem: 'calendar.problems.dateOutsideYear', date: '2028-01-03' });
  });
});

describe('merging shipped and entered years', () => {
  it('replaces a shipped year whole with an entered one', () => {
    const corrected: CalendarYear = { year: 2026, source: '更正', holidays: [{ date: '2026-01-01', name: '元旦' }], workdays: [] };
    const merged = mergeCalendarYears(OFFICIAL_YEARS, [corrected]);
    expect(merged.filter((y) => y.year === 2026)).toEqual([corrected]);
    expect(merged.map((y) => y.year)).toEqual([...OFFICIAL_YEARS.map((y) => y.year)]);
    const cal = createWorkCalendar(merged);
    expect(isWorkingDay(cal, '2026-02-16')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-14')).toBe(false);
  });

  it('adds an entered year after the shipped ones', () => {
    const cal = officialWorkCalendar([valid]);
    expect(describeDay(cal, '2027-02-08')).toEqual({ date: '2027-02-08', working: false, kind: 'holiday', name: '春节', estimate: false });
    expect(describeDay(officialWorkCalendar(), '2027-02-08')).toEqual({ date: '2027-02-08', working: true, kind: 'weekday', estimate: true });
  });

  it('lets a later notice decide a December day it reaches back into', () => {
    const cal = createWorkCalendar([
      { year: 2026, source: 's', holidays: [{ date: '2026-01-01', name: '元旦' }], workdays: [{ date: '2026-12-26', name: '国庆节' }] },
      { year: 2027, source: 's', holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] },
      { year: 2027, source: 's', holidays: [{ date: '2026-12-26', name: '元旦' }], workdays: [] },
    ]);
    expect(describeDay(cal, '2026-12-26')).toMatchObject({ working: false, name: '元旦' });
  });
});

describe('holiday names', () => {
  it('read in English for the shipped names and as typed for others', () => {
    expect(holidayLabel('en', '春节')).toBe('Spring Festival');
    expect(holidayLabel('zh-CN', '清明')).toBe('清明节');
    expect(holidayLabel('en', '某地方节日')).toBe('某地方节日');
  });
});
