import { AppError } from '../errors';

/**
 * 发文字号 per GB/T 9704-2012 7.2.3: 机关代字, the year in full in hexagonal brackets 〔〕 (U+3014,
 * U+3015, never 【】 or ［］), and the serial number without 第 and without leading zeros:
 * 清纪〔2026〕15号.
 */
export function formatDocumentNumber(officeCode: string, year: number, serial: number): string {
  const code = officeCode.trim();
  const fields = [
    ...(code === '' || code.length > 20 || /[〔〕\s]/.test(code) ? ['officeCode'] : []),
    ...(!Number.isInteger(year) || year < 1900 || year > 9999 ? ['year'] : []),
    ...(!Number.isInteger(serial) || serial < 1 || serial > 999_999 ? ['serial'] : []),
  ];
  if (fields.length) throw new AppError('INVALID_INPUT', { officeCode, year, serial }, fields);
  return `${code}〔${year}〕${serial}号`;
}
