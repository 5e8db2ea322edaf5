import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { separatedOffice, signInAs, STAFF, type SeparatedOffice } from './separated-office';

let t: TestCore;
afterEach(() => t.dispose());

describe('三员分立 at first run: the setup administrator staffs the office', () => {
  beforeEach(async () => {
    t = makeCore();
    await setUp(t);
  });

  it('gives roles with new accounts until the first security administrator exists, and never again after', async () => {
    const officer = await t.call('users.create', { username: 'libanli', displayName: '李办理', password: 'Officer2026', unitId: 1, roles: ['officer'] });
    expect(officer).toMatchObject({ roles: ['officer'], dataScope: 'subtree', passwordTemporary: true });
    await t.call('users.create', { username: 'chenanbao', displayName: '陈安保', password: 'Secadmin2026', unitId: 1, roles: ['secadmin'] });

    const refused = await t.fail('users.create', { username: 'zhoushenji', displayName: '周审计', password: 'Auditor2026', unitId: 1, roles: ['auditor'] });
    expect(refused).toMatchObject({ code: 'DUTIES_SEPARATED', fields: ['roles'] });
    const plain = await t.call('users.create', { username: 'zhoushenji', displayName: '周审计', password: 'Auditor2026', unitId: 1 });
    expect(plain.roles).toEqual([]);

    // The security administrator, on their own password now, gives the auditor role.
    await t.call('auth.login', { username: 'chenanbao', password: 'Secadmin2026' });
    await t.call('auth.changePassword', { oldPassword: 'Secadmin2026', newPassword: 'Secadmin2026own' });
    const auditor = await t.call('users.grant', { id: plain.id, roles: ['auditor'] });
    expect(auditor.roles).toEqual(['auditor']);
  });

  it('the system administrator cannot give roles through the security administrator’s door, even before one exists', async () => {
    const u = await t.call('users.create', { username: 'libanli', displayName: '李办理', password: 'Officer2026', unitId: 1 });
    expect((await t.fail('users.grant', { id: u.id, roles: ['officer'] })).code).toBe('FORBIDDEN');
  });

  it('before duties are separated nobody is held to a temporary password; the setup administrator chose their own', async () => {
    await t.call('users.create', { username: 'libanli', displayName: '李办理', password: 'Officer2026', unitId: 1, roles: ['officer'] });
    const s = await t.call('auth.login', { username: 'libanli', password: 'Officer2026' });
    expect(s.mustChangePassword).toBe(false);
    await t.call('cadres.list', { page: 1, pageSize: 10 });
    expect((await t.call('auth.login', ADMIN)).mustChangePassword).toBe(false);
  });
});

