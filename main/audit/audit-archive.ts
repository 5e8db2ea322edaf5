import { z } from 'zod';
import { AUDIT_RETENTION_DEFAULT_DAYS, AUDIT_RETENTION_FLOOR_DAYS } from '../../shared/ipc/audit.contract';
import type { Db } from '../db/database';
import { getSetting, setSetting } from '../repos/settings.repo';
import { AUDIT_ARCHIVED_KEY } from './audit-log';

const RETENTION_KEY = 'audit.retentionDays';
const DAY_MS = 86_400_000;

export interface ArchiveAnchor {
  seq: number;
  hash: string;
  at: string;
  rows: number;
  fileSha256: string;
}

const anchorSchema = z.object({ seq: z.number().int(), hash: z.string(), at: z.string(), rows: z.number().int(), fileSha256: z.string() });

export function retentionDays(db: Db): number {
  // A value below the floor (written by hand into the database) still counts as the floor.
  return Math.max(AUDIT_RETENTION_FLOOR_DAYS, getSetting(db, RETENTION_KEY, AUDIT_RETENTION_DEFAULT_DAYS));
}

export function setRetentionDays(db: Db, days: number): void {
  setSetting(db, RETENTION_KEY, Math.max(AUDIT_RETENTION_FLOOR_DAYS, Math.trunc(days)));
}

export function archiveAnchor(db: Db): ArchiveAnchor | null {
  const parsed = anchorSchema.safeParse(getSetting<unknown>(db, AUDIT_ARCHIVED_KEY, null));
  return parsed.success ? parsed.data : null;
}

/**
 * The last entry that may be archived now: the end of the unbroken run, from the start of the live
 * trail, of entries older than the retention period. A run and not a cut by date, so that an entry
 * stamped out of order (a clock set back) never leaves a gap in what stays.
 */
export function archivableThrough(db: Db, now: number): { throughSeq: number | null; count: number } {
  const cutoff = new Date(now - retentionDays(db) * DAY_MS).toISOString();
  const firstYoung = db.prepare('SELECT min(seq) FROM audit_log WHERE at >= ?').pluck().get(cutoff) as number | null;
  const row = db
    .prepare('SELECT max(seq) AS through, count(*) AS n FROM audit_log WHERE seq < ?')
    .get(firstYoung ?? Number.MAX_SAFE_INTEGER) as { through: number | null; n: number };
  // The newest entry always stays: it is the head the next entry links to and the anchor names.
  const head = db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number | null;
  if (row.through !== null && row.through === head) {
    return row.n > 1 ? { throughSeq: row.through - 1, count: row.n - 1 } : { throughSeq: null, count: 0 };
  }
  return { throughSeq: row.through, count: row.n };
}

/**
 * Moves the live trail's start past `through`: the anchor names the last archived entry (and the
 * file that holds it), then the archived rows go. The schema's trigger lets only rows at or before
 * the anchor be deleted, and the anchor only move forward. Runs inside the caller's transaction.
 */
export function moveArchiveAnchor(db: Db, anchor: ArchiveAnchor): void {
  setSetting(db, AUDIT_ARCHIVED_KEY, anchor);
  db.prepare('DELETE FROM audit_log WHERE seq <= ?').run(anchor.seq);
}
