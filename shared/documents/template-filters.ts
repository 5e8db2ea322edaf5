import type { PlaceholderType } from './placeholder-catalog';

/**
 * Filters turn a typed value into the words an official document uses. Each accepts one value type
 * and yields text; applying one to the wrong type is a template error caught by validateTemplate.
 */
export const FILTER_NAMES = ['date', 'month', 'ymd', 'number', 'cn', 'join'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const FILTER_INPUT: Record<FilterName, PlaceholderType> = {
  date: 'date',
  month: 'date',
  ymd: 'date',
  number: 'number',
  cn: 'number',
  join: 'list',
};

export function isFilterName(name: string): name is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(name);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** [year, month, day] of a real calendar date 'YYYY-MM-DD', else undefined. */
export function isoDateParts(value: string): [number, number, number] | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? [y, mo, d] : undefined;
}

/** GB/T 9704-2012 7.3.5: Arabic numerals, the year in full, month and day without a leading zero. */
export function formatChineseDate(iso: string): string | undefined {
  const p = isoDateParts(iso);
  return p && `${p[0]}年${p[1]}月${p[2]}日`;
}

/**
 * GB/T 15835: integers of four digits or fewer are not grouped; longer ones take a comma every three
 * digits. Decimals keep at most two places.
 */
export function formatNumber(n: number): string {
  const fixed = Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(2).replace(/\.?0+$/, '');
  const [int = '', frac] = fixed.split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_UNITS = ['', '十', '百', '千'];
export const CN_NUMBER_MAX = 9_999;

/** 1 → 一, 10 → 十, 15 → 十五, 105 → 一百零五, 1010 → 一千零一十: for 第一次回访 and the like. */
export function formatChineseNumber(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > CN_NUMBER_MAX) return undefined;
  if (n === 0) return CN_DIGITS[0];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, i) => {
    const unit = CN_UNITS[digits.length - 1 - i] ?? '';
    if (digit === 0) {
      pendingZero = out.length > 0;
      return;
    }
    if (pendingZero) out += CN_DIGITS[0];
    pendingZero = false;
    // 十五, not 一十五, when the tens lead the number.
    out += digit === 1 && unit === '十' && out === '' ? unit : `${CN_DIGITS[digit]}${unit}`;
  });
  return out;
}

/** Applies one filter; undefined when the value is not of the filter's kind. */
export function applyFilter(name: FilterName, value: unknown): string | undefined {
  switch (name) {
    case 'date':
      return typeof value === 'string' ? formatChineseDate(value) : undefined;
    case 'month': {
      const p = typeof value === 'string' ? isoDateParts(value) : undefined;
      return p && `${p[0]}年${p[1]}月`;
    }
    case 'ymd': {
      // Archive indexes write dates as eight digits (DA/T 22: 20261128).
      const p = typeof value === 'string' ? isoDateParts(value) : undefined;
      return p && `${p[0]}${String(p[1]).padStart(2, '0')}${String(p[2]).padStart(2, '0')}`;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? formatNumber(value) : undefined;
    case 'cn':
      return typeof value === 'number' ? formatChineseNumber(value) : undefined;
    case 'join':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join('、') : undefined;
  }
}
