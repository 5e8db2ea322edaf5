import type { Db } from '../db/database';
import type { AuditEntry } from '../../shared/ipc/audit.contract';

export interface AuditQuery {
  actorId?: string;
  action?: string;
  result?: 'ok' | 'refused';
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

interface Row {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  result: 'ok' | 'refused';
  detail: string | null;
}

/** One page of the trail, newest first, filtered in SQL so the trail is never loaded whole. */
export function listAudit(db: Db, q: AuditQuery): { total: number; rows: AuditEntry[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.actorId) (where.push('actor_id = ?'), args.push(q.actorId));
  if (q.action) (where.push('action = ?'), args.push(q.action));
  if (q.result) (where.push('result = ?'), args.push(q.result));
  if (q.from) (where.push('at >= ?'), args.push(q.from));
  if (q.to) (where.push('at <= ?'), args.push(q.to));
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { n } = db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...args) as { n: number };
  const rows = db
    .prepare(`SELECT seq, at, actor_id, actor_name, action, record_type, record_id, result, detail FROM audit_log ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...args, q.pageSize, (q.page - 1) * q.pageSize) as Row[];
  return {
    total: n,
    rows: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      result: r.result,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    })),
  };
}
