import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type Channel } from '../../../shared/ipc';
import type { DataScope } from '../../../shared/roles';
import { makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { application } from '../../support/fault-tolerance-data';
import { reportAbout } from './channel-samples';

/**
 *   1 市纪委监委机关 (P) ─┬─ A县纪委 (M) ── A县某镇 (C)
 *                        └─ B县纪委 (S)
 *
 * One cadre, one fault-tolerance case and one report in each unit. An officer at M sees M alone with
 * the scope 'unit', M and C with 'subtree', all four with 'office' — in every list, search and record.
 */
type Unit = 'P' | 'M' | 'C' | 'S';
const UNITS: Unit[] = ['P', 'M', 'C', 'S'];
const VISIBLE: Record<DataScope, Unit[]> = { unit: ['M'], subtree: ['M', 'C'], office: ['P', 'M', 'C', 'S'] };

let t: TestCore;
const unitId = {} as Record<Unit, number>;
const cadre = {} as Record<Unit, number>;
const kase = {} as Record<Unit, number>;
const report = {} as Record<Unit, number>;
const caseNumber = {} as Record<Unit, string>;
let outDir: string;
let files = 0;
let viewerId: string;

const viewer = { username: 'Azhouban', password: 'Viewer2026own' };
const secadmin = { username: 'chenanbao', password: 'Secadmin2026own' };

const rowIds = (v: unknown) => (v as { rows: { id: number }[] }).rows.map((r) => r.id);

/**
 * How each list-type channel (lists, searches, exports of many records) is asked for everything, and
 * what in its answer says which records it let through. Exports run as jobs: the finished job's
 * result is what they wrote.
 */
const LISTS: Partial<Record<Channel, { input: () => unknown; seen(value: unknown): Promise<unknown[]>; expected(units: Unit[]): unknown[] }>> = {
  'cadres.list': { input: () => ({}), seen: async (v) => rowIds(v), expected: (us) => us.map((u) => cadre[u]) },
  'cases.list': { input: () => ({ kind: 'fault-tolerance' }), seen: async (v) => rowIds(v), expected: (us) => us.map((u) => kase[u]) },
  'reports.list': { input: () => ({}), seen: async (v) => rowIds(v), expected: (us) => us.map((u) => report[u]) },
  // No referral exists: the list must simply answer, empty, within any scope.
  'referrals.list': { input: () => ({}), seen: async (v) => rowIds(v), expected: () => [] },
  'ledgers.export': {
    input: () => ({ kind: 'fault-tolerance', format: 'csv', path: path.join(outDir, `ledger-${++files}.csv`) }),
    seen: async (v) => {
      const done = await finished(v);
      const text = fs.readFileSync((done.result as { path: string }).path, 'utf8');
      return Object.values(caseNumber).filter((n) => text.includes(n));
    },
    expected: (us) => us.map((u) => caseNumber[u]),
  },
  'packages.export': {
    input: () => ({ kind: 'fault-tolerance', passphrase: 'Package2026pass', path: path.join(outDir, `package-${++files}.qzpkg`) }),
    seen: async (v) => {
      const done = await finished(v);
      return Array.from({ length: (done.result as { cases: number }).cases }, () => 'case');
    },
    expected: (us) => us.map(() => 'case'),
  },
};

/** Keys by which a channel names the one record it reads or changes: such channels are checked record by record. */
const RECORD_KEYS = ['id', 'caseId', 'cadreId', 'reportId', 'uploadId', 'inspectJobId'];

/** Reads of case content that are not about one record: lists, searches, exports, statistics. */
function listTypeChannels(): Channel[] {
  return (Object.keys(contract) as Channel[]).filter((c) => {
    const def = contract[c] as { permission?: string; input: z.ZodType };
    const keys = def.input instanceof z.ZodObject ? Object.keys(def.input.shape) : [];
    // Creating a record reads none; inspecting a package reads a file the user gives, not stored records.
    const notAList = c.endsWith('.create') || c === 'packages.inspect';
    return def.permission === 'cases.work' && !notAList && !keys.some((k) => RECORD_KEYS.includes(k));
  });
}

/** Waits for a job to end; its last status carries the result. */
async function finished(started: unknown): Promise<{ state: string; result: unknown; error: unknown }> {
  const id = (started as { id: string }).id;
  for (let i = 0; i < 400; i++) {
    const s = (await t.call('jobs.status', { id })) as unknown as { state: string; result: unknown; error: unknown };
    if (s.state !== 'running') {
      expect(s, `job ${id}`).toMatchObject({ state: 'done' });
      return s;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`job ${id} did not finish`);
}

/** Reads that take nothing but a case: a case's attachments, documents, … — each bound by the case's scope. */
function caseReads(): Channel[] {
  return (Object.keys(contract) as Channel[]).filter((c) => {
    const def = contract[c] as { permission?: string; mutates: boolean; input: z.ZodType };
    const keys = def.input instanceof z.ZodObject ? Object.keys(def.input.shape) : [];
    return def.permission === 'cases.work' && !def.mutates && keys.length === 1 && keys[0] === 'caseId';
  });
}

async function setScope(scope: DataScope) {
  await t.call('auth.login', secadmin);
  await t.call('users.grant', { id: viewerId, dataScope: scope });
  await t.call('auth.login', viewer);
}

beforeAll(async () => {
  t = makeCore();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-scope-out-'));
  await setUp(t);
  unitId.P = 1;
  unitId.M = (await t.call('units.create', { name: 'A县纪委', parentId: 1 })).id;
  unitId.C = (await t.call('units.create', { name: 'A县某镇', parentId: unitId.M })).id;
  unitId.S = (await t.call('units.create', { name: 'B县纪委', parentId: 1 })).id;
  const creator = await t.call('users.create', { username: 'shiban', displayName: '市办理', password: 'Creator2026', unitId: 1, roles: ['officer'] });
  viewerId = (await t.call('users.create', { username: viewer.username, displayName: 'A县办理', password: 'Viewer2026', unitId: unitId.M, roles: ['officer'] })).id;
  await t.call('users.create', { username: secadmin.username, displayName: '陈安保', password: 'Secadmin2026', unitId: 1, roles: ['secadmin'] });
  for (const [u, initial, own] of [['shiban', 'Creator2026', 'Creator2026own'], [viewer.username, 'Viewer2026', viewer.password], [secadmin.username, 'Secadmin2026', secadmin.password]]) {
    await t.call('auth.login', { username: u, password: initial });
    await t.call('auth.changePassword', { oldPassword: initial, newPassword: own });
  }
  await t.call('auth.login', secadmin);
  await t.call('users.grant', { id: creator.id, dataScope: 'office' });
  await t.call('auth.login', { username: 'shiban', password: 'Creator2026own' });
  for (const u of UNITS) {
    cadre[u] = (await t.call('cadres.create', { name: `干部${u}`, unitId: unitId[u] })).id;
    const created = await t.call('cases.create', { kind: 'fault-tolerance', cadreId: cadre[u], data: { ...application, applicantName: `干部${u}` } });
    kase[u] = created.summary.id;
    caseNumber[u] = created.summary.number;
    report[u] = (await t.call('reports.create', { ...reportAbout(cadre[u]), unitId: unitId[u] })).id;
  }
});
afterAll(() => {
  t.dispose();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the data-scope rule: own unit, unit and below, whole office', () => {
  it('knows how to ask every list-type channel of the contract for everything', () => {
    expect(listTypeChannels().filter((c) => !LISTS[c])).toEqual([]);
  });

  it.each(['unit', 'subtree', 'office'] as DataScope[])('with the scope “%s” every list shows exactly the units in scope', async (scope) => {
    await setScope(scope);
    for (const channel of listTypeChannels()) {
      const list = LISTS[channel]!;
      const r = await t.core.dispatch(channel, list.input());
      expect(r.ok ? 'answered' : r.error, channel).toBe('answered');
      if (!r.ok) continue;
      expect((await list.seen(r.value)).sort(), `${channel} as scope ${scope}`).toEqual(list.expected(VISIBLE[scope]).sort());
    }
  });

  it.each(['unit', 'subtree', 'office'] as DataScope[])('with the scope “%s” a search by name finds only people in scope', async (scope) => {
    await setScope(scope);
    for (const u of UNITS) {
      const cadres = await t.call('cadres.list', { q: `干部${u}` });
      const cases = await t.call('cases.list', { kind: 'fault-tolerance', q: `干部${u}` });
      const inScope = VISIBLE[scope].includes(u);
      expect(cadres.rows.map((r) => r.id), `${scope} ${u}`).toEqual(inScope ? [cadre[u]] : []);
      expect(cases.rows.map((r) => r.id), `${scope} ${u}`).toEqual(inScope ? [kase[u]] : []);
    }
  });

  it.each(['unit', 'subtree', 'office'] as DataScope[])('with the scope “%s” a record outside it cannot be opened, not even by asking for its unit', async (scope) => {
    await setScope(scope);
    for (const u of UNITS) {
      const inScope = VISIBLE[scope].includes(u);
      const reads: [Channel, unknown][] = [
        ['cases.get', { id: kase[u] }],
        ['cadres.get', { id: cadre[u] }],
        ['reports.get', { id: report[u] }],
        ...caseReads().map((c): [Channel, unknown] => [c, { caseId: kase[u] }]),
      ];
      for (const [channel, input] of reads) {
        const r = await t.core.dispatch(channel, input);
        expect(r.ok ? 'opened' : r.error.code, `${scope}: ${channel} in ${u}`).toBe(inScope ? 'opened' : 'FORBIDDEN');
      }
      const filtered = await t.call('cases.list', { kind: 'fault-tolerance', unitId: unitId[u] });
      expect(filtered.rows.every((r) => VISIBLE[scope].some((v) => unitId[v] === r.unitId)), `${scope}: filter ${u}`).toBe(true);
    }
    const cadreCases = await t.call('cadres.get', { id: cadre.M });
    expect(cadreCases.cases.map((c) => c.id)).toEqual([kase.M]);
  });

  it('a changed scope applies at the next call, without signing in again', async () => {
    await setScope('office');
    expect((await t.call('cadres.list', {})).total).toBe(4);
    await t.call('auth.login', secadmin);
    await t.call('users.grant', { id: viewerId, dataScope: 'unit' });
    const status = await t.call('auth.login', viewer);
    expect(status.unitId).toBe(unitId.M);
    expect((await t.call('cadres.list', {})).total).toBe(1);
  });
});
