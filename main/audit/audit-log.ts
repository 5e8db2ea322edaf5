import crypto from 'node:crypto';
import type { Db } from '../db/database';

export interface AuditEntryInput {
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  result: 'ok' | 'refused';
  detail?: Record<string, unknown> | null;
  /** ISO, default now */
  at?: string;
}

export interface AuditVerification {
  ok: boolean;
  /** How many entries the log holds. */
  entries: number;
  /** The first sequence number that cannot be trusted: an altered entry, or the first one missing. */
  brokenAt: number | null;
  /** The stored hash of the last entry: an auditor can note it and compare it later. */
  headHash: string | null;
  /** The archived entry the walk started from (its hash is the first link); null: from the genesis hash. */
  archivedThrough: number | null;
}

export const GENESIS_HASH = '0'.repeat(64);
export const AUDIT_HEAD_KEY = 'audit.head';
/** Where the live trail begins once older entries have been archived: the last archived entry's seq and hash. */
export const AUDIT_ARCHIVED_KEY = 'audit.archived';

export interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  result: string;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface Head {
  seq: number;
  hash: string;
}

/**
 * Appends one entry, chained to the one before it, and moves the head anchor. Runs as a savepoint
 * inside the caller's transaction, so the entry commits or rolls back with the change it records.
 */
export function appendAudit(db: Db, e: AuditEntryInput): { seq: number; hash: string } {
  return db.transaction(() => {
    const head = readHead(db);
    // Without a usable anchor the chain continues from its last entry; verifyAudit still flags the anchor.
    const prev = (head === 'unreadable' ? null : head) ?? lastRow(db) ?? { seq: 0, hash: GENESIS_HASH };
    const row: Omit<AuditRow, 'hash'> = {
      seq: prev.seq + 1,
      at: e.at ?? new Date().toISOString(),
      actor_id: e.actorId,
      actor_name: e.actorName,
      action: e.action,
      record_type: e.recordType ?? null,
      record_id: e.recordId ?? null,
      result: e.result,
      detail: e.detail == null ? null : canonicalJson(e.detail),
      prev_hash: prev.hash,
    };
    const hash = entryHash(row);
    const st = statements(db);
    st.insert.run({ ...row, hash });
    st.writeHead.run(AUDIT_HEAD_KEY, JSON.stringify({ seq: row.seq, hash }));
    return { seq: row.seq, hash };
  })();
}

/**
 * Walks the whole chain, one row at a time, and checks every link, every entry's own hash, that no
 * sequence number is skipped, and that the last entry is the one the head anchor names (which is
 * what reveals entries cut off the end).
 */
export function verifyAudit(db: Db): AuditVerification {
  // Read before iterating: the connection is busy while the iterator is open.
  const anchor = readHead(db);
  const archived = readArchiveAnchor(db);
  let entries = 0;
  let brokenAt: number | null = null;
  let last: Head | null = null;
  // After an archive the first live entry links to the last archived one, whose seq and hash the
  // anchor keeps; an anchor that does not parse vouches for nothing, so the first entry is the break.
  let expected: Head = archived === 'unreadable' ? { seq: 0, hash: '' } : (archived ?? { seq: 0, hash: GENESIS_HASH });

  const rows = db
    .prepare('SELECT seq, at, actor_id, actor_name, action, record_type, record_id, result, detail, prev_hash, hash FROM audit_log ORDER BY seq')
    .iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    entries += 1;
    last = { seq: row.seq, hash: row.hash };
    if (brokenAt !== null) continue; // keep counting; the first break is what is reported
    if (archived === 'unreadable') brokenAt = row.seq;
    else if (row.seq !== expected.seq + 1) brokenAt = expected.seq + 1;
    else if (row.prev_hash !== expected.hash || entryHash(row) !== row.hash) brokenAt = row.seq;
    else expected = { seq: row.seq, hash: row.hash };
  }

  if (brokenAt === null) brokenAt = headMismatch(anchor, last);
  const archivedThrough = archived && archived !== 'unreadable' ? archived.seq : null;
  return { ok: brokenAt === null, entries, brokenAt, headHash: last?.hash ?? null, archivedThrough };
}

/** The last entry in the live trail: the chain's head as it stands. */
export function chainHead(db: Db): Head | null {
  return lastRow(db);
}

/** The archive anchor, null before any archive, or 'unreadable' when its value has been damaged. */
export function readArchiveAnchor(db: Db): Head | null | 'unreadable' {
  return parseHead(statements(db).readHead.get(AUDIT_ARCHIVED_KEY) as string | undefined);
}