describe('三员分立 in a separated office', () => {
  let o: SeparatedOffice;
  beforeEach(async () => {
    t = makeCore();
    o = await separatedOffice(t);
  });

  it('none of the three administrators sees a case or a cadre', async () => {
    for (const who of ['sysadmin', 'secadmin', 'auditor'] as const) {
      await signInAs(t, who);
      expect((await t.fail('cases.get', { id: o.own.caseId })).code, who).toBe('FORBIDDEN');
      expect((await t.fail('cases.list', { kind: 'fault-tolerance' })).code, who).toBe('FORBIDDEN');
      expect((await t.fail('cadres.list', {})).code, who).toBe('FORBIDDEN');
      expect((await t.fail('cadres.get', { id: o.own.cadreId })).code, who).toBe('FORBIDDEN');
    }
  });

  it('an administrator given a case role as well sees cases, as that case role', async () => {
    await signInAs(t, 'secadmin');
    await t.call('users.grant', { id: o.users.auditor, roles: ['auditor', 'reviewer'] });
    await signInAs(t, 'auditor');
    expect((await t.call('cases.get', { id: o.own.caseId })).summary.id).toBe(o.own.caseId);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('nobody holds two of the three administrative roles', async () => {
    await signInAs(t, 'secadmin');
    expect(await t.fail('users.grant', { id: o.users.auditor, roles: ['auditor', 'sysadmin'] })).toMatchObject({ code: 'ADMIN_ROLE_CONFLICT', fields: ['roles'] });
    expect(await t.fail('users.grant', { id: o.users.officer, roles: ['officer', 'secadmin', 'auditor'] })).toMatchObject({ code: 'ADMIN_ROLE_CONFLICT' });
  });

  it('each does only their own duty: accounts by the system administrator, powers by the security administrator, the trail by the auditor', async () => {
    await signInAs(t, 'sysadmin');
    expect((await t.fail('users.grant', { id: o.users.officer, dataScope: 'office' })).code).toBe('FORBIDDEN');
    expect((await t.fail('users.resetPassword', { id: o.users.officer, temporaryPassword: 'Temp2026pass' })).code).toBe('FORBIDDEN');
    expect((await t.fail('audit.list', {})).code).toBe('FORBIDDEN');
    await t.call('users.update', { id: o.users.officer, displayName: '李办理（一室）' });

    await signInAs(t, 'secadmin');
    expect((await t.fail('users.create', { username: 'xinren', displayName: '新人', password: 'Newbie2026', unitId: 1 })).code).toBe('FORBIDDEN');
    expect((await t.fail('users.update', { id: o.users.officer, active: false })).code).toBe('FORBIDDEN');
    expect((await t.fail('units.create', { name: '第二室', parentId: 1 })).code).toBe('FORBIDDEN');
    expect((await t.fail('settings.update', { idleLockMinutes: 30 })).code).toBe('FORBIDDEN');
    expect((await t.fail('audit.verify', {})).code).toBe('FORBIDDEN');
    expect((await t.call('users.grant', { id: o.users.officer, dataScope: 'unit' })).dataScope).toBe('unit');

    await signInAs(t, 'auditor');
    expect((await t.fail('users.grant', { id: o.users.officer, roles: ['approver'] })).code).toBe('FORBIDDEN');
    expect((await t.fail('users.update', { id: o.users.officer, active: false })).code).toBe('FORBIDDEN');
    expect((await t.call('users.list', {})).length).toBe(7);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('the security administrator cannot grant themselves anything or reset their own password, and the attempt is in the trail', async () => {
    await signInAs(t, 'secadmin');
    expect((await t.fail('users.grant', { id: o.users.secadmin, roles: ['secadmin', 'officer'] })).code).toBe('SELF_GRANT');
    expect((await t.fail('users.grant', { id: o.users.secadmin, dataScope: 'office' })).code).toBe('SELF_GRANT');
    expect((await t.fail('users.resetPassword', { id: o.users.secadmin, temporaryPassword: 'Temp2026pass' })).code).toBe('SELF_GRANT');
    await signInAs(t, 'auditor');
    const refused = await t.call('audit.list', { actorId: o.users.secadmin, result: 'refused' });
    expect(refused.rows.map((r) => r.action).sort()).toEqual(['users.grant', 'users.grant', 'users.resetPassword']);
  });

  it('each of the three duties keeps an active holder', async () => {
    await signInAs(t, 'sysadmin');
    expect((await t.fail('users.update', { id: o.users.secadmin, active: false })).code).toBe('LAST_DUTY_HOLDER');
    expect((await t.fail('users.update', { id: o.users.auditor, active: false })).code).toBe('LAST_DUTY_HOLDER');
    await signInAs(t, 'secadmin');
    expect((await t.fail('users.grant', { id: o.users.auditor, roles: ['officer'] })).code).toBe('LAST_DUTY_HOLDER');
    expect((await t.fail('users.grant', { id: o.users.sysadmin, roles: ['officer'] })).code).toBe('LAST_ADMIN');
    // With a second auditor the first may step down.
    await t.call('users.grant', { id: o.users.reviewer, roles: ['auditor'] });
    expect((await t.call('users.grant', { id: o.users.auditor, roles: ['officer'] })).roles).toEqual(['officer']);
  });

  it('a reset password is temporary: the officer must replace it before anything else, and a lock-out ends with it', async () => {
    const officer = STAFF.officer;
    for (let i = 0; i < 6; i++) await t.fail('auth.login', { username: officer.username, password: 'Wrong2026pass' });
    expect((await t.fail('auth.login', { username: officer.username, password: officer.password })).code).toBe('ACCOUNT_LOCKED_OUT');

    await signInAs(t, 'secadmin');
    const reset = await t.call('users.resetPassword', { id: o.users.officer, temporaryPassword: 'Temp2026pass' });
    expect(reset.passwordTemporary).toBe(true);
    await t.call('auth.logout', {});

    expect((await t.fail('auth.login', { username: officer.username, password: officer.password })).code).toBe('BAD_CREDENTIALS');
    const s = await t.call('auth.login', { username: officer.username, password: 'Temp2026pass' });
    expect(s.mustChangePassword).toBe(true);
    for (const [channel, input] of [['cases.list', { kind: 'fault-tolerance' }], ['cadres.get', { id: o.own.cadreId }], ['units.list', {}]] as const) {
      expect((await t.fail(channel, input)).code, channel).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    await t.call('auth.changePassword', { oldPassword: 'Temp2026pass', newPassword: 'Officer2026new' });
    expect((await t.call('app.status', {})).session?.mustChangePassword).toBe(false);
    expect((await t.call('cases.list', { kind: 'fault-tolerance' })).total).toBe(1);
  });

  it('the security administrator releases a lock-out without touching the password', async () => {
    const officer = STAFF.officer;
    for (let i = 0; i < 6; i++) await t.fail('auth.login', { username: officer.username, password: 'Wrong2026pass' });
    expect((await t.fail('auth.login', { username: officer.username, password: officer.password })).code).toBe('ACCOUNT_LOCKED_OUT');
    await signInAs(t, 'secadmin');
    await t.call('users.releaseLockout', { id: o.users.officer });
    const s = await signInAs(t, 'officer');
    expect(s.mustChangePassword).toBe(false);
  });

  it('a new account’s password, typed by the system administrator, is the holder’s to replace at first sign-in', async () => {
    await signInAs(t, 'sysadmin');
    const u = await t.call('users.create', { username: 'xinren', displayName: '新人', password: 'Newbie2026', unitId: 1 });
    await signInAs(t, 'secadmin');
    await t.call('users.grant', { id: u.id, roles: ['officer'] });
    const s = await t.call('auth.login', { username: 'xinren', password: 'Newbie2026' });
    expect(s.mustChangePassword).toBe(true);
    expect((await t.fail('cadres.list', {})).code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('every grant, reset and release is in the trail, with who did it and to whom', async () => {
    await signInAs(t, 'secadmin');
    await t.call('users.grant', { id: o.users.officer, dataScope: 'office' });
    await t.call('users.resetPassword', { id: o.users.reviewer, temporaryPassword: 'Temp2026pass' });
    await t.call('users.releaseLockout', { id: o.users.approver });
    await signInAs(t, 'auditor');
    const mine = await t.call('audit.list', { actorId: o.users.secadmin, recordType: 'user' });
    const byAction = Object.fromEntries(mine.rows.map((r) => [r.action, r]));
    expect(byAction['users.grant']).toMatchObject({ recordId: o.users.officer, result: 'ok', detail: { dataScope: 'office', before: { dataScope: 'subtree' } } });
    expect(byAction['users.resetPassword']).toMatchObject({ recordId: o.users.reviewer, result: 'ok' });
    expect(byAction['users.releaseLockout']).toMatchObject({ recordId: o.users.approver, result: 'ok' });
    expect(JSON.stringify(mine.rows)).not.toContain('Temp2026pass');
  });
});
