import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../main/db/database';
import { appendAudit, verifyAudit } from '../main/audit/audit-log';

/** Builds an encrypted trail of `entries` entries, then times a full chain verification and its peak memory. */
export function benchAuditVerify(entries: number): { appendMs: number; verifyMs: number; rssGrowthMiB: number; ok: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'qz-bench-audit-'));
  const db = createDatabase(join(dir, 'audit.db'), randomBytes(32));
  try {
    const t0 = performance.now();
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++)
        appendAudit(db, {
          actorId: `user-${i % 40}`,
          actorName: '基准审计',
          action: i % 5 === 0 ? 'cases.act' : 'cases.get',
          recordType: 'case',
          recordId: String(i % 10_000),
          result: 'ok',
          detail: i % 5 === 0 ? { action: 'investigation.submit' } : null,
          at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
        });
    });
    for (let i = 0; i < entries; i += 50_000) batch(i, Math.min(entries, i + 50_000));
    const appendMs = performance.now() - t0;

    // Verification is synchronous, so no timer can sample during it: compare RSS around it instead.
    const before = process.memoryUsage().rss;
    const t1 = performance.now();
    const result = verifyAudit(db);
    const verifyMs = performance.now() - t1;
    const grewMiB = (process.memoryUsage().rss - before) / 2 ** 20;
    return { appendMs, verifyMs, rssGrowthMiB: grewMiB, ok: result.ok && result.entries === entries };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
