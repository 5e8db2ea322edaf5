import type { Db } from '../db/database';
import type { CaseKind } from '../../shared/ipc/cases.contract';

/** The character a case number carries for its type: 绵容〔2026〕12号, 绵澄〔2026〕3号. */
const KIND_MARK: Record<CaseKind, string> = { 'fault-tolerance': '容', clearance: '澄' };

/**
 * Hands out the next number of an office, sequence and year, written 代字+mark〔year〕N号; a number
 * once given is never given again, even when its record is withdrawn.
 */
export function allocateNumber(db: Db, officeCode: string, sequence: string, mark: string, year: number): { seq: number; number: string } {
  const seq = db
    .prepare(
      `INSERT INTO number_sequences (office_code, kind, year, last) VALUES (?, ?, ?, 1)
       ON CONFLICT(office_code, kind, year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .pluck()
    .get(officeCode, sequence, year) as number;
  return { seq, number: `${officeCode}${mark}〔${year}〕${seq}号` };
}

export function nextCaseNumber(db: Db, officeCode: string, kind: CaseKind, year: number): { seq: number; number: string } {
  return allocateNumber(db, officeCode, kind, KIND_MARK[kind], year);
}
