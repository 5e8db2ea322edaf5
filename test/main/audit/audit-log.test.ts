import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase, type Db } from '../../../main/db/database';
import { appendAudit, AUDIT_HEAD_KEY, GENESIS_HASH, verifyAudit, type AuditEntryInput } from '../../../main/audit/audit-log';
import { useTempDir } from '../db/temp-dir';

const tempDir = useTempDir('qingzheng-audit-');

function newDb(): Db {
  return createDatabase(path.join(tempDir(), 'q.db'), crypto.randomBytes(32));
}

function entry(i: number): AuditEntryInput {
  return {
    actorId: 'user-1',
    actorName: '李四',
    action: 'case.advance',
    recordType: 'case',
    recordId: `C-2025-${String(i).padStart(4, '0')}`,
    result: i % 7 === 0 ? 'refused' : 'ok',
    detail: { step: i, note: '澄清正名' },
    at: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
  };
}

function fill(db: Db, n: number): void {
  db.transaction(() => {
    for (let i = 1; i <= n; i++) appendAudit(db, entry(i));
  })();
}

/** What someone with the key and a raw SQLite tool could do: the program's own guards are dropped first. */
function asAttacker(db: Db, sql: string, ...args: unknown[]): void {
  db.exec(`DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;
           DROP TRIGGER IF EXISTS audit_head_no_delete; DROP TRIGGER IF EXISTS audit_head_forward_only;`);
  db.prepare(sql).run(...args);
}

describe('the audit log', () => {
  it('verifies as intact after entries are appended, starting from the all-zero genesis hash', () => {
    const db = newDb();
    const first = appendAudit(db, entry(1));
    const second = appendAudit(db, entry(2));
    expect(first.seq).toBe(1);
    expect(second.seq).toBe(2);
    expect(db.prepare('SELECT prev_hash FROM audit_log WHERE seq = 1').pluck().get()).toBe(GENESIS_HASH);
    expect(db.prepare('SELECT prev_hash FROM audit_log WHERE seq = 2').pluck().get()).toBe(first.hash);
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 2, brokenAt: null, headHash: second.hash, archivedThrough: null });
    db.close();
  });

  it('verifies an empty log as intact', () => {
    const db = newDb();
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 0, brokenAt: null, headHash: null, archivedThrough: null });
    db.close();
  });

  it('stores the same detail the same way whatever order its fields were given in', () => {
    const db = newDb();
    appendAudit(db, { ...entry(1), detail: { b: 1, a: { d: 2, c: 3 } } });
    appendAudit(db, { ...entry(2), detail: { a: { c: 3, d: 2 }, b: 1 } });
    const details = db.prepare('SELECT detail FROM audit_log ORDER BY seq').pluck().all();
    expect(details[0]).toBe(details[1]);
    expect(details[0]).toBe('{"a":{"c":3,"d":2},"b":1}');
    db.close();
  });

  it('leaves no entry behind when the change it records is rolled back', () => {
    const db = newDb();
    fill(db, 3);
    const head = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(AUDIT_HEAD_KEY);
    expect(() =>
      db.transaction(() => {
        appendAudit(db, entry(4));
        throw new Error('the service failed after recording');
      })(),
    ).toThrow();
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(3);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(AUDIT_HEAD_KEY)).toBe(head);
    expect(verifyAudit(db).ok).toBe(true);
    db.close();
  });

  it('catches an entry whose content was changed, at that entry', () => {
    const db = newDb();
    fill(db, 10);
    asAttacker(db, "UPDATE audit_log SET result = 'ok', detail = ? WHERE seq = 7", JSON.stringify({ step: 7 }));
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 7, entries: 10 });
    db.close();
  });

  it('catches an entry rewritten together with its own hash, where the next entry no longer links to it', () => {
    const db = newDb();
    fill(db, 10);
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 4').get() as Record<string, unknown>;
    // Recompute entry 4's hash the way the program does, after changing who did it.
    const fields = [row.seq, row.at, 'user-2', row.actor_name, row.action, row.record_type, row.record_id, row.result, row.detail];
    const forged = crypto.createHash('sha256').update(String(row.prev_hash)).update('\n').update(JSON.stringify(fields)).digest('hex');
    asAttacker(db, "UPDATE audit_log SET actor_id = 'user-2', hash = ? WHERE seq = 4", forged);
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 5 });
    db.close();
  });

  it('catches an entry removed from the middle, at the missing number', () => {
    const db = newDb();
    fill(db, 10);
    asAttacker(db, 'DELETE FROM audit_log WHERE seq = 5');
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 5, entries: 9 });
    db.close();
  });

  it('catches entries renumbered to hide a removed one', () => {
    const db = newDb();
    fill(db, 6);
    asAttacker(db, 'DELETE FROM audit_log WHERE seq = 3');
    for (const seq of [4, 5, 6]) asAttacker(db, 'UPDATE audit_log SET seq = seq - 1 WHERE seq = ?', seq);
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 3 });
    db.close();
  });

  it('catches the last entry removed, which leaves no gap in the chain', () => {
    const db = newDb();
    fill(db, 10);
    asAttacker(db, 'DELETE FROM audit_log WHERE seq = 10');
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 10, entries: 9 });
    db.close();
  });

  it('catches the last several entries removed', () => {
    const db = newDb();
    fill(db, 10);
    asAttacker(db, 'DELETE FROM audit_log WHERE seq > 6');
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 7, entries: 6 });
    db.close();
  });

  it('catches every entry removed', () => {
    const db = newDb();
    fill(db, 3);
    asAttacker(db, 'DELETE FROM audit_log');
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 1, entries: 0 });
    db.close();
  });

  it('still shows the gap after the program goes on appending past removed last entries', () => {
    const db = newDb();
    fill(db, 5);
    asAttacker(db, 'DELETE FROM audit_log WHERE seq = 5');
    expect(appendAudit(db, entry(6)).seq).toBe(6);
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 5 });
    db.close();
  });

  it('catches the head anchor removed or damaged', () => {
    const db = newDb();
    fill(db, 4);
    asAttacker(db, 'UPDATE settings SET value = ? WHERE key = ?', '{broken', AUDIT_HEAD_KEY);
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4 });
    // The program keeps working, chaining from the last entry.
    expect(appendAudit(db, entry(5)).seq).toBe(5);
    asAttacker(db, 'DELETE FROM settings WHERE key = ?', AUDIT_HEAD_KEY);
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 5 });
    db.close();
  });

  it('checks 10,000 entries by reading them one at a time, never all at once', () => {
    const db = newDb();
    fill(db, 10_000);
    const used: string[] = [];
    // Watch what verifyAudit asks of each statement it prepares.
    const watched = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'prepare') return Reflect.get(target, prop, receiver);
        return (sql: string) => {
          const stmt = target.prepare(sql);
          const watchedStmt: typeof stmt = new Proxy(stmt, {
            get(s, p) {
              const value = Reflect.get(s, p, s);
              if (typeof value !== 'function') return value;
              return (...args: unknown[]) => {
                if (/FROM audit_log/.test(sql)) used.push(String(p));
                const out = value.apply(s, args);
                return out === s ? watchedStmt : out;
              };
            },
          });
          return watchedStmt;
        };
      },
    });
    const result = verifyAudit(watched);
    expect(result).toMatchObject({ ok: true, entries: 10_000, brokenAt: null });
    expect(used).toContain('iterate');
    expect(used).not.toContain('all');
    db.close();
  });
});
