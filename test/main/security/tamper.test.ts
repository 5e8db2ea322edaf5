import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../main/audit/audit-log';
import { createCore } from '../../../main/core';
import type { Db } from '../../../main/db/database';
import { makeCore, TEST_KDF, type TestCore } from '../../support/core-fixture';
import { dataKeyOf, openWithKey } from './raw-database';
import { separatedOffice, STAFF, type SeparatedOffice } from './separated-office';

/**
 * Someone with the data folder in hand. A changed byte anywhere in the encrypted file is found when
 * the database is opened; an audit entry changed by someone who holds a password, unwrapped the key
 * and used a plain SQLite tool (dropping the append-only trigger first) is found by verification at
 * exactly that entry.
 */
const PAGE = 4096;
const auditor = { username: STAFF.auditor.username, password: STAFF.auditor.password };

let t: TestCore;
let office: SeparatedOffice;
let pristine: string;
const copies: string[] = [];

function copyOfData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-tamper-'));
  copies.push(dir);
  for (const f of fs.readdirSync(pristine)) fs.cpSync(path.join(pristine, f), path.join(dir, f), { recursive: true });
  return dir;
}

async function signInOn(dir: string, who = auditor) {
  const core = createCore({ dataDir: dir, kdf: TEST_KDF, now: () => t.clock.now });
  try {
    return await core.dispatch('auth.login', who);
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  t = makeCore();
  office = await separatedOffice(t);
  // Enough history that the oldest entries lie beyond the tail checked at every sign-in.
  await t.call('auth.login', { username: STAFF.officer.username, password: STAFF.officer.password });
  for (let i = 0; i < 1100; i++) await t.call('cases.get', { id: office.own.caseId });
  await t.call('auth.logout', {});
  t.core.close();
  pristine = t.dir;
  expect(fs.existsSync(path.join(pristine, 'qingzheng.db-wal')) ? fs.statSync(path.join(pristine, 'qingzheng.db-wal')).size : 0).toBe(0);
});
afterAll(() => {
  for (const d of copies) fs.rmSync(d, { recursive: true, force: true });
  t.dispose();
});

describe('tampering with the data folder', () => {
  it('the untouched copy opens, passes the integrity check and its audit chain verifies', async () => {
    const r = await signInOn(copyOfData());
    expect(r.ok).toBe(true);
  });

  it('one byte flipped in any page of the database file is reported as damage when it is opened', async () => {
    const size = fs.statSync(path.join(pristine, 'qingzheng.db')).size;
    const pages = size / PAGE;
    expect(Number.isInteger(pages)).toBe(true);
    expect(pages).toBeGreaterThan(20);
    const answers = new Map<string, number[]>();
    for (let page = 0; page < pages; page++) {
      const dir = copyOfData();
      const file = path.join(dir, 'qingzheng.db');
      const bytes = fs.readFileSync(file);
      // A different place in each page: the header, the cells, the reserved tail (IV and MAC).
      const offset = page * PAGE + ((page * 2_654_435_761) % PAGE);
      bytes[offset] ^= 0x01;
      fs.writeFileSync(file, bytes);
      const r = await signInOn(dir);
      const code = r.ok ? 'opened' : r.error.code;
      answers.set(code, [...(answers.get(code) ?? []), page + 1]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect([...answers.keys()], JSON.stringify(Object.fromEntries(answers))).toEqual(['DB_DAMAGED']);
  });

  it('an audit entry edited with a plain SQLite tool is found at that entry; recent ones stop the sign-in, older ones the auditor’s verification', async () => {
    const dir = copyOfData();
    const key = await dataKeyOf(dir, auditor.username, auditor.password);
    const raw = openWithKey(dir, key);
    const last = raw.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    // A plain tool ignores the app's guards: the append-only trigger goes first.
    raw.exec('DROP TRIGGER audit_log_no_update');
    const target = 7;
    expect(raw.prepare('SELECT action FROM audit_log WHERE seq = ?').pluck().get(target)).toBeTruthy();
    raw.prepare("UPDATE audit_log SET actor_name = '张三' WHERE seq = ?").run(target);
    expect(verifyAudit(raw as unknown as Db)).toMatchObject({ ok: false, brokenAt: target });
    raw.close();
    expect(last - target).toBeGreaterThan(1000);

    const core = createCore({ dataDir: dir, kdf: TEST_KDF, now: () => t.clock.now });
    try {
      expect((await core.dispatch('auth.login', auditor)).ok).toBe(true);
      const v = await core.dispatch('audit.verify', {});
      expect(v).toMatchObject({ ok: true, value: { ok: false, brokenAt: target } });
    } finally {
      core.close();
    }
  });

  it('an edit near the end of the trail is refused at sign-in, naming the entry', async () => {
    const dir = copyOfData();
    const raw = openWithKey(dir, await dataKeyOf(dir, auditor.username, auditor.password));
    const last = raw.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET result = 'refused' WHERE seq = ?").run(last - 3);
    raw.close();
    const r = await signInOn(dir);
    expect(r.ok ? 'opened' : r.error).toMatchObject({ code: 'DB_TAMPERED', params: { seq: last - 3 } });
  });

  it('an entry removed from the middle, or entries cut off the end, are found where they went missing', async () => {
    const middle = openWithKey(copyOfData(), await dataKeyOf(pristine, auditor.username, auditor.password));
    middle.exec('DROP TRIGGER audit_log_no_delete');
    middle.prepare('DELETE FROM audit_log WHERE seq = 20').run();
    expect(verifyAudit(middle as unknown as Db)).toMatchObject({ ok: false, brokenAt: 20 });
    middle.close();

    const tail = openWithKey(copyOfData(), await dataKeyOf(pristine, auditor.username, auditor.password));
    tail.exec('DROP TRIGGER audit_log_no_delete');
    const last = tail.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    tail.prepare('DELETE FROM audit_log WHERE seq > ?').run(last - 2);
    expect(verifyAudit(tail as unknown as Db)).toMatchObject({ ok: false, brokenAt: last - 1 });
    tail.close();
  });
});
