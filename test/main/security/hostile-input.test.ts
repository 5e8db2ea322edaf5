import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, type Result } from '../../../shared/errors';
import { contract, type Channel } from '../../../shared/ipc';
import { ROLES, type Role } from '../../../shared/roles';
import { makeCore, type TestCore } from '../../support/core-fixture';
import { inputFor, type SampleContext } from './channel-samples';
import { changedFiles, dataFolderSnapshot } from './data-folder';
import { separatedOffice, signInAs, type SeparatedOffice } from './separated-office';

/**
 * Random and malformed input to every channel, as every role and signed out. Whatever arrives, the
 * core answers with a typed result; a refusal carries a code from ERROR_CODES with a message in both
 * languages; nothing crashes (no INTERNAL, no unhandled rejection); and a refused call leaves every
 * file of the data folder byte for byte as it was — except the refusals the app records on purpose.
 */
const RUNS = Number(process.env.QZ_HOSTILE_RUNS ?? 10);

/**
 * Refusals that are security events in themselves and are written down: who was refused (the audit
 * trail) and how many wrong passwords or recovery keys a name has had (the keyring's lock-out count).
 */
const RECORDED_REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'FORBIDDEN',
  'SELF_GRANT',
  'DUTIES_SEPARATED',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED_OUT',
  'ACCOUNT_DISABLED',
  'BAD_RECOVERY_KEY',
]);

/** Channels that record every refusal whatever its reason: a refused restore is a security event (backup.handlers). */
const RECORDS_EVERY_REFUSAL: ReadonlySet<Channel> = new Set<Channel>(['backup.restore']);
/** Where a recorded refusal may write: the trail (database and its WAL) and the keyring's lock-out counts. */
const RECORD_FILES = ['qingzheng.db', 'qingzheng.db-wal', 'keyring.json'];

const channels = Object.keys(contract) as Channel[];
type Actor = Role | 'signed out';
const ACTORS: Actor[] = ['signed out', ...ROLES];

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uFEFF\u202E',
  '../../../../etc/passwd',
  'C:\\Windows\\System32\\config\\SAM',
  '\\\\server\\share\\x.xlsx',
  '/dev/zero',
  'CON',
  "'; DROP TABLE audit_log; --",
  '" OR 1=1 --',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  'x'.repeat(100_001),
  '𠮷'.repeat(60),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 2 ** 53, -(2 ** 53), 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true }),
);

function keysOf(c: Channel): string[] {
  const input = contract[c].input as z.ZodType;
  return input instanceof z.ZodObject ? Object.keys(input.shape) : [];
}

