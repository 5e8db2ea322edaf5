import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type Host } from '../../main/core';
import type { Channel, Input, Output } from '../../shared/ipc';
import type { ErrorPayload } from '../../shared/errors';

/** Cheap key derivation: tests exercise the logic, the benchmark measures the cost. */
export const TEST_KDF = { N: 2 ** 12 };

export interface Clock {
  now: number;
  advance(ms: number): void;
}

export function makeClock(start = Date.parse('2026-11-28T09:00:00+08:00')): Clock {
  const clock = { now: start, advance: (ms: number) => void (clock.now += ms) };
  return clock;
}

export interface TestCore {
  core: Core;
  dir: string;
  clock: Clock;
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  fail(channel: string, input: unknown): Promise<ErrorPayload>;
  restart(): void;
  dispose(): void;
}

/** `host`: dialogs and printing as a test supplies them (see pdf-host.ts); none by default. */
export function makeCore(opts: { host?: Host } = {}): TestCore {
  const dir = mkdtempSync(join(tmpdir(), 'qz-core-'));
  const clock = makeClock();
  const host = opts.host ?? {};
  const t: TestCore = {
    core: createCore({ dataDir: dir, kdf: TEST_KDF, now: () => clock.now, host }),
    dir,
    clock,
    async call(channel, input) {
      const r = await t.core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message.en} ${JSON.stringify(r.error.fields ?? [])}`);
      return r.value as never;
    },
    async fail(channel, input) {
      const r = await t.core.dispatch(channel, input);
      if (r.ok) throw new Error(`${channel} was expected to fail but answered ${JSON.stringify(r.value)}`);
      return r.error;
    },
    restart() {
      t.core.close();
      t.core = createCore({ dataDir: dir, kdf: TEST_KDF, now: () => clock.now, host });
    },
    dispose() {
      t.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

export const ADMIN = { username: 'admin', password: 'Admin2026pass' };

export async function setUp(t: TestCore) {
  return t.call('setup.create', {
    officeName: '绵阳市纪委监委',
    officeCode: '绵纪',
    unitName: '绵阳市纪委监委机关',
    adminUsername: ADMIN.username,
    adminDisplayName: '王管理',
    password: ADMIN.password,
  });
}

/** SHA-256 of the database and its WAL: "nothing changed on disk". */
export function diskFingerprint(dir: string): string {
  const h = createHash('sha256');
  for (const f of ['qingzheng.db', 'qingzheng.db-wal', 'keyring.json']) {
    const p = join(dir, f);
    h.update(f).update(existsSync(p) ? readFileSync(p) : Buffer.alloc(0));
  }
  return h.digest('hex');
}
