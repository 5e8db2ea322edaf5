import type { Db } from '../db/database';

/** The character a record's number carries: 绵纪举〔2026〕3号 for a report, 绵纪移〔2026〕1号 for a referral. */
const RECORD_MARK = { report: '举', referral: '移' } as const;
export type NumberedRecord = keyof typeof RECORD_MARK;

/**
 * Hands out the next number of an office, record type and year, from the same never-reused sequences
 * as case numbers (their kinds are 'fault-tolerance' and 'clearance', so the two never meet).
 */
export function nextRecordNumber(db: Db, officeCode: string, record: NumberedRecord, year: number): { seq: number; number: string } {
  const seq = db
    .prepare(
      `INSERT INTO number_sequences (office_code, kind, year, last) VALUES (?, ?, ?, 1)
       ON CONFLICT(office_code, kind, year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .pluck()
    .get(officeCode, record, year) as number;
  return { seq, number: `${officeCode}${RECORD_MARK[record]}〔${year}〕${seq}号` };
}