/** The whole input replaced; the right keys with wrong values; or a valid input with one thing broken. */
function inputs(c: Channel, ctx: SampleContext): fc.Arbitrary<unknown> {
  const keys = [...keysOf(c), '__proto__', 'constructor', 'extra'];
  const valid = inputFor(c, ctx, 'own') as Record<string, unknown>;
  const broken = fc.record({ key: fc.constantFrom(...keys), value: hostileValue, how: fc.constantFrom('replace', 'drop', 'add') }).map(({ key, value, how }) => {
    const copy: Record<string, unknown> = { ...valid };
    if (how === 'drop') delete copy[key];
    else Object.defineProperty(copy, how === 'add' ? `${key}_x` : key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  return fc.oneof(hostileValue, fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 6 }), broken);
}

let t: TestCore;
let office: SeparatedOffice;
let ctx: SampleContext;
const rejections: unknown[] = [];
/** How the calls were answered: proof the inputs got past the schema often enough to matter. */
const tally = new Map<string, number>();
/** The data folder after the last call that was checked to have written nothing; null when unknown. */
let known: ReturnType<typeof dataFolderSnapshot> | null = null;
const onRejection = (reason: unknown) => rejections.push(reason);

/** Signs the actor in (or out) when a call changed who is signed in; true when it had to. */
async function ensureActor(actor: Actor): Promise<boolean> {
  const status = await t.core.dispatch('app.status', {});
  const current = status.ok ? (status.value as { session: { userId: string } | null }).session?.userId ?? null : null;
  if (actor === 'signed out') {
    if (current === null && !(status.ok && (status.value as { locked: boolean }).locked)) return false;
    await t.call('auth.logout', {});
    return true;
  }
  if (current === office.users[actor]) return false;
  const r = await signInAs(t, actor).then(
    () => null,
    (e: Error) => e,
  );
  if (r && /ACCOUNT_LOCKED_OUT/.test(r.message)) {
    // Random wrong passwords for this very user locked the name out: wait the lock-out out, as a person would.
    t.clock.advance(2 * 60 * 60_000);
    await signInAs(t, actor);
  } else if (r) throw r;
  return true;
}

/** A job a call started keeps writing after the answer: let it end before the next comparison. */
async function settle(value: unknown): Promise<void> {
  if (!value || typeof value !== 'object') return;
  const id = (value as { jobId?: string; id?: string; state?: string }).jobId ?? ((value as { state?: string }).state ? (value as { id?: string }).id : undefined);
  if (!id) return;
  for (let i = 0; i < 200; i++) {
    const s = await t.core.dispatch('jobId' in value ? 'backup.status' : 'jobs.status', 'jobId' in value ? { jobId: id } : { id });
    if (!s.ok || (s.value as { state: string }).state !== 'running') return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

function checkAnswer(channel: Channel, input: unknown, r: Result<unknown>): void {
  const where = `${channel} ← ${String(JSON.stringify(input, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)) ?? input).slice(0, 120)}`;
  expect(r, where).toBeTypeOf('object');
  if (r.ok) return;
  expect(ERROR_CODES, where).toContain(r.error.code);
  expect(r.error.code, where).not.toBe('INTERNAL');
  expect(r.error.message['zh-CN'].length, where).toBeGreaterThan(0);
  expect(r.error.message.en.length, where).toBeGreaterThan(0);
}

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  t = makeCore();
  office = await separatedOffice(t);
  await signInAs(t, 'sysadmin');
  const victim = await t.call('users.create', { username: 'beiyong', displayName: '备用账户', password: 'Spare2026pass', unitId: 1 });
  let n = 0;
  ctx = { office, victimId: victim.id, outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'qz-hostile-')), next: () => ++n };
});
afterAll(() => {
  if (process.env.QZ_HOSTILE_TALLY) console.log(Object.fromEntries([...tally].sort((a, b) => b[1] - a[1])));
  process.off('unhandledRejection', onRejection);
  t.dispose();
  fs.rmSync(ctx.outDir, { recursive: true, force: true });
});
beforeEach(() => void rejections.splice(0));
afterEach(() => expect(rejections).toEqual([]));

describe('hostile input to every channel, as every role and signed out', () => {
  it.each(ACTORS.map((a) => [a]))('%s: every answer typed, nothing crashes, refused calls change nothing', async (actor) => {
    for (const channel of channels) {
      await fc.assert(
        fc.asyncProperty(inputs(channel, ctx), async (input) => {
          // The folder as it stands; read again only after something may have written to it.
          if ((await ensureActor(actor)) || !known) known = dataFolderSnapshot(t.dir);
          const before = known;
          known = null;
          const r = await t.core.dispatch(channel, input);
          tally.set(r.ok ? 'ok' : r.error.code, (tally.get(r.ok ? 'ok' : r.error.code) ?? 0) + 1);
          checkAnswer(channel, input, r);
          if (r.ok) return void (await settle(r.value));
          const after = dataFolderSnapshot(t.dir);
          const changed = changedFiles(before, after);
          known = after;
          if (RECORDED_REFUSALS.has(r.error.code) || RECORDS_EVERY_REFUSAL.has(channel))
            expect(changed.filter((f) => !RECORD_FILES.includes(f)), `${channel} refused with ${r.error.code} and wrote beyond its record`).toEqual([]);
          else expect(changed, `${channel} refused with ${r.error.code} but changed files`).toEqual([]);
        }),
        { numRuns: RUNS, seed: process.env.QZ_HOSTILE_SEED ? Number(process.env.QZ_HOSTILE_SEED) : undefined },
      );
    }
  });
});
