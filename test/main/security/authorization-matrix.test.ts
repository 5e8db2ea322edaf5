import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../../shared/ipc';
import { can, ROLES, type Role } from '../../../shared/roles';
import { ADMIN, makeCore, type TestCore } from '../../support/core-fixture';
import { inputFor, reportAbout, type SampleContext, type Target } from './channel-samples';
import { separatedOffice, signInAs, type SeparatedOffice } from './separated-office';
import { dataKeyOf, openWithKey } from './raw-database';
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Every role × every channel × a record in the caller's own unit and one in another county, generated
 * from the contract and the permission table and checked against them. The rule proved: nothing
 * succeeds that the table does not allow, every call the table refuses is refused as FORBIDDEN and
 * recorded in the trail, and nothing reaches a record outside the caller's data scope.
 */
const channels = Object.keys(contract) as Channel[];
const targets: Target[] = ['own', 'other'];

/** Channels naming one record or unit: with another county's, they must never succeed. */
const RECORD_SCOPED: ReadonlySet<Channel> = new Set<Channel>([
  'cadres.get',
  'cadres.update',
  'cadres.create',
  'cases.get',
  'cases.create',
  'cases.saveStep',
  'cases.act',
  'reports.get',
  'reports.create',
  'reports.update',
]);

let t: TestCore;
let office: SeparatedOffice;
let ctx: SampleContext;
const otherUnits = new Set<number>();
const refusedByTable: Record<string, string[]> = {};
/** A second, read-only look at the database, below the app: how far the trail has grown. */
let raw: Database.Database;
const trailHead = () => raw.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;

/** A call that starts a job answers at once; its entry is written when the job ends. */
const startedAJob = (value: unknown) => !!value && typeof value === 'object' && ('jobId' in value || ('state' in value && 'id' in value));

function allowedByTable(role: Role, channel: Channel): boolean {
  const def = contract[channel] as { access: string; permission?: Parameters<typeof can>[1] };
  return def.access === 'public' || def.permission === undefined || can([role], def.permission);
}

/** Every unit id anywhere in an answer: what the answer lets the caller see. */
function unitIdsIn(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => unitIdsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'unitId' && typeof v === 'number') found.push(v);
      else unitIdsIn(v, found);
    }
  }
  return found;
}

async function ensureSignedIn(role: Role) {
  const status = await t.core.dispatch('app.status', {});
  const current = status.ok ? (status.value as { session: { userId: string } | null }).session?.userId : null;
  if (current !== office.users[role]) await signInAs(t, role);
}

beforeAll(async () => {
  t = makeCore();
  office = await separatedOffice(t);
  otherUnits.add(office.units.other);
  await signInAs(t, 'sysadmin');
  const victim = await t.call('users.create', { username: 'beiyong', displayName: '备用账户', password: 'Spare2026pass', unitId: 1 });
  await signInAs(t, 'officer');
  const ownReport = await t.call('reports.create', reportAbout(office.own.cadreId));
  await signInAs(t, 'outsider');
  const otherReport = await t.call('reports.create', reportAbout(office.other.cadreId));
  let n = 0;
  ctx = {
    office,
    victimId: victim.id,
    outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'qz-matrix-')),
    next: () => ++n,
    reports: { own: ownReport.id, other: otherReport.id },
  };
  raw = openWithKey(t.dir, await dataKeyOf(t.dir, ADMIN.username, ADMIN.password));
});
afterAll(() => {
  raw.close();
  t.dispose();
  fs.rmSync(ctx.outDir, { recursive: true, force: true });
});

describe('authorization matrix: every role × every channel × own and other unit', () => {
  it('has a meaningful input for every channel of the contract', () => {
    for (const c of channels) for (const target of targets) expect(() => inputFor(c, ctx, target), c).not.toThrow();
  });

  it.each(ROLES.map((r) => [r]))('%s: nothing allowed that the permission table does not allow, and every change is in the trail', async (role) => {
    refusedByTable[office.users[role]] = [];
    for (const channel of channels) {
      for (const target of targets) {
        await ensureSignedIn(role);
        const input = inputFor(channel, ctx, target);
        const before = trailHead();
        const r = await t.core.dispatch(channel, input);
        const where = `${role} → ${channel} (${target} unit)`;
        if (!allowedByTable(role, channel)) {
          expect(r.ok ? 'allowed' : r.error.code, where).toBe('FORBIDDEN');
          refusedByTable[office.users[role]].push(channel);
          continue;
        }
        if (!r.ok) continue;
        if (contract[channel].mutates && !startedAJob(r.value)) expect(trailHead(), `${where} changed something without an audit entry`).toBeGreaterThan(before);
        if (channel === 'units.create' && (input as { parentId: number | null }).parentId !== null && otherUnits.has((input as { parentId: number }).parentId))
          otherUnits.add((r.value as { id: number }).id);
        if (contract[channel].access === 'session' && can([role], 'cases.work')) {
          expect(target === 'other' && RECORD_SCOPED.has(channel), `${where} reached another county's record`).toBe(false);
          const seen = unitIdsIn(r.value).filter((u) => otherUnits.has(u));
          expect(seen, `${where} answered with records of another county`).toEqual([]);
        }
      }
    }
  });

  it('every call the table refused is in the audit trail as refused, naming the permission', async () => {
    await signInAs(t, 'auditor');
    const recorded: Record<string, string[]> = {};
    for (let page = 1; ; page++) {
      const { rows } = await t.call('audit.list', { result: 'refused', page, pageSize: 200 });
      for (const r of rows) if (r.detail && 'permission' in r.detail && r.actorId) (recorded[r.actorId] ??= []).push(r.action);
      if (rows.length < 200) break;
    }
    for (const [userId, expected] of Object.entries(refusedByTable)) expect((recorded[userId] ?? []).sort(), userId).toEqual([...expected].sort());
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('the three administrators hold no case permission and each holds a duty the others lack', () => {
    const admin: Role[] = ['sysadmin', 'secadmin', 'auditor'];
    for (const r of admin) expect(can([r], 'cases.work'), r).toBe(false);
    expect(admin.filter((r) => can([r], 'users.manage'))).toEqual(['sysadmin']);
    expect(admin.filter((r) => can([r], 'users.grant'))).toEqual(['secadmin']);
    expect(admin.filter((r) => can([r], 'users.credentials'))).toEqual(['secadmin']);
    expect(admin.filter((r) => can([r], 'audit.read'))).toEqual(['auditor']);
    expect(admin.filter((r) => can([r], 'audit.manage'))).toEqual(['auditor']);
  });
});
