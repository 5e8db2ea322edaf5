import type { CoreState } from '../core-state';
import { appendAudit } from '../audit/audit-log';

/**
 * Audit for sign-in flows, whose events happen while the database is closed: what the keyring
 * queued (failed tries, lock-outs) is written first, then this event, in one transaction.
 */
export function auditFlow(
  state: CoreState,
  action: string,
  actor: { userId: string; displayName: string } | null,
  detail: Record<string, unknown> | null = null,
  result: 'ok' | 'refused' = 'ok',
): void {
  const { db, keyring } = state;
  if (!db) return;
  const pending = keyring?.takePendingAudit() ?? [];
  db.transaction(() => {
    for (const e of pending)
      appendAudit(db, { at: e.at, actorId: e.userId, actorName: null, action: e.action, result: 'refused', detail: e.detail, recordType: 'user', recordId: e.userId });
    appendAudit(db, {
      actorId: actor?.userId ?? null,
      actorName: actor?.displayName ?? null,
      action,
      recordType: actor ? 'user' : null,
      recordId: actor?.userId ?? null,
      result,
      detail,
    });
  })();
}
