import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, setUp, type TestCore } from '../../support/core-fixture';

let t: TestCore;
beforeEach(async () => {
  t = makeCore();
  await setUp(t);
});
afterEach(() => t.dispose());

const officer = { username: 'libanli', displayName: '李办理', password: 'Officer2026', unitId: 1, roles: ['officer' as const] };

describe('accounts, roles and units', () => {
  it('an administrator creates a case officer in a sub-unit, who can then sign in with their own password', async () => {
    const unit = await t.call('units.create', { name: '第一纪检监察室', parentId: 1 });
    const u = await t.call('users.create', { ...officer, unitId: unit.id });
    expect(u).toMatchObject({ username: 'libanli', unitName: '第一纪检监察室', roles: ['officer'], active: true });
    await t.call('auth.logout', {});
    const s = await t.call('auth.login', { username: 'LiBanLi', password: officer.password });
    expect(s).toMatchObject({ displayName: '李办理', unitId: unit.id, mustConfirmRecovery: false });
  });

  it('a case officer may not manage accounts: refused, and the refusal is in the audit trail', async () => {
    await t.call('users.create', officer);
    await t.call('users.create', { username: 'shenji', displayName: '审计员', password: 'Audit2026pass', unitId: 1, roles: ['auditor'] });
    await t.call('auth.login', { username: officer.username, password: officer.password });
    expect((await t.fail('users.create', { ...officer, username: 'other' })).code).toBe('FORBIDDEN');
    expect((await t.fail('users.list', {})).code).toBe('FORBIDDEN');
    await t.call('auth.login', { username: 'shenji', password: 'Audit2026pass' });
    const refused = await t.call('audit.list', { result: 'refused', page: 1, pageSize: 10 });
    expect(refused.rows.map((r) => r.action)).toEqual(['users.list', 'users.create']);
  });

  it('nobody holds two of the three administrative roles', async () => {
    const err = await t.fail('users.create', { ...officer, roles: ['sysadmin', 'auditor'] });
    expect(err).toMatchObject({ code: 'ADMIN_ROLE_CONFLICT', fields: ['roles'] });
    expect((await t.call('users.list', {})).length).toBe(1);
  });

  it('user names are unique regardless of case, and the refusal changes nothing', async () => {
    await t.call('users.create', officer);
    const err = await t.fail('users.create', { ...officer, username: 'LIBANLI' });
    expect(err).toMatchObject({ code: 'USERNAME_TAKEN', fields: ['username'] });
    expect(err.message['zh-CN']).toContain('LIBANLI');
    expect((await t.call('users.list', {})).length).toBe(2);
  });

  it('a disabled account cannot sign in; the last administrator cannot be removed', async () => {
    const u = await t.call('users.create', officer);
    await t.call('users.update', { id: u.id, active: false });
    const admin = (await t.call('users.list', {})).find((x) => x.username === 'admin')!;
    expect((await t.fail('users.update', { id: admin.id, active: false })).code).toBe('LAST_ADMIN');
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', { username: officer.username, password: officer.password })).code).toBe('ACCOUNT_DISABLED');
    await t.call('auth.login', ADMIN);
  });

  it('every change is in a hash chain that verifies', async () => {
    await t.call('users.create', officer);
    await t.call('users.create', { username: 'shenji', displayName: '审计员', password: 'Audit2026pass', unitId: 1, roles: ['auditor'] });
    await t.call('settings.update', { idleLockMinutes: 5 });
    await t.call('auth.login', { username: 'shenji', password: 'Audit2026pass' });
    const v = await t.call('audit.verify', {});
    expect(v).toMatchObject({ ok: true, brokenAt: null });
    expect(v.entries).toBeGreaterThanOrEqual(5);
    const actions = (await t.call('audit.list', { page: 1, pageSize: 50 })).rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['setup.create', 'users.create', 'settings.update', 'auth.login', 'auth.logout']));
  });
});

describe('idle lock', () => {
  it('drops the key on its own after the idle time, even when the screen sends nothing', async () => {
    await t.core.tick();
    expect((await t.call('app.status', {})).session).not.toBeNull();
    t.clock.advance(10 * 60_000 + 1);
    await t.core.tick();
    expect(await t.call('app.status', {})).toMatchObject({ locked: true, session: null });
  });

  it('after the idle time the key is dropped; only the same user password reopens; sign-out is still possible', async () => {
    await t.call('settings.update', { idleLockMinutes: 10 });
    t.clock.advance(9 * 60_000);
    await t.call('session.touch', {});
    t.clock.advance(10 * 60_000 + 1);
    expect((await t.fail('users.list', {})).code).toBe('LOCKED');
    expect(await t.call('app.status', {})).toMatchObject({ locked: true, session: null, lockedUser: { username: 'admin' } });
    expect((await t.fail('auth.unlock', { password: 'Wrong2026pass' })).code).toBe('BAD_CREDENTIALS');
    const s = await t.call('auth.unlock', { password: ADMIN.password });
    expect(s.username).toBe('admin');
    expect((await t.call('users.list', {})).length).toBe(1);
    await t.call('auth.lock', {});
    await t.call('auth.logout', {});
    expect(await t.call('app.status', {})).toMatchObject({ locked: false, session: null });
  });
});
