import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createDatabase, openDatabase, type Db } from '../main/db/database';
import { migrate } from '../main/db/migrate';
import { appendAudit } from '../main/audit/audit-log';
import { act, listCasePage } from '../main/cases/case.service';
import type { TxContext } from '../main/handler';
import type { CoreState } from '../main/core-state';
import { BENCH_USER, fillCases } from './synthetic-cases';

export interface StorageFigures {
  insertMs: number;
  listPageMs: number;
  openMs: number;
  transitionMs: number;
}

function plainDatabase(file: string): Db {
  const db = new Database(file);
  // The same settings and the same opening check as the encrypted store, so only the cipher differs.
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  migrate(db);
  return db;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The context a service call gets from the router, for a case officer of the top unit. */
function context(db: Db, unitId: number): TxContext {
  const state = { now: () => Date.parse('2026-11-28T02:00:00Z') } as unknown as CoreState;
  return {
    state,
    db,
    session: { userId: BENCH_USER.id, username: 'bench', displayName: BENCH_USER.name, roles: ['officer'], unitId, unitName: '青山县纪委监委' },
    record: () => undefined,
  };
}

const FILTERS = [
  { kind: 'fault-tolerance' as const, status: 'open' as const, sort: 'updatedAt' as const, order: 'desc' as const, page: 1, pageSize: 50 },
  { kind: 'fault-tolerance' as const, year: 2025, situation: 'emergency', sort: 'number' as const, order: 'asc' as const, page: 3, pageSize: 50 },
  { kind: 'fault-tolerance' as const, q: '王伟', sort: 'openedOn' as const, order: 'desc' as const, page: 1, pageSize: 50 },
  { kind: 'fault-tolerance' as const, deadline: 'overdue' as const, sort: 'dueOn' as const, order: 'asc' as const, page: 2, pageSize: 50 },
];

/** One store, encrypted or plain: fill it, list pages, take transitions, reopen it. */
function runOne(count: number, encrypted: boolean): StorageFigures {
  const dir = mkdtempSync(join(tmpdir(), 'qz-bench-'));
  const file = join(dir, 'bench.db');
  const key = randomBytes(32);
  try {
    let db = encrypted ? createDatabase(file, key) : plainDatabase(file);
    let topUnit = 0;
    const insertMs = time(() => (topUnit = fillCases(db, count).topUnit));
    const ctx = context(db, topUnit);

    const listTimes: number[] = [];
    for (let round = 0; round < 5; round++) for (const f of FILTERS) listTimes.push(time(() => listCasePage(ctx, f)));

    const transitionTimes: number[] = [];
    for (let id = 1; id <= 40; id++) {
      transitionTimes.push(
        time(() =>
          db.transaction(() => {
            act(ctx, { id, action: 'withdraw', input: { reason: '基准测试撤回' } });
            appendAudit(db, { actorId: BENCH_USER.id, actorName: BENCH_USER.name, action: 'cases.act', recordType: 'case', recordId: String(id), result: 'ok' });
          })(),
        ),
      );
    }
    db.close();

    const openTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      openTimes.push(
        time(() => {
          db = encrypted ? openDatabase(file, key) : plainDatabase(file);
          if (!encrypted) db.pragma('quick_check');
          db.prepare('SELECT count(*) FROM cases').get();
        }),
      );
      db.close();
    }
    return { insertMs, listPageMs: median(listTimes), openMs: median(openTimes), transitionMs: median(transitionTimes) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small run of each first, so neither side pays for the JIT warming up. */
export function benchStorage(count: number): { encrypted: StorageFigures; plain: StorageFigures } {
  runOne(500, false);
  runOne(500, true);
  return { plain: runOne(count, false), encrypted: runOne(count, true) };
}
