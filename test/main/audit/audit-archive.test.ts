import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase, type Db } from '../../../main/db/database';
import { appendAudit, AUDIT_ARCHIVED_KEY, verifyAudit } from '../../../main/audit/audit-log';
import { archivableThrough, moveArchiveAnchor, retentionDays, setRetentionDays } from '../../../main/audit/audit-archive';
import { useTempDir } from '../db/temp-dir';

const tempDir = useTempDir('qingzheng-archive-');
const DAY = 86_400_000;
const T0 = Date.parse('2025-01-01T00:00:00Z');

function trail(n: number): Db {
  const db = createDatabase(path.join(tempDir(), 'q.db'), crypto.randomBytes(32));
  db.transaction(() => {
    for (let i = 1; i <= n; i++)
      appendAudit(db, { actorId: 'u1', actorName: '李四', action: 'cases.get', recordType: 'cases', recordId: String(i), result: 'ok', at: new Date(T0 + i * DAY).toISOString() });
  })();
  return db;
}

function archiveThrough(db: Db, seq: number): void {
  const hash = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string;
  db.transaction(() => moveArchiveAnchor(db, { seq, hash, at: new Date().toISOString(), rows: seq, fileSha256: 'f'.repeat(64) }))();
}

describe('the archive anchor', () => {
  it('lets only entries at or before it leave the table, and the rest still verify from it', () => {
    const db = trail(10);
    archiveThrough(db, 4);
    expect(db.prepare('SELECT min(seq) FROM audit_log').pluck().get()).toBe(5);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 5').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET actor_name = 'x' WHERE seq = 6").run()).toThrow(/append-only/);
    appendAudit(db, { actorId: 'u1', actorName: '李四', action: 'cases.get', result: 'ok' });
    expect(verifyAudit(db)).toMatchObject({ ok: true, entries: 7, archivedThrough: 4, brokenAt: null });
    db.close();
  });

  it('only moves forward and cannot be removed', () => {
    const db = trail(10);
    archiveThrough(db, 6);
    expect(() => archiveThrough(db, 3)).toThrow();
    expect(() => db.prepare('DELETE FROM settings WHERE key = ?').run(AUDIT_ARCHIVED_KEY)).toThrow(/may not be removed/);
    expect(verifyAudit(db).archivedThrough).toBe(6);
    db.close();
  });

  it('an anchor that does not name the last archived entry breaks verification at the first live entry', () => {
    const db = trail(8);
    archiveThrough(db, 3);
    db.exec('DROP TRIGGER audit_archived_forward_only');
    db.prepare('UPDATE settings SET value = json_set(value, ?, ?) WHERE key = ?').run('$.hash', 'a'.repeat(64), AUDIT_ARCHIVED_KEY);
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4 });
    db.prepare('UPDATE settings SET value = ? WHERE key = ?').run('not json', AUDIT_ARCHIVED_KEY);
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4, archivedThrough: null });
    db.close();
  });

  it('rows removed beyond the anchor by hand are found missing at the first gap', () => {
    const db = trail(8);
    archiveThrough(db, 3);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4 });
    db.close();
  });
});

describe('retention', () => {
  it('never goes below 180 days, whatever is stored', () => {
    const db = trail(1);
    expect(retentionDays(db)).toBe(365);
    setRetentionDays(db, 30);
    expect(retentionDays(db)).toBe(180);
    db.prepare("UPDATE settings SET value = '7' WHERE key = 'audit.retentionDays'").run();
    expect(retentionDays(db)).toBe(180);
    db.close();
  });

  it('offers the unbroken run of old entries, never the newest, and stops at an entry stamped out of order', () => {
    const db = trail(10);
    setRetentionDays(db, 180);
    // Day i holds entry i; 185 days after day 6 only entries 1–6 are older than 180 days.
    expect(archivableThrough(db, T0 + (6 + 181) * DAY)).toEqual({ throughSeq: 6, count: 6 });
    expect(archivableThrough(db, T0 + 5000 * DAY)).toEqual({ throughSeq: 9, count: 9 });
    appendAudit(db, { actorId: 'u1', actorName: '李四', action: 'late', result: 'ok', at: new Date(T0 + 3 * DAY + 2000 * DAY).toISOString() });
    appendAudit(db, { actorId: 'u1', actorName: '李四', action: 'old', result: 'ok', at: new Date(T0).toISOString() });
    expect(archivableThrough(db, T0 + 1000 * DAY)).toEqual({ throughSeq: 10, count: 10 });
    db.close();
  });
});
