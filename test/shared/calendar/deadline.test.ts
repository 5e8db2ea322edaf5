import { describe, expect, it } from 'vitest';
import {
  officialWorkCalendar,
  addWorkingDays,
  addCalendarDays,
  workingDaysBetween,
  deadlineStatus,
  dueDate,
  addDays,
  validateCalendarYear,
  type CalendarYear,
} from '../../../shared/calendar';

const cal = officialWorkCalendar();

/** A made-up 2027 notice: the real one is published around November 2026. */
const entered2027: CalendarYear = {
  year: 2027,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试用）',
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  workdays: [],
};

describe('working-day deadlines', () => {
  it('start counting the day after the start (民法典 art. 201): one working day from a Friday is Monday', () => {
    expect(addWorkingDays(cal, '2026-03-06', 1)).toEqual({ date: '2026-03-09', estimate: false });
    expect(addWorkingDays(cal, '2026-03-06', 0)).toEqual({ date: '2026-03-06', estimate: false });
  });

  it('skip the 2026 Spring Festival and count its make-up Saturday 14 February', () => {
    // 13 Feb (Fri) 1, 14 Feb (Sat, 调休) 2, 15–23 Feb off, 24, 25, 26 Feb.
    expect(addWorkingDays(cal, '2026-02-12', 5)).toEqual({ date: '2026-02-26', estimate: false });
  });

  it('skip the 2026 National Day and count its make-up Saturday 10 October', () => {
    // 1–7 Oct off, 8 (Thu) 1, 9 (Fri) 2, 10 (Sat, 调休) 3, 12 (Mon) 4, 13 (Tue) 5.
    expect(addWorkingDays(cal, '2026-09-30', 5)).toEqual({ date: '2026-10-13', estimate: false });
  });

  it('put a clearance approved on Friday 18 September 2026 due on Thursday 24 September, Sunday 20 September being worked', () => {
    expect(dueDate(cal, '2026-09-18', { days: 5, kind: 'working' })).toEqual({ date: '2026-09-24', estimate: false });
  });

  it('mark a count reaching into 2027, which has no notice yet, as an estimate', () => {
    // Weekdays assumed: 29, 30, 31 Dec, then Friday 1 January 2027 counts as a working day.
    expect(addWorkingDays(cal, '2026-12-28', 5)).toEqual({ date: '2027-01-04', estimate: true });
  });

  it('drop the estimate once an administrator has entered the 2027 notice, and honour its holidays', () => {
    const withEntered = officialWorkCalendar([entered2027]);
    expect(addWorkingDays(withEntered, '2026-12-28', 5)).toEqual({ date: '2027-01-05', estimate: false });
    expect(addCalendarDays(withEntered, '2026-12-20', 12)).toEqual({ date: '2027-01-04', estimate: false });
  });

  it('report a start inside an unknown year as an estimate too', () => {
    expect(addWorkingDays(cal, '2027-03-01', 1).estimate).toBe(true);
  });
});

describe('calendar-day deadlines', () => {
  it('end on the last day when it is a working day', () => {
    expect(addCalendarDays(cal, '2026-03-02', 15)).toEqual({ date: '2026-03-17', estimate: false });
  });

  it('move a last day falling on a weekend to the next working day (民法典 art. 203)', () => {
    expect(addCalendarDays(cal, '2026-03-06', 15)).toEqual({ date: '2026-03-23', estimate: false });
  });

  it('move a 15-day appeal period ending on National Day to Thursday 8 October 2026', () => {
    expect(addCalendarDays(cal, '2026-09-16', 15)).toEqual({ date: '2026-10-08', estimate: false });
  });

  it('move a last day inside the Spring Festival to Tuesday 24 February 2026', () => {
    expect(addCalendarDays(cal, '2026-02-01', 15)).toEqual({ date: '2026-02-24', estimate: false });
  });

  it('keep a last day that falls on a make-up working Saturday', () => {
    expect(addCalendarDays(cal, '2026-02-13', 15)).toEqual({ date: '2026-02-28', estimate: false });
  });

  it('mark a 30-day review period ending in 2027 as an estimate', () => {
    expect(addCalendarDays(cal, '2026-12-10', 30)).toEqual({ date: '2027-01-11', estimate: true });
  });

  it('refuse a negative or fractional period', () => {
    expect(() => addCalendarDays(cal, '2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('working days between two dates', () => {
  it('count the way periods are counted, so they undo addWorkingDays', () => {
    for (let start = '2025-12-01'; start < '2027-01-01'; start = addDays(start, 3)) {
      for (const n of [0, 1, 3, 5, 10, 30]) {
        const due = addWorkingDays(cal, start, n);
        expect(workingDaysBetween(cal, start, due.date).days, `${start} + ${n}`).toBe(n);
      }
    }
  });

  it('are negative when the end is before the start', () => {
    expect(workingDaysBetween(cal, '2026-10-13', '2026-09-30')).toEqual({ days: -5, estimate: false });
  });

  it('are flagged as an estimate when they cross an unknown year', () => {
    expect(workingDaysBetween(cal, '2026-12-30', '2027-01-05')).toEqual({ days: 4, estimate: true });
  });
});

describe('deadline status', () => {
  it('is overdue the day after the due day', () => {
    expect(deadlineStatus(cal, '2026-10-10', '2026-10-09')).toBe('overdue');
  });

  it('is due soon from three working days before, holidays not counted', () => {
    // 30 Sep, 8 Oct and 9 Oct are the working days left: ten calendar days, but due soon.
    expect(deadlineStatus(cal, '2026-09-29', '2026-10-09')).toBe('due-soon');
    expect(deadlineStatus(cal, '2026-09-28', '2026-10-09')).toBe('ok');
    expect(deadlineStatus(cal, '2026-10-09', '2026-10-09')).toBe('due-soon');
  });
});

describe('an entered year is checked before use', () => {
  it('accepts the made-up 2027 notice', () => {
    expect(validateCalendarYear(entered2027)).toMatchObject({ ok: true });
  });
});
