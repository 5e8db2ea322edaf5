import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskFingerprint, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { as, makeTeam } from '../../support/case-team';
import { application, feedback, investigation, ruling } from '../../support/fault-tolerance-data';

let t: TestCore;
let cadreId: number;
beforeEach(async () => {
  t = makeCore();
  await setUp(t);
  cadreId = (await makeTeam(t)).cadre.id;
});
afterEach(() => t.dispose());

async function openCase() {
  await as(t, 'officer');
  return t.call('cases.create', { kind: 'fault-tolerance', cadreId, data: application });
}

async function act(id: number, action: string, input: Record<string, unknown> = {}) {
  return t.call('cases.act', { id, action, input });
}

describe('容错纠错 through the four steps, by three people', () => {
  it('carries a case from application to closure, with one return for more work and one correction check', async () => {
    const c = await openCase();
    expect(c.summary.number).toBe('绵纪容〔2026〕1号');
    const id = c.summary.id;
    await act(id, 'application.submit');
    await as(t, 'reviewer');
    await act(id, 'application.accept');

    await as(t, 'officer');
    await t.call('cases.saveStep', { id, step: 'investigation', data: investigation() });
    await act(id, 'investigation.submit');
    await as(t, 'reviewer');
    const returned = await act(id, 'investigation.return', { reason: '请补充损失追回的证据' });
    expect(returned.summary).toMatchObject({ step: 'investigation', status: 'active' });
    expect(returned.events.at(-1)).toMatchObject({ action: 'investigation.return', reason: '请补充损失追回的证据', actorName: '王审核' });
    await as(t, 'officer');
    await t.call('cases.saveStep', { id, step: 'investigation', data: { evidence: [{ title: '县委常委会会议纪要' }, { title: '追回款项凭证' }] } });
    await act(id, 'investigation.submit');
    await as(t, 'reviewer');
    await act(id, 'investigation.approve');

    // 查审分离: the investigator may not prepare the ruling; the reviewer does, the approver decides.
    await as(t, 'officer');
    expect((await t.fail('cases.saveStep', { id, step: 'ruling', data: ruling() })).code).toBe('FORBIDDEN');
    await as(t, 'reviewer');
    await t.call('cases.saveStep', { id, step: 'ruling', data: ruling() });
    await act(id, 'ruling.submit');
    await as(t, 'approver');
    const ruled = await act(id, 'ruling.approve');
    expect(ruled.summary).toMatchObject({ step: 'feedback', outcome: 'exempt', situations: expect.arrayContaining(['collectiveDecision']) });
    expect(ruled.catalogVersion).toBe(1);

    await as(t, 'officer');
    await t.call('cases.saveStep', { id, step: 'feedback', data: feedback(false) });
    const pending = await t.fail('cases.act', { id, action: 'feedback.submit', input: {} });
    expect(pending.fields).toContain('feedback.correctionCheck');
    await t.call('cases.saveStep', { id, step: 'feedback', data: { correctionCheck: feedback(true).correctionCheck } });
    await act(id, 'feedback.submit');
    await as(t, 'reviewer');
    const closed = await act(id, 'feedback.close');
    expect(closed.summary.status).toBe('closed');
    expect(closed.summary.closedAt).not.toBeNull();
    expect(closed.events.map((e) => e.action)).toEqual([
      'create', 'application.submit', 'application.accept', 'save', 'investigation.submit', 'investigation.return', 'save',
      'investigation.submit', 'investigation.approve', 'save', 'ruling.submit', 'ruling.approve', 'save', 'save', 'feedback.submit', 'feedback.close',
    ]);
  });

  it('refuses a tolerated ruling when an exclusion holds, says which, and changes nothing', async () => {
    const { summary } = await openCase();
    const id = summary.id;
    await act(id, 'application.submit');
    await as(t, 'reviewer');
    await act(id, 'application.accept');
    await as(t, 'officer');
    await t.call('cases.saveStep', { id, step: 'investigation', data: investigation('privateGain') });
    await act(id, 'investigation.submit');
    await as(t, 'reviewer');
    await act(id, 'investigation.approve');
    await t.call('cases.saveStep', { id, step: 'ruling', data: ruling('exempt') });
    const before = diskFingerprint(t.dir);
    const err = await t.fail('cases.act', { id, action: 'ruling.submit', input: {} });
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.fields).toContain('ruling.outcome');
    expect(err.params?.reason).toBe('workflow.faultTolerance.guards.exclusionHolds');
    expect(diskFingerprint(t.dir)).toBe(before);
    expect((await t.call('cases.get', { id })).summary).toMatchObject({ step: 'ruling', status: 'active' });
  });

  it('refuses the wrong role, the case of another unit tree, and a step out of order', async () => {
    const { summary } = await openCase();
    const id = summary.id;
    expect((await t.fail('cases.act', { id, action: 'application.accept', input: {} })).code).toBe('INVALID_INPUT');
    await act(id, 'application.submit');
    expect((await t.fail('cases.act', { id, action: 'application.accept', input: {} })).code).toBe('FORBIDDEN');
    await as(t, 'outsider');
    expect((await t.fail('cases.get', { id })).code).toBe('FORBIDDEN');
    expect((await t.call('cases.list', { kind: 'fault-tolerance' })).total).toBe(0);
    await as(t, 'admin');
    // The system administrator runs the system; case content is for case roles.
    expect((await t.fail('cases.list', { kind: 'fault-tolerance' })).code).toBe('FORBIDDEN');
  });

  it('numbers cases per office and year, never reusing one, and finds them by two-character name or number', async () => {
    const a = await openCase();
    await act(a.summary.id, 'withdraw', { reason: '申请人撤回申请' });
    const b = await openCase();
    expect(b.summary.number).toBe('绵纪容〔2026〕2号');
    const byName = await t.call('cases.list', { kind: 'fault-tolerance', q: '明远' });
    expect(byName.total).toBe(2);
    const byNumber = await t.call('cases.list', { kind: 'fault-tolerance', q: '2号' });
    expect(byNumber.rows.map((r) => r.number)).toEqual(['绵纪容〔2026〕2号']);
    const open = await t.call('cases.list', { kind: 'fault-tolerance', status: 'open' });
    expect(open.rows.map((r) => r.id)).toEqual([b.summary.id]);
  });
});
