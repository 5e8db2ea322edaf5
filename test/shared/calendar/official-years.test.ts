import { describe, expect, it } from 'vitest';
import { OFFICIAL_YEARS, officialWorkCalendar, isWorkingDay, validateCalendarYear, describeDay } from '../../../shared/calendar';

const cal = officialWorkCalendar();
const dates = (year: number, list: 'holidays' | 'workdays') =>
  OFFICIAL_YEARS.find((y) => y.year === year)![list].map((d) => d.date);

describe('the holiday notices the product ships', () => {
  it('covers every year from 2004 to 2026, and nothing later', () => {
    expect(OFFICIAL_YEARS.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('holds only data an administrator could also have entered', () => {
    for (const y of OFFICIAL_YEARS) expect(validateCalendarYear(y), String(y.year)).toMatchObject({ ok: true });
  });

  it('names the State Council notice each year comes from', () => {
    for (const y of OFFICIAL_YEARS) expect(y.source).toContain(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
    expect(OFFICIAL_YEARS.find((y) => y.year === 2026)!.source).toContain('www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm');
  });

  it('2026 Spring Festival: 15–23 February off, Saturdays 14 and 28 February worked', () => {
    expect(dates(2026, 'holidays').filter((d) => d.startsWith('2026-02'))).toEqual([
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23',
    ]);
    expect(dates(2026, 'workdays').filter((d) => d.startsWith('2026-02'))).toEqual(['2026-02-14', '2026-02-28']);
    for (const d of ['2026-02-15', '2026-02-21', '2026-02-22']) expect(isWorkingDay(cal, d)).toBe(false);
  });

  it('2026 National Day and Mid-Autumn: 1–7 October off, 25 September off, Sunday 20 September and Saturday 10 October worked', () => {
    expect(dates(2026, 'holidays').filter((d) => d >= '2026-09-01' && d <= '2026-10-31')).toEqual([
      '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
    expect(dates(2026, 'workdays').filter((d) => d >= '2026-09-01')).toEqual(['2026-09-20', '2026-10-10']);
  });

  it('2026 New Year and Labour Day: 4 January (Sunday) and 9 May (Saturday) are worked', () => {
    expect(describeDay(cal, '2026-01-04')).toMatchObject({ working: true, kind: 'makeup-workday', name: '元旦' });
    expect(describeDay(cal, '2026-05-09')).toMatchObject({ working: true, kind: 'makeup-workday', name: '劳动节' });
    expect(describeDay(cal, '2026-05-05')).toMatchObject({ working: false, kind: 'holiday', name: '劳动节' });
  });

  it('2025: the Spring Festival (28 January – 4 February) and the eight-day National Day with 6 October as Mid-Autumn', () => {
    expect(dates(2025, 'workdays')).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(describeDay(cal, '2025-10-06')).toMatchObject({ kind: 'holiday', name: '中秋' });
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false);
  });

  it('2024 Spring Festival: 10–17 February off, Sundays 4 and 18 February worked', () => {
    expect(dates(2024, 'workdays').filter((d) => d.startsWith('2024-02'))).toEqual(['2024-02-04', '2024-02-18']);
    expect(isWorkingDay(cal, '2024-02-16')).toBe(false);
  });

  it('files December days a notice reaches back into under that notice (2019 New Year began on 30 December 2018)', () => {
    expect(dates(2019, 'holidays')).toContain('2018-12-31');
    expect(dates(2019, 'workdays')).toContain('2018-12-29');
    expect(isWorkingDay(cal, '2018-12-29')).toBe(true);
  });
});
