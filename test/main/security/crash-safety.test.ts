import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../main/audit/audit-log';
import { openDatabase } from '../../../main/db/database';
import { Keyring } from '../../../main/keys/keyring';
import { makeCore, TEST_KDF, type TestCore } from '../../support/core-fixture';
import { dataKeyOf } from './raw-database';
import { separatedOffice, STAFF, type SeparatedOffice } from './separated-office';

/**
 * A process writing cases through the real core is killed with SIGKILL at a random moment, twenty
 * times. After each kill the database opens the way the app opens it, passes SQLite's full integrity
 * check, its audit chain verifies from the first entry to the last, and every case the process
 * reported as committed is there. (SIGKILL ends the process, not the machine: what the OS already
 * holds reaches the disk. Power loss is synchronous=FULL's part and is not simulated here.)
 */
const RUNS = 20;
const REPO = path.resolve(__dirname, '../../..');

let t: TestCore;
let office: SeparatedOffice;
let key: Buffer;
let work: string;
let writer: string;
let seed = Number(process.env.QZ_CRASH_SEED ?? Date.now() % 1_000_000);

/** A small seeded generator, so that a failing run can be repeated with QZ_CRASH_SEED. */
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}

interface Run {
  committed: number[];
  saved: number[];
  ready: boolean;
  stderr: string;
}

/** Starts the writer, kills it at a moment chosen by `when`, and reports what it said before dying. */
function runAndKill(when: { afterReady: boolean; ms: number }): Promise<Run> {
  const run: Run = { committed: [], saved: [], ready: false, stderr: '' };
  const child = spawn(process.execPath, [writer, t.dir, STAFF.officer.username, STAFF.officer.password, String(office.own.cadreId)], {
    env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pending = '';
  const kill = () => setTimeout(() => child.kill('SIGKILL'), when.ms);
  if (!when.afterReady) kill();
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const [word, id] = line.split(' ');
      if (word === 'ready' && !run.ready) {
        run.ready = true;
        if (when.afterReady) kill();
      } else if (word === 'committed') run.committed.push(Number(id));
      else if (word === 'saved') run.saved.push(Number(id));
    }
  });
  child.stderr.on('data', (chunk: Buffer) => void (run.stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(run) : reject(new Error(`writer ended by itself (${code}): ${run.stderr}`))));
  });
}

beforeAll(async () => {
  t = makeCore();
  office = await separatedOffice(t);
  t.core.close();
  key = await dataKeyOf(t.dir, STAFF.auditor.username, STAFF.auditor.password);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-crash-'));
  writer = path.join(work, 'case-writer.cjs');
  // One bundle, so each of the twenty starts costs a plain `node` start rather than a TypeScript compile.
  buildSync({ entryPoints: [path.join(__dirname, 'case-writer.process.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', outfile: writer, logLevel: 'error' });
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  t.dispose();
});

describe('crash safety: killed mid-write, twenty times', () => {
  it(
    'after every kill the data opens, is intact, verifies, and holds every case reported committed',
    async () => {
      const startSeed = seed;
      const reported: number[] = [];
      let killedWhileWriting = 0;
      for (let i = 0; i < RUNS; i++) {
        // Every fifth kill comes at any moment from the start (opening, migrating, signing in); the others while cases are being written.
        const when = i % 5 === 0 ? { afterReady: false, ms: Math.floor(random() * 900) } : { afterReady: true, ms: 20 + Math.floor(random() * 500) };
        const run = await runAndKill(when);
        reported.push(...run.committed);
        if (run.committed.length) killedWhileWriting += 1;

        const where = `run ${i + 1} (seed ${startSeed}, kill ${when.afterReady ? 'after ready' : 'from start'} +${when.ms} ms)`;
        const db = openDatabase(path.join(t.dir, 'qingzheng.db'), key, { keyVerified: true });
        try {
          expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
          expect(verifyAudit(db), where).toMatchObject({ ok: true, brokenAt: null });
          const present = new Set(db.prepare('SELECT id FROM cases').pluck().all() as number[]);
          expect(reported.filter((id) => !present.has(id)), `${where}: committed cases missing`).toEqual([]);
          const withFacts = db.prepare("SELECT count(*) FROM cases WHERE id = ? AND data LIKE '%补充事实%'").pluck();
          expect(run.saved.filter((id) => withFacts.get(id) !== 1), `${where}: saved steps missing`).toEqual([]);
        } finally {
          db.close();
        }
        expect(() => Keyring.load(path.join(t.dir, 'keyring.json'), TEST_KDF), where).not.toThrow();
      }
      expect(killedWhileWriting).toBeGreaterThanOrEqual(RUNS / 2);
      expect(reported.length).toBeGreaterThan(RUNS);
    },
    120_000,
  );
});
