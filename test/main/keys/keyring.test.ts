import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createDatabase, openDatabase } from '../../../main/db/database';
import * as kdf from '../../../main/keys/kdf';
import { Keyring, KEYRING_AUDIT_ACTIONS, LOCKOUT, lockoutSeconds } from '../../../main/keys/keyring';
import { sha256File, useTempDir } from '../db/temp-dir';

const CHEAP = { N: 2 ** 12 };
// Opaque ids, as the core makes them: they must not spell a user name the file may not contain.
const ADMIN_ID = '3f0b6c1e-9d2a-4c51-8e77-0a1b2c3d4e5f';
const OFFICER_ID = '8c2d4e6f-1a3b-4c5d-9e8f-7a6b5c4d3e2f';
const tempDir = useTempDir('qingzheng-keyring-');

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a refusal, the promise resolved');
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

async function setUp() {
  const dir = tempDir();
  const file = path.join(dir, 'keyring.json');
  const { keyring, dataKey, recoveryKey } = await Keyring.create(file, CHEAP);
  await keyring.addUser(ADMIN_ID, 'Admin', 'Admin-pass-1', dataKey);
  await keyring.addUser(OFFICER_ID, '张三', 'Officer-pass-2', dataKey);
  return { dir, file, keyring, dataKey, recoveryKey };
}

function readFile(file: string) {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as {
    users: { userId: string; failures: number; lockedUntil: number | null; wrapped: unknown; kdf: unknown }[];
    pendingAudit: unknown[];
  };
}

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

