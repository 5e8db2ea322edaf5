import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { seal, tryOpen, type Sealed } from './aead';
import { writeFileAtomic } from './atomic-write';
import { defaultKdfParams, deriveKey, isValidKdfParams, KEY_BYTES, type KdfParams } from './kdf';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';

/** Something that happened while the database was closed, for the core to write into the audit log later. */
export interface PendingAuditEvent {
  at: string;
  action: string;
  userId: string | null;
  detail: Record<string, unknown>;
}

/** Actions the keyring queues; all of them are refusals or the end of one. */
export const KEYRING_AUDIT_ACTIONS = {
  failed: 'auth.failed',
  lockedOut: 'auth.lockedOut',
  refusedWhileLockedOut: 'auth.lockoutRefused',
  released: 'auth.lockoutReleased',
  recoveryFailed: 'auth.recoveryFailed',
  dropped: 'auth.pendingAuditDropped',
} as const;

export const LOCKOUT = {
  /** The failure, counted in a row, from which each further one makes the user wait. */
  after: 5,
  firstWaitSeconds: 30,
  maxWaitSeconds: 60 * 60,
} as const;

/** How long the user must wait after `failures` wrong passwords in a row (0 below the threshold). */
export function lockoutSeconds(failures: number): number {
  if (failures < LOCKOUT.after) return 0;
  return Math.min(LOCKOUT.firstWaitSeconds * 2 ** Math.min(failures - LOCKOUT.after, 20), LOCKOUT.maxWaitSeconds);
}

const FORMAT = 'qingzheng-keyring';
const FORMAT_VERSION = 1;
const SALT_BYTES = 32;
/** Enough to show an attack's shape; past it only a count is kept, so a flood of tries cannot grow the file without end. */
const MAX_PENDING_AUDIT = 200;
/** Unknown names tried recently, remembered (as lookups) only so that they lock out like real ones. */
const MAX_PHANTOMS = 64;
const RECOVERY_INFO = 'qingzheng/recovery-wrap/v1';
const KEY_CHECK_INFO = 'qingzheng/key-check/v1';

const base64 = z.string().refine((s) => Buffer.from(s, 'base64').toString('base64') === s, 'not base64');
const sealedSchema = z.strictObject({ iv: base64, ct: base64, tag: base64 });
const kdfSchema = z
  .strictObject({ algo: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number(), salt: z.string() })
  .refine((p) => isValidKdfParams(p), 'kdf parameters out of range');
const counterFields = {
  failures: z.number().int().nonnegative(),
  lockedUntil: z.number().int().nonnegative().nullable(),
};
const slotSchema = z.strictObject({ userId: z.string().min(1), lookup: base64, kdf: kdfSchema, wrapped: sealedSchema, ...counterFields });
const phantomSchema = z.strictObject({ lookup: base64, lastTry: z.number().int().nonnegative(), ...counterFields });
const pendingSchema = z.strictObject({
  at: z.string(),
  action: z.string(),
  userId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
const fileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  dbId: z.string().min(1),
  salt: base64,
  keyCheck: base64,
  recovery: sealedSchema,
  users: z.array(slotSchema),
  phantoms: z.array(phantomSchema),
  pendingAudit: z.array(pendingSchema),
  pendingAuditDropped: z.number().int().nonnegative(),
});

type KeyringData = z.infer<typeof fileSchema>;
type Slot = z.infer<typeof slotSchema>;
/** What lock-out counts on: a user's slot, or a phantom (which also remembers its last try, for eviction). */
type Counter = { failures: number; lockedUntil: number | null; lastTry?: number };

type Via = 'login' | 'unlock';

/**
 * The small file beside the database that holds each user's wrapped copy of the data key, and one
 * copy under the recovery key. Nothing in it is secret in clear: user names appear only as keyed
 * hashes, and each copy is bound (AES-GCM associated data) to this database and its own slot, so
 * copies cannot be moved between users or between installations.
 */
