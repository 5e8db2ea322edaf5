import type { Db } from '../db/database';
import { allocateNumber } from '../cases/case-number';

/** The character a record's number carries: 绵纪举〔2026〕3号 for a report, 绵纪移〔2026〕1号 for a referral. */
const RECORD_MARK = { report: '举', referral: '移' } as const;
export type NumberedRecord = keyof typeof RECORD_MARK;

/** From the same never-reused sequences as case numbers; the sequence names never meet the case kinds'. */
export function nextRecordNumber(db: Db, officeCode: string, record: NumberedRecord, year: number): { seq: number; number: string } {
  return allocateNumber(db, officeCode, record, RECORD_MARK[record], year);
}
