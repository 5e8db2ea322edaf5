import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData, DEMO_PASSWORD, DEMO_USERS, type DemoSummary } from '../../../main/demo/demo-data';
import { makeCore, type TestCore } from '../../support/core-fixture';

let t: TestCore;
let summary: DemoSummary;
beforeAll(async () => {
  t = makeCore();
  summary = await loadDemoData((channel, input) => t.core.dispatch(channel, input), { now: t.clock.now });
  await t.call('auth.login', { username: DEMO_USERS.officer.username, password: DEMO_PASSWORD });
}, 120_000);
afterAll(() => t.dispose());

async function all(kind: 'fault-tolerance' | 'clearance') {
  return (await t.call('cases.list', { kind, pageSize: 200 })).rows;
}

describe('演示数据: a fictional office with something of everything', () => {
  it('opens every account with the documented password, the duties separated', async () => {
    expect(summary.password).toBe('Qingshan2026');
    for (const u of summary.users) {
      const s = await t.call('auth.login', { username: u.username, password: DEMO_PASSWORD });
      expect(s.mustChangePassword ?? false).toBe(false);
      expect(s.roles).toEqual(u.roles);
    }
    expect(summary.recoveryKey.length).toBeGreaterThan(20);
  });

  it('holds 容错纠错 cases of every outcome, open at every step, one appealed, one overdue, one refused, one withdrawn', async () => {
    await t.call('auth.login', { username: DEMO_USERS.officer.username, password: DEMO_PASSWORD });
    const rows = await all('fault-tolerance');
    expect(new Set(rows.map((r) => r.outcome).filter(Boolean))).toEqual(new Set(['exempt', 'noAccountability', 'lighter', 'reduced', 'notTolerated']));
    const open = rows.filter((r) => r.status === 'active' || r.status === 'pending');
    expect(new Set(open.map((r) => r.step))).toEqual(new Set(['application', 'investigation', 'ruling', 'feedback', 'review']));
    expect(rows.filter((r) => r.status === 'closed')).toHaveLength(4);
    expect(rows.filter((r) => r.status === 'refused')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'withdrawn')).toHaveLength(1);
    expect(rows.filter((r) => r.deadline === 'overdue').map((r) => r.cadreName)).toContain('罗建军');
    const appealed = rows.find((r) => r.step === 'review')!;
    expect((await t.call('cases.get', { id: appealed.id })).events.map((e) => e.action)).toContain('appeal');
  });

  it('holds reports of every status with points of every finding', async () => {
    const reports = (await t.call('reports.list', { pageSize: 200 })).rows;
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['registered', 'verifying', 'concluded']));
    expect(new Set(reports.map((r) => r.receivedVia))).toEqual(new Set(['letter', 'visit', 'phone', 'online', 'referred']));
    for (const finding of ['untrue', 'true', 'partlyTrue', 'unproven'] as const) {
      expect((await t.call('reports.list', { finding })).total, finding).toBeGreaterThan(0);
    }
    expect(reports.some((r) => r.anonymous)).toBe(true);
  });

  it('holds clearances at every step, closed and refused, one overdue, and one referral to the police', async () => {
    const rows = await all('clearance');
    const open = rows.filter((r) => r.status === 'active' || r.status === 'pending');
    expect(new Set(open.map((r) => r.step))).toEqual(new Set(['initiation', 'assessment', 'approval', 'implementation']));
    expect(rows.filter((r) => r.outcome === 'cleared').map((r) => r.cadreName)).toEqual(['张明远']);
    expect(rows.filter((r) => r.outcome === 'refused')).toHaveLength(1);
    expect(rows.some((r) => r.deadline === 'overdue')).toBe(true);

    const referrals = (await t.call('referrals.list', {})).rows;
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toMatchObject({ route: 'police', category: 'other', status: 'sent', cadreName: '刘建国' });
    const linked = await t.call('cases.get', { id: referrals[0]!.caseId });
    expect(linked.state.data.referral).toMatchObject({ referralId: referrals[0]!.id });
  });
});