describe('the keyring', () => {
  it('lets a user in with the right password and hands back the data key that opens the database', async () => {
    const { dir, keyring, dataKey } = await setUp();
    const dbFile = path.join(dir, 'q.db');
    createDatabase(dbFile, dataKey).close();

    const got = await keyring.unlock('Admin', 'Admin-pass-1', T0);
    expect(got.userId).toBe(ADMIN_ID);
    expect(got.dataKey.equals(dataKey)).toBe(true);
    openDatabase(dbFile, got.dataKey, { keyVerified: true }).close();
    expect((await keyring.unlock('张三', 'Officer-pass-2', T0)).userId).toBe(OFFICER_ID);
  });

  it('finds the user whatever the case of the user name', async () => {
    const { keyring } = await setUp();
    expect((await keyring.unlock('ADMIN', 'Admin-pass-1', T0)).userId).toBe(ADMIN_ID);
    expect(keyring.userIdFor('admin')).toBe(ADMIN_ID);
    expect(keyring.userIdFor('nobody')).toBeNull();
  });

  it('works the same after being read back from disk', async () => {
    const { file, dataKey, keyring } = await setUp();
    const again = Keyring.load(file, CHEAP);
    expect(again.dbId).toBe(keyring.dbId);
    expect((await again.unlock('Admin', 'Admin-pass-1', T0)).dataKey.equals(dataKey)).toBe(true);
  });

  it('refuses a wrong password as wrong credentials, and leaves the database file byte for byte as it was', async () => {
    const { dir, keyring, dataKey } = await setUp();
    const dbFile = path.join(dir, 'q.db');
    createDatabase(dbFile, dataKey).close();
    const before = sha256File(dbFile);

    expect((await rejection(keyring.unlock('Admin', 'wrong-password-1', T0))).code).toBe('BAD_CREDENTIALS');
    expect((await rejection(keyring.unlockUser(ADMIN_ID, 'wrong-password-1', T0))).code).toBe('BAD_CREDENTIALS');
    expect(sha256File(dbFile)).toBe(before);
  });

  it('answers an unknown user name exactly like a wrong password, after the same key-stretching work', async () => {
    const { keyring } = await setUp();
    const spy = vi.spyOn(kdf, 'deriveKey');
    try {
      const unknown = await rejection(keyring.unlock('no-such-user', 'Admin-pass-1', T0));
      const wrong = await rejection(keyring.unlock('Admin', 'not-the-password', T0));
      expect(unknown.code).toBe('BAD_CREDENTIALS');
      expect(unknown.message).toBe(wrong.message);
      expect(unknown.params).toEqual(wrong.params);
      expect(spy).toHaveBeenCalledTimes(2);
      // The decoy runs at the same cost as the real user's copy.
      expect(spy.mock.calls[0][1]).toMatchObject({ N: CHEAP.N, r: 8, p: 1 });
    } finally {
      spy.mockRestore();
    }
  });

  it('locks an unknown user name out just like a real one, so the lock-out does not reveal which names exist', async () => {
    const { keyring } = await setUp();
    const codes: string[] = [];
    for (const name of ['Admin', 'ghost-user']) {
      for (let i = 0; i < LOCKOUT.after + 1; i++) codes.push((await rejection(keyring.unlock(name, `bad-${i}`, T0))).code);
    }
    const half = LOCKOUT.after + 1;
    expect(codes.slice(half)).toEqual(codes.slice(0, half));
    expect(codes.slice(0, half)).toContain('ACCOUNT_LOCKED_OUT');
  });

  it('after 5 wrong passwords in a row makes the next try wait, and the wait doubles with each further failure', async () => {
    const { keyring } = await setUp();
    for (let i = 1; i <= LOCKOUT.after; i++) expect((await rejection(keyring.unlock('Admin', `bad-${i}`, T0))).code).toBe('BAD_CREDENTIALS');

    const next = await rejection(keyring.unlock('Admin', 'Admin-pass-1', T0));
    expect(next.code).toBe('ACCOUNT_LOCKED_OUT');
    expect(next.params.seconds).toBe(30);

    // During the wait even the right password is refused, and no key stretching is spent on it.
    const spy = vi.spyOn(kdf, 'deriveKey');
    try {
      const during = await rejection(keyring.unlock('Admin', 'Admin-pass-1', T0 + 10_000));
      expect(during.code).toBe('ACCOUNT_LOCKED_OUT');
      expect(during.params.seconds).toBe(20);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }

    // After the wait, one more wrong password locks again for twice as long, then four times.
    expect((await rejection(keyring.unlock('Admin', 'bad-6', T0 + 31_000))).code).toBe('BAD_CREDENTIALS');
    expect((await rejection(keyring.unlock('Admin', 'Admin-pass-1', T0 + 31_000))).params.seconds).toBe(60);
    expect((await rejection(keyring.unlock('Admin', 'bad-7', T0 + 92_000))).code).toBe('BAD_CREDENTIALS');
    expect((await rejection(keyring.unlock('Admin', 'Admin-pass-1', T0 + 92_000))).params.seconds).toBe(120);
  });

  it('caps the lock-out wait at one hour', () => {
    expect([4, 5, 6, 7, 8].map(lockoutSeconds)).toEqual([0, 30, 60, 120, 240]);
    expect(lockoutSeconds(12)).toBe(3600);
    expect(lockoutSeconds(1000)).toBe(3600);
  });

  it('does not stretch a lock-out past one hour when the clock is set back', async () => {
    const { keyring } = await setUp();
    for (let i = 0; i < LOCKOUT.after; i++) await rejection(keyring.unlock('Admin', `bad-${i}`, T0));
    const err = await rejection(keyring.unlock('Admin', 'Admin-pass-1', T0 - 24 * 3600_000));
    expect(err.params.seconds).toBe(3600);
  });

  it('keeps counting lock-outs after the program restarts', async () => {
    const { file, keyring } = await setUp();
    for (let i = 0; i < LOCKOUT.after; i++) await rejection(keyring.unlock('Admin', `bad-${i}`, T0));
    const restarted = Keyring.load(file, CHEAP);
    expect((await rejection(restarted.unlock('Admin', 'Admin-pass-1', T0 + 1000))).code).toBe('ACCOUNT_LOCKED_OUT');
  });

  it('counts tries made at the same moment one after another, so none slips past the lock-out', async () => {
    const { keyring } = await setUp();
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => keyring.unlock('Admin', `bad-${i}`, T0)));
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as AppError).code : 'ok'));
    expect(codes.slice(0, LOCKOUT.after)).toEqual(Array(LOCKOUT.after).fill('BAD_CREDENTIALS'));
    expect(codes.slice(LOCKOUT.after)).toEqual(Array(8 - LOCKOUT.after).fill('ACCOUNT_LOCKED_OUT'));
  });

  it('clears the count of failures after a successful sign-in', async () => {
    const { keyring, file } = await setUp();
    for (let i = 0; i < LOCKOUT.after - 1; i++) await rejection(keyring.unlock('Admin', `bad-${i}`, T0));
    await keyring.unlock('Admin', 'Admin-pass-1', T0);
    expect(readFile(file).users.find((u) => u.userId === ADMIN_ID)!.failures).toBe(0);
    expect((await rejection(keyring.unlock('Admin', 'bad-again', T0))).code).toBe('BAD_CREDENTIALS');
  });

  it('lets an administrator lift a lock-out at once', async () => {
    const { keyring } = await setUp();
    for (let i = 0; i < LOCKOUT.after; i++) await rejection(keyring.unlock('Admin', `bad-${i}`, T0));
    keyring.resetLockout(ADMIN_ID);
    expect((await keyring.unlock('Admin', 'Admin-pass-1', T0)).userId).toBe(ADMIN_ID);
  });

  it('queues failed tries, lock-outs and their end for the audit log, and hands them over once', async () => {
    const { keyring, file } = await setUp();
    for (let i = 0; i < LOCKOUT.after; i++) await rejection(keyring.unlock('Admin', `bad-${i}`, T0));
    await rejection(keyring.unlock('Admin', 'Admin-pass-1', T0 + 1000));
    await keyring.unlock('Admin', 'Admin-pass-1', T0 + 31_000);
    await rejection(keyring.unlock('ghost-user', 'whatever-1', T0 + 32_000));

    expect(readFile(file).pendingAudit.length).toBeGreaterThan(0);
    const events = Keyring.load(file, CHEAP).takePendingAudit();
    expect(events.map((e) => e.action)).toEqual([
      ...Array(LOCKOUT.after).fill(KEYRING_AUDIT_ACTIONS.failed),
      KEYRING_AUDIT_ACTIONS.lockedOut,
      KEYRING_AUDIT_ACTIONS.refusedWhileLockedOut,
      KEYRING_AUDIT_ACTIONS.released,
      KEYRING_AUDIT_ACTIONS.failed,
    ]);
    expect(events[0]).toMatchObject({ userId: ADMIN_ID, at: new Date(T0).toISOString(), detail: { via: 'login', failures: 1 } });
    expect(events[LOCKOUT.after]).toMatchObject({ detail: { seconds: 30 } });
    expect(events.at(-1)).toMatchObject({ userId: null, detail: { reason: 'unknown user' } });
    expect(JSON.stringify(events)).not.toContain('ghost-user');

    expect(readFile(file).pendingAudit).toEqual([]);
    expect(Keyring.load(file, CHEAP).takePendingAudit()).toEqual([]);
  });

  it('keeps the queue of audit events bounded during a flood of tries, and says how many were left out', async () => {
    const { keyring } = await setUp();
    for (let i = 0; i < LOCKOUT.after; i++) await rejection(keyring.unlock('Admin', `bad-${i}`, T0));
    for (let i = 0; i < 250; i++) await rejection(keyring.unlock('Admin', 'x', T0 + 1000));
    const events = keyring.takePendingAudit();
    expect(events.length).toBe(201);
    expect(events.at(-1)).toMatchObject({ action: KEYRING_AUDIT_ACTIONS.dropped, detail: { count: LOCKOUT.after + 1 + 250 - 200 } });
  });

  it('changes one password by rewrapping that one copy, leaving other users and the database untouched', async () => {
    const { dir, file, keyring, dataKey } = await setUp();
    const dbFile = path.join(dir, 'q.db');
    createDatabase(dbFile, dataKey).close();
    const dbBefore = sha256File(dbFile);
    const before = readFile(file);

    await keyring.setPassword(OFFICER_ID, 'New-officer-pass-3', dataKey);

    const after = readFile(file);
    expect(after.users.find((u) => u.userId === ADMIN_ID)).toEqual(before.users.find((u) => u.userId === ADMIN_ID));
    expect(after.users.find((u) => u.userId === OFFICER_ID)!.wrapped).not.toEqual(before.users.find((u) => u.userId === OFFICER_ID)!.wrapped);
    expect(sha256File(dbFile)).toBe(dbBefore);
    expect((await keyring.unlock('张三', 'New-officer-pass-3', T0)).dataKey.equals(dataKey)).toBe(true);
    expect((await rejection(keyring.unlock('张三', 'Officer-pass-2', T0))).code).toBe('BAD_CREDENTIALS');
    expect((await keyring.unlock('Admin', 'Admin-pass-1', T0)).userId).toBe(ADMIN_ID);
  });

  it('refuses to wrap a key that is not this database key, so a slip cannot lock a user out for good', async () => {
    const { keyring } = await setUp();
    expect((await rejection(keyring.setPassword(OFFICER_ID, 'Other-pass-4', crypto.randomBytes(32)))).code).toBe('INTERNAL');
    expect((await rejection(keyring.addUser('3c4d5e6f-0000-4000-8000-000000000003', 'third', 'Third-pass-5', Buffer.alloc(32)))).code).toBe('INTERNAL');
    expect((await keyring.unlock('张三', 'Officer-pass-2', T0)).userId).toBe(OFFICER_ID);
  });

  it('wraps its own copy of the key, so zeroing the caller key mid-way does no harm', async () => {
    const { keyring, dataKey } = await setUp();
    const callerCopy = Buffer.from(dataKey);
    const pending = keyring.setPassword(OFFICER_ID, 'Zeroed-pass-6', callerCopy);
    callerCopy.fill(0);
    await pending;
    expect((await keyring.unlock('张三', 'Zeroed-pass-6', T0)).dataKey.equals(dataKey)).toBe(true);
  });

  it('refuses a second account with the same user name, in any case', async () => {
    const { keyring, dataKey } = await setUp();
    const err = await rejection(keyring.addUser('3c4d5e6f-0000-4000-8000-000000000004', 'ADMIN', 'Other-pass-7', dataKey));
    expect(err.code).toBe('USERNAME_TAKEN');
    expect(err.params.username).toBe('ADMIN');
  });

  it('forgets a removed user', async () => {
    const { keyring } = await setUp();
    keyring.removeUser(OFFICER_ID);
    expect(keyring.userIdFor('张三')).toBeNull();
    expect((await rejection(keyring.unlock('张三', 'Officer-pass-2', T0))).code).toBe('BAD_CREDENTIALS');
    expect((await rejection(keyring.unlockUser(OFFICER_ID, 'Officer-pass-2', T0))).code).toBe('BAD_CREDENTIALS');
    expect(thrown(() => keyring.removeUser(OFFICER_ID)).code).toBe('NOT_FOUND');
  });

  it('recovers the data key from the recovery key, even typed in lower case with spaces', async () => {
    const { keyring, dataKey, recoveryKey } = await setUp();
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(keyring.recoverDataKey(typed).equals(dataKey)).toBe(true);
  });

  it('refuses a wrong or malformed recovery key and queues the refusal for the audit log', async () => {
    const { keyring, recoveryKey } = await setUp();
    const wrong = (recoveryKey[0] === '0' ? '1' : '0') + recoveryKey.slice(1);
    expect(thrown(() => keyring.recoverDataKey(wrong)).code).toBe('BAD_RECOVERY_KEY');
    expect(thrown(() => keyring.recoverDataKey('not a key')).code).toBe('BAD_RECOVERY_KEY');
    expect(keyring.takePendingAudit().map((e) => e.detail.reason)).toEqual(['wrong', 'malformed']);
  });

  it('will not accept one user wrapped copy moved into another user slot', async () => {
    const { file, keyring } = await setUp();
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const [admin, officer] = data.users;
    officer.wrapped = admin.wrapped;
    officer.kdf = admin.kdf;
    fs.writeFileSync(file, JSON.stringify(data));
    const swapped = Keyring.load(file, CHEAP);
    expect((await rejection(swapped.unlock('张三', 'Admin-pass-1', T0))).code).toBe('BAD_CREDENTIALS');
    expect(keyring.dbId).toBe(swapped.dbId);
  });

  it('holds no user name, no password, no recovery key and no trace of the data key in clear', async () => {
    const { file, keyring, dataKey, recoveryKey } = await setUp();
    await rejection(keyring.unlock('ghost-user', 'Ghost-pass-8', T0));
    await keyring.setPassword(ADMIN_ID, 'Changed-pass-9', dataKey);
    const text = fs.readFileSync(file, 'utf8');
    const needles = [
      'Admin', 'admin', '张三', 'ghost-user',
      'Admin-pass-1', 'Officer-pass-2', 'Ghost-pass-8', 'Changed-pass-9',
      recoveryKey, recoveryKey.replace(/-/g, ''),
      dataKey.toString('hex'), dataKey.toString('hex').toUpperCase(), dataKey.toString('base64'), dataKey.toString('base64url'),
    ];
    for (const needle of needles) expect(text.includes(needle), needle).toBe(false);
    expect(text.toLowerCase().includes('admin')).toBe(false);
  });

  it('will not be created over an existing keyring', async () => {
    const { file } = await setUp();
    const before = fs.readFileSync(file, 'utf8');
    expect((await rejection(Keyring.create(file, CHEAP))).code).toBe('ALREADY_INITIALIZED');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('reports a damaged key file instead of guessing at it', async () => {
    const { file } = await setUp();
    const good = JSON.parse(fs.readFileSync(file, 'utf8'));
    const damaged = [
      '{ not json',
      '[]',
      JSON.stringify({ ...good, format: 'other' }),
      JSON.stringify({ ...good, users: [{ ...good.users[0], kdf: { ...good.users[0].kdf, N: 2 ** 40 } }] }),
      JSON.stringify({ ...good, users: [good.users[0], good.users[0]] }),
      JSON.stringify({ ...good, recovery: { ...good.recovery, tag: '!!' } }),
    ];
    for (const text of damaged) {
      fs.writeFileSync(file, text);
      expect(thrown(() => Keyring.load(file)).code).toBe('KEYRING_DAMAGED');
    }
    expect(Keyring.exists(file)).toBe(true);
    expect(Keyring.exists(path.join(path.dirname(file), 'missing.json'))).toBe(false);
  });
});