export class Keyring {
  /** Parameters for copies wrapped from now on; existing copies keep the ones stored beside them. */
  private readonly kdfPolicy: Partial<KdfParams>;
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private readonly data: KeyringData,
    kdf: Partial<KdfParams> = {},
  ) {
    const { salt: _ignored, ...policy } = kdf;
    this.kdfPolicy = policy;
  }

  get dbId(): string {
    return this.data.dbId;
  }

  static exists(file: string): boolean {
    return fs.existsSync(file);
  }

  /**
   * Reads a keyring file. `kdf` sets the cost of copies wrapped from now on (tests pass a cheap one);
   * without it, new passwords get the production cost.
   */
  static load(file: string, kdf?: Partial<KdfParams>): Keyring {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_INITIALIZED');
      throw withCause(new AppError('KEYRING_DAMAGED'), e);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw withCause(new AppError('KEYRING_DAMAGED'), e);
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) throw withCause(new AppError('KEYRING_DAMAGED'), parsed.error);
    const data = parsed.data;
    if (Buffer.from(data.salt, 'base64').length !== SALT_BYTES) throw new AppError('KEYRING_DAMAGED');
    const ids = new Set(data.users.map((u) => u.userId));
    const lookups = new Set(data.users.map((u) => u.lookup));
    if (ids.size !== data.users.length || lookups.size !== data.users.length) throw new AppError('KEYRING_DAMAGED');
    return new Keyring(file, data, kdf);
  }

  /** A new keyring with a fresh random data key, and the recovery key to show once. Refuses to replace an existing file. */
  static async create(file: string, kdf?: Partial<KdfParams>): Promise<{ keyring: Keyring; dataKey: Buffer; recoveryKey: string }> {
    if (Keyring.exists(file)) throw new AppError('ALREADY_INITIALIZED');
    const dbId = crypto.randomUUID();
    const dataKey = crypto.randomBytes(KEY_BYTES);
    const salt = crypto.randomBytes(SALT_BYTES);
    const recovery = generateRecoveryKey();
    const wrapKey = recoveryWrapKey(recovery.bytes, salt);
    const data: KeyringData = {
      format: FORMAT,
      version: FORMAT_VERSION,
      dbId,
      salt: salt.toString('base64'),
      keyCheck: keyCheck(dataKey, dbId),
      recovery: seal(wrapKey, dataKey, aad(dbId, 'recovery')),
      users: [],
      phantoms: [],
      pendingAudit: [],
      pendingAuditDropped: 0,
    };
    wrapKey.fill(0);
    recovery.bytes.fill(0);
    const keyring = new Keyring(file, data, kdf);
    keyring.save();
    return { keyring, dataKey, recoveryKey: recovery.text };
  }

  addUser(userId: string, username: string, password: string, dataKey: Buffer): Promise<void> {
    const key = this.copyKey(dataKey);
    return this.serial(async () => {
      try {
        this.checkKey(key);
        const lookup = this.lookupFor(username);
        if (this.data.users.some((u) => u.lookup === lookup)) throw new AppError('USERNAME_TAKEN', { username });
        if (this.data.users.some((u) => u.userId === userId)) throw new AppError('INTERNAL');
        const { kdf, wrapped } = await this.wrapForPassword(userId, password, key);
        this.data.users.push({ userId, lookup, kdf, wrapped, failures: 0, lockedUntil: null });
        this.data.phantoms = this.data.phantoms.filter((p) => p.lookup !== lookup);
        this.save();
      } finally {
        key.fill(0);
      }
    });
  }

  /** Sign-in by name. Whether the name exists is never revealed: an unknown one costs the same and fails the same way. */
  unlock(username: string, password: string, now: number): Promise<{ userId: string; dataKey: Buffer }> {
    return this.serial(async () => {
      const lookup = this.lookupFor(username);
      const slot = this.data.users.find((u) => u.lookup === lookup);
      const dataKey = await this.attempt(slot ?? this.phantomFor(lookup, now), slot, password, now, 'login');
      return { userId: slot!.userId, dataKey };
    });
  }

  /** Lock-screen unlock of the user who was signed in; same counting and lock-out as sign-in. */
  unlockUser(userId: string, password: string, now: number): Promise<Buffer> {
    return this.serial(async () => {
      const slot = this.data.users.find((u) => u.userId === userId);
      // A removed user's id gets a phantom too, keyed apart from every user name by the NUL prefix.
      return this.attempt(slot ?? this.phantomFor(this.lookupFor(`\u0000id:${userId}`), now), slot, password, now, 'unlock');
    });
  }

  /** Rewraps this one user's copy; the database and every other copy stay exactly as they are. */
  setPassword(userId: string, newPassword: string, dataKey: Buffer): Promise<void> {
    const key = this.copyKey(dataKey);
    return this.serial(async () => {
      try {
        this.checkKey(key);
        if (!this.data.users.some((u) => u.userId === userId)) throw new AppError('NOT_FOUND');
        const { kdf, wrapped } = await this.wrapForPassword(userId, newPassword, key);
        // Looked up again: the slot list may have changed while the key was being derived.
        const slot = this.data.users.find((u) => u.userId === userId);
        if (!slot) throw new AppError('NOT_FOUND');
        Object.assign(slot, { kdf, wrapped, failures: 0, lockedUntil: null });
        this.save();
      } finally {
        key.fill(0);
      }
    });
  }

  removeUser(userId: string): void {
    const index = this.data.users.findIndex((u) => u.userId === userId);
    if (index < 0) throw new AppError('NOT_FOUND');
    this.data.users.splice(index, 1);
    this.save();
  }

  userIdFor(username: string): string | null {
    const lookup = this.lookupFor(username);
    return this.data.users.find((u) => u.lookup === lookup)?.userId ?? null;
  }

  /** The data key from the recovery key as the officer types it back (any case, spaces or dashes). */
  recoverDataKey(recoveryKey: string): Buffer {
    const bytes = parseRecoveryKey(recoveryKey);
    let dataKey: Buffer | null = null;
    if (bytes) {
      const wrapKey = recoveryWrapKey(bytes, Buffer.from(this.data.salt, 'base64'));
      dataKey = tryOpen(wrapKey, this.data.recovery, aad(this.data.dbId, 'recovery'));
      wrapKey.fill(0);
      bytes.fill(0);
    }
    if (!dataKey) {
      this.queueAudit(Date.now(), KEYRING_AUDIT_ACTIONS.recoveryFailed, null, { reason: bytes ? 'wrong' : 'malformed' });
      this.save();
      throw new AppError('BAD_RECOVERY_KEY', {}, ['recoveryKey']);
    }
    return dataKey;
  }

  resetLockout(userId: string): void {
    const slot = this.data.users.find((u) => u.userId === userId);
    if (!slot) throw new AppError('NOT_FOUND');
    slot.failures = 0;
    slot.lockedUntil = null;
    this.save();
  }

  /** Hands over the queued events and forgets them. */
  takePendingAudit(): PendingAuditEvent[] {
    const events = this.data.pendingAudit.map((e) => ({ ...e, detail: { ...e.detail } }));
    if (this.data.pendingAuditDropped > 0) {
      events.push({
        at: new Date().toISOString(),
        action: KEYRING_AUDIT_ACTIONS.dropped,
        userId: null,
        detail: { count: this.data.pendingAuditDropped },
      });
    }
    if (!events.length) return [];
    this.data.pendingAudit = [];
    this.data.pendingAuditDropped = 0;
    this.save();
    return events;
  }

  // ---- internals ----

  /**
   * One password try against `subject` (a real slot, or the phantom standing in for an unknown name).
   * A locked-out subject is refused before the KDF runs, so waiting out a lock-out costs the attacker
   * time and the machine nothing.
   */
  private async attempt(subject: Counter, slot: Slot | undefined, password: string, now: number, via: Via): Promise<Buffer> {
    const userId = slot?.userId ?? null;
    let dirty = false;
    if (subject.lockedUntil !== null) {
      const remainingMs = subject.lockedUntil - now;
      if (remainingMs > 0) {
        // A clock set backwards must not stretch a lock-out past its longest wait.
        const seconds = Math.ceil(Math.min(remainingMs, LOCKOUT.maxWaitSeconds * 1000) / 1000);
        this.queueAudit(now, KEYRING_AUDIT_ACTIONS.refusedWhileLockedOut, userId, { via, seconds });
        this.save();
        throw new AppError('ACCOUNT_LOCKED_OUT', { seconds });
      }
      subject.lockedUntil = null;
      this.queueAudit(now, KEYRING_AUDIT_ACTIONS.released, userId, { via, failures: subject.failures });
      dirty = true;
    }

    const dataKey = slot ? await this.unwrapForPassword(slot, password) : await this.decoyUnwrap(password);
    if (dataKey) {
      if (subject.failures !== 0) dirty = true;
      subject.failures = 0;
      if (dirty) this.save();
      return dataKey;
    }

    subject.failures += 1;
    if (subject.lastTry !== undefined) subject.lastTry = now;
    this.queueAudit(now, KEYRING_AUDIT_ACTIONS.failed, userId, { via, failures: subject.failures, reason: slot ? 'wrong password' : 'unknown user' });
    const seconds = lockoutSeconds(subject.failures);
    if (seconds > 0) {
      subject.lockedUntil = now + seconds * 1000;
      this.queueAudit(now, KEYRING_AUDIT_ACTIONS.lockedOut, userId, { via, seconds, failures: subject.failures });
    }
    this.save();
    // This try is answered as what it was, a wrong password; the wait applies to the tries after it.
    throw new AppError('BAD_CREDENTIALS');
  }

  private async unwrapForPassword(slot: Slot, password: string): Promise<Buffer | null> {
    const kek = await deriveKey(password, slot.kdf);
    try {
      return tryOpen(kek, slot.wrapped, aad(this.data.dbId, slot.userId));
    } finally {
      kek.fill(0);
    }
  }

  /** Same work as a real try, against a copy that nothing opens: an unknown name must not answer faster. */
  private async decoyUnwrap(password: string): Promise<null> {
    const like = this.data.users[0]?.kdf ?? defaultKdfParams(this.kdfPolicy);
    const kek = await deriveKey(password, { ...like, salt: crypto.randomBytes(16).toString('base64') });
    const decoy = seal(crypto.randomBytes(KEY_BYTES), crypto.randomBytes(KEY_BYTES), 'decoy');
    tryOpen(kek, decoy, aad(this.data.dbId, 'decoy'));
    kek.fill(0);
    return null;
  }

  private async wrapForPassword(userId: string, password: string, dataKey: Buffer): Promise<{ kdf: KdfParams; wrapped: Sealed }> {
    const kdf = defaultKdfParams(this.kdfPolicy);
    const kek = await deriveKey(password, kdf);
    try {
      return { kdf, wrapped: seal(kek, dataKey, aad(this.data.dbId, userId)) };
    } finally {
      kek.fill(0);
    }
  }

  /**
   * A private copy of the caller's data key, taken before the first await: the core zeroes its key
   * when the session locks, which may happen while a KDF is running. checkKey then refuses anything
   * that is not this keyring's data key, since wrapping a wrong one would lock the user out for good.
   */
  private copyKey(dataKey: Buffer): Buffer {
    return Buffer.isBuffer(dataKey) ? Buffer.from(dataKey) : Buffer.alloc(0);
  }

  private checkKey(copy: Buffer): void {
    if (copy.length !== KEY_BYTES) throw new AppError('INTERNAL');
    const expected = Buffer.from(this.data.keyCheck, 'base64');
    const actual = Buffer.from(keyCheck(copy, this.data.dbId), 'base64');
    if (!crypto.timingSafeEqual(expected, actual)) throw new AppError('INTERNAL');
  }

  private phantomFor(lookup: string, now: number): Counter {
    const found = this.data.phantoms.find((p) => p.lookup === lookup);
    if (found) return found;
    const phantom = { lookup, failures: 0, lockedUntil: null, lastTry: now };
    this.data.phantoms.push(phantom);
    if (this.data.phantoms.length > MAX_PHANTOMS) {
      this.data.phantoms.sort((a, b) => b.lastTry - a.lastTry);
      this.data.phantoms.length = MAX_PHANTOMS;
    }
    return phantom;
  }

  private lookupFor(username: string): string {
    return crypto
      .createHmac('sha256', Buffer.from(this.data.salt, 'base64'))
      .update(username.normalize('NFC').toLowerCase(), 'utf8')
      .digest('base64');
  }

  private queueAudit(now: number, action: string, userId: string | null, detail: Record<string, unknown>): void {
    if (this.data.pendingAudit.length >= MAX_PENDING_AUDIT) {
      this.data.pendingAuditDropped += 1;
      return;
    }
    this.data.pendingAudit.push({ at: new Date(now).toISOString(), action, userId, detail });
  }

  /** Runs async operations one after another, so that two tries at once cannot both slip under the lock-out count. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private save(): void {
    try {
      writeFileAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
    } catch (e) {
      throw withCause(new AppError('INTERNAL'), e);
    }
  }
}

/** Binds a wrapped copy to this database and to its slot. */
function aad(dbId: string, slot: string): string {
  return `${dbId}:${slot}`;
}

/** The recovery key is already 256 random bits, so a slow KDF would add nothing; HKDF only separates its use. */
function recoveryWrapKey(recoveryBytes: Buffer, salt: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', recoveryBytes, salt, RECOVERY_INFO, KEY_BYTES));
}

/** Lets the keyring refuse to wrap the wrong key, without storing anything from which the key could be recovered. */
function keyCheck(dataKey: Buffer, dbId: string): string {
  return crypto.createHmac('sha256', dataKey).update(`${KEY_CHECK_INFO}:${dbId}`).digest('base64');
}

function withCause(err: AppError, cause: unknown): AppError {
  err.cause = cause;
  return err;
}
