import type { Db } from '../db/database';
import type { AuditEntry } from '../../shared/ipc/audit.contract';
import type { AuditRow } from '../audit/audit-log';

export interface AuditFilter {
  actorId?: string;
  action?: string;
  result?: 'ok' | 'refused';
  recordType?: string;
  recordId?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  /** Exactly these entries (an auditor's selection); combined with the other filters. */
  seqs?: readonly number[];
}

export interface AuditQuery extends AuditFilter {
  page: number;
  pageSize: number;
}

type Row = Omit<AuditRow, 'prev_hash' | 'hash' | 'result'> & { result: 'ok' | 'refused' };

const COLUMNS = 'seq, at, actor_id, actor_name, action, record_type, record_id, result, detail';

/** The filter as SQL; only bound values reach the statement. */
function whereOf(f: AuditFilter): { clause: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.actorId) (where.push('actor_id = ?'), args.push(f.actorId));
  if (f.action) (where.push('action = ?'), args.push(f.action));
  if (f.result) (where.push('result = ?'), args.push(f.result));
  if (f.recordType) (where.push('record_type = ?'), args.push(f.recordType));
  if (f.recordId) (where.push('record_id = ?'), args.push(f.recordId));
  if (f.from) (where.push('at >= ?'), args.push(f.from));
  if (f.to) (where.push('at <= ?'), args.push(f.to));
  // json_each keeps a selection of thousands to one bound parameter.
  if (f.seqs) (where.push('seq IN (SELECT value FROM json_each(?))'), args.push(JSON.stringify(f.seqs)));
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

/** One page of the trail, newest first, filtered in SQL so the trail is never loaded whole. */
export function listAudit(db: Db, q: AuditQuery): { total: number; rows: AuditEntry[] } {
  const { clause, args } = whereOf(q);
  const { n } = db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...args) as { n: number };
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM audit_log ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...args, q.pageSize, (q.page - 1) * q.pageSize) as Row[];
  return { total: n, rows: rows.map(toEntry) };
}

const toEntry = (r: Row): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  action: r.action,
  recordType: r.record_type,
  recordId: r.record_id,
  result: r.result,
  detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
});

const PAGE = 1_000;

/**
 * The stored rows a filter selects, oldest first, up to `throughSeq`, as they are hashed. Read a page
 * at a time by sequence number, so no statement stays open while the caller awaits its writer.
 */
export function* auditRowsFor(db: Db, f: AuditFilter, throughSeq = Number.MAX_SAFE_INTEGER): Generator<AuditRow> {
  const { clause, args } = whereOf(f);
  const page = db.prepare(
    `SELECT ${COLUMNS}, prev_hash, hash FROM audit_log ${clause ? `${clause} AND` : 'WHERE'} seq > ? AND seq <= ? ORDER BY seq LIMIT ${PAGE}`,
  );
  let after = 0;
  for (;;) {
    const rows = page.all(...args, after, throughSeq) as AuditRow[];
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].seq;
  }
}