/**
 * The check made every time the database is opened: the last `count` entries and the head anchor,
 * so that a cut-off, appended or recently edited tail is caught at sign-in without walking a chain
 * of a million entries (the auditor's verifyAudit walks it all). The first tail entry's link is
 * taken on trust; its own hash is still checked.
 */
export function verifyAuditTail(db: Db, count = 1000): { ok: boolean; brokenAt: number | null } {
  const anchor = readHead(db);
  const rows = db
    .prepare(
      `SELECT seq, at, actor_id, actor_name, action, record_type, record_id, result, detail, prev_hash, hash
       FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?) ORDER BY seq`,
    )
    .all(count) as AuditRow[];
  let expected: Head | null = rows.length && rows[0].seq === 1 ? { seq: 0, hash: GENESIS_HASH } : null;
  for (const row of rows) {
    // A skipped number or a wrong link both break the chain at the entry that should follow.
    if (expected && (row.seq !== expected.seq + 1 || row.prev_hash !== expected.hash)) return { ok: false, brokenAt: expected.seq + 1 };
    if (entryHash(row) !== row.hash) return { ok: false, brokenAt: row.seq };
    expected = { seq: row.seq, hash: row.hash };
  }
  const last = rows.length ? { seq: rows[rows.length - 1].seq, hash: rows[rows.length - 1].hash } : null;
  const brokenAt = headMismatch(anchor, last);
  return { ok: brokenAt === null, brokenAt };
}

/** Where the chain's end disagrees with the anchor, or null when they agree. */
function headMismatch(anchor: Head | null | 'unreadable', last: Head | null): number | null {
  if (anchor === 'unreadable') return last ? last.seq : 1;
  if (!anchor) return last ? last.seq : null; // entries but no anchor: the end cannot be vouched for
  if (!last) return 1; // the anchor names entries that are all gone
  if (anchor.seq > last.seq) return last.seq + 1; // entries cut off the end
  if (anchor.seq < last.seq) return anchor.seq + 1; // entries added behind the program's back
  return anchor.hash === last.hash ? null : last.seq;
}

/** The anchor, null when there is none yet, or 'unreadable' when its value has been damaged. */
function readHead(db: Db): Head | null | 'unreadable' {
  return parseHead(statements(db).readHead.get(AUDIT_HEAD_KEY) as string | undefined);
}

function parseHead(value: string | undefined): Head | null | 'unreadable' {
  if (value === undefined) return null;
  try {
    const head = JSON.parse(value) as Partial<Head>;
    if (Number.isInteger(head.seq) && typeof head.hash === 'string') return { seq: head.seq!, hash: head.hash };
  } catch {
    // an anchor that does not parse is reported like one that does not match
  }
  return 'unreadable';
}

function lastRow(db: Db): Head | null {
  return (statements(db).lastRow.get() as Head | undefined) ?? null;
}

type Statements = ReturnType<typeof prepareStatements>;
/** Prepared once per connection: every change in the app appends an entry. */
const prepared = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let st = prepared.get(db);
  if (!st) prepared.set(db, (st = prepareStatements(db)));
  return st;
}

function prepareStatements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, record_type, record_id, result, detail, prev_hash, hash)
       VALUES (@seq, @at, @actor_id, @actor_name, @action, @record_type, @record_id, @result, @detail, @prev_hash, @hash)`,
    ),
    writeHead: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    readHead: db.prepare('SELECT value FROM settings WHERE key = ?').pluck(),
    lastRow: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
  };
}

/**
 * SHA-256 over the previous hash and every stored field in a fixed order. The sequence number is
 * inside, so renumbering entries to hide a gap breaks them; the JSON array keeps field boundaries
 * unambiguous whatever characters the values hold.
 */
export function entryHash(row: Omit<AuditRow, 'hash'>): string {
  return hashSigned(row.prev_hash, signedFields(row));
}

/** Exactly the text an entry's hash covers besides the previous hash: what an export carries so a reader can recompute it. */
export function signedFields(row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  return JSON.stringify([row.seq, row.at, row.actor_id, row.actor_name, row.action, row.record_type, row.record_id, row.result, row.detail]);
}

export function hashSigned(prevHash: string, signed: string): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(signed).digest('hex');
}

/** JSON with object keys sorted at every depth, so the same detail always yields the same text and hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
