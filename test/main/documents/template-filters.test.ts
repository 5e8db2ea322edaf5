import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { formatChineseDate, formatChineseNumber, formatDocumentNumber, formatNumber } from '../../../shared/documents';

describe('how values are written into documents', () => {
  it('writes dates with Arabic numerals and no leading zeros (GB/T 9704)', () => {
    expect(formatChineseDate('2026-11-28')).toBe('2026年11月28日');
    expect(formatChineseDate('2027-01-05')).toBe('2027年1月5日');
    expect(formatChineseDate('2026-02-29')).toBeUndefined();
  });

  it('groups long numbers by thousands and leaves short ones alone', () => {
    expect(formatNumber(86)).toBe('86');
    expect(formatNumber(2026)).toBe('2026');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatNumber(-15000.257)).toBe('-15,000.26');
  });

  it('counts visits in Chinese numerals: 第一次, 第十二次', () => {
    expect([1, 10, 12, 20, 105, 1010, 0].map(formatChineseNumber)).toEqual(['一', '十', '十二', '二十', '一百零五', '一千零一十', '零']);
    expect(formatChineseNumber(1.5)).toBeUndefined();
  });

  it('numbers documents as 机关代字〔年份〕序号号 with hexagonal brackets', () => {
    expect(formatDocumentNumber('清纪', 2026, 15)).toBe('清纪〔2026〕15号');
    expect(() => formatDocumentNumber('', 2026, 15)).toThrow(AppError);
    expect(() => formatDocumentNumber('清纪', 2026, 0)).toThrow(AppError);
  });
});
