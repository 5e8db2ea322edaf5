import type { Db } from '../db/database';
import { getOffice } from '../repos/settings.repo';

export interface DataSummary {
  office: { name: string; code: string };
  cases: number;
  users: number;
  auditEntries: number;
}

/** What a restore report tells the officer about the data it brings back. Tables a backup predates count as empty. */
export function summarize(db: Db): DataSummary {
  return {
    office: getOffice(db),
    cases: countRows(db, 'cases'),
    users: countRows(db, 'users'),
    auditEntries: countRows(db, 'audit_log'),
  };
}

function countRows(db: Db, table: 'cases' | 'users' | 'audit_log'): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table);
  // The name is one of three literals above, never input.
  return exists ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
}
