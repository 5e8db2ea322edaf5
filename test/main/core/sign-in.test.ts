import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, setUp, type TestCore } from '../../support/core-fixture';

let t: TestCore;
beforeEach(() => {
  t = makeCore();
});
afterEach(() => t.dispose());

describe('first run and sign-in', () => {
  it('a new machine is not set up, and nothing but setup and status works before it is', async () => {
    expect(await t.call('app.status', {})).toMatchObject({ initialized: false, session: null, locked: false });
    expect((await t.fail('auth.login', ADMIN)).code).toBe('NOT_INITIALIZED');
    expect((await t.fail('users.list', {})).code).toBe('NOT_SIGNED_IN');
  });

  it('setup signs the first administrator in, shows a recovery key once and asks for it back', async () => {
    const { recoveryKey, session } = await setUp(t);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+/);
    expect(session).toMatchObject({ username: 'admin', roles: ['sysadmin'], mustConfirmRecovery: true, unitName: '绵阳市纪委监委机关' });
    expect((await t.fail('setup.confirmRecovery', { recoveryKey: 'ABCD-EFGH' })).code).toBe('BAD_RECOVERY_KEY');
    const confirmed = await t.call('setup.confirmRecovery', { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(confirmed.mustConfirmRecovery).toBe(false);
    expect((await t.fail('setup.confirmRecovery', { recoveryKey })).code).toBe('RECOVERY_NOT_PENDING');
    expect((await t.fail('setup.create', { officeName: 'x', officeCode: 'x', unitName: 'x', adminUsername: 'xx', adminDisplayName: 'x', password: 'Another2026' })).code).toBe('ALREADY_INITIALIZED');
  });

  it('a weak first password is refused and leaves the machine not set up', async () => {
    const err = await t.fail('setup.create', { officeName: '某县纪委', officeCode: '某纪', unitName: '机关', adminUsername: 'admin', adminDisplayName: '管理员', password: 'short' });
    expect(err).toMatchObject({ code: 'WEAK_PASSWORD', fields: ['password'] });
    expect(err.message['zh-CN']).toContain('密码至少');
    expect((await t.call('app.status', {})).initialized).toBe(false);
  });

  it('after a restart the login screen comes up, and the right password opens the database', async () => {
    await setUp(t);
    t.restart();
    expect(await t.call('app.status', {})).toMatchObject({ initialized: true, session: null });
    const s = await t.call('auth.login', ADMIN);
    expect(s.displayName).toBe('王管理');
    expect((await t.call('office.get', {})).code).toBe('绵纪');
  });

  it('a wrong password gets a clear message and leaves the database byte-identical', async () => {
    await setUp(t);
    t.restart();
    const dbBefore = readFileSync(`${t.dir}/qingzheng.db`);
    const err = await t.fail('auth.login', { username: 'admin', password: 'Wrong2026pass' });
    expect(err.code).toBe('BAD_CREDENTIALS');
    expect(err.message['zh-CN']).toBe('用户名或密码错误。');
    expect(readFileSync(`${t.dir}/qingzheng.db`).equals(dbBefore)).toBe(true);
    // An unknown user gets the very same answer: names are not revealed.
    expect((await t.fail('auth.login', { username: 'nobody', password: 'Wrong2026pass' })).message).toEqual(err.message);
  });

  it('five failures in a row make the next try wait, the wait grows, and the failures reach the audit log', async () => {
    await setUp(t);
    await t.call('users.create', { username: 'shenji', displayName: '审计员甲', password: 'Audit2026pass', unitId: 1, roles: ['auditor'] });
    t.restart();
    for (let i = 0; i < 5; i++) expect((await t.fail('auth.login', { username: 'admin', password: `Wrong${i}pass1` })).code).toBe('BAD_CREDENTIALS');
    const locked = await t.fail('auth.login', ADMIN);
    expect(locked.code).toBe('ACCOUNT_LOCKED_OUT');
    const firstWait = Number(locked.params?.seconds);
    expect(firstWait).toBeGreaterThan(0);
    t.clock.advance(firstWait * 1000 + 1);
    expect((await t.fail('auth.login', { username: 'admin', password: 'Wrong9pass1' })).code).toBe('BAD_CREDENTIALS');
    const again = await t.fail('auth.login', ADMIN);
    expect(Number(again.params?.seconds)).toBeGreaterThan(firstWait);
    t.clock.advance(Number(again.params?.seconds) * 1000 + 1);
    await t.call('auth.login', ADMIN);
    // The failed tries happened while the database was closed; they are in the trail now.
    await t.call('auth.login', { username: 'shenji', password: 'Audit2026pass' });
    const refused = await t.call('audit.list', { result: 'refused', page: 1, pageSize: 50 });
    expect(refused.rows.length).toBeGreaterThanOrEqual(6);
    expect(refused.rows.every((r) => r.recordId === refused.rows[0].recordId)).toBe(true);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('the recovery key resets a lost password; the old one stops working', async () => {
    const { recoveryKey } = await setUp(t);
    await t.call('auth.logout', {});
    expect((await t.fail('auth.recover', { username: 'admin', recoveryKey: 'AAAA-BBBB-CCCC', newPassword: 'Fresh2026pass' })).code).toBe('BAD_RECOVERY_KEY');
    expect((await t.fail('auth.recover', { username: 'admin', recoveryKey, newPassword: 'weak' })).code).toBe('WEAK_PASSWORD');
    await t.call('auth.recover', { username: 'admin', recoveryKey, newPassword: 'Fresh2026pass' });
    expect((await t.fail('auth.login', ADMIN)).code).toBe('BAD_CREDENTIALS');
    expect((await t.call('auth.login', { username: 'admin', password: 'Fresh2026pass' })).username).toBe('admin');
  });

  it('changing a password needs the old one and rewraps only that copy of the key', async () => {
    await setUp(t);
    expect((await t.fail('auth.changePassword', { oldPassword: 'Wrong2026x', newPassword: 'Next2026pass' })).fields).toEqual(['oldPassword']);
    await t.call('auth.changePassword', { oldPassword: ADMIN.password, newPassword: 'Next2026pass' });
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', ADMIN)).code).toBe('BAD_CREDENTIALS');
    await t.call('auth.login', { username: 'admin', password: 'Next2026pass' });
  });
});

describe('machine preferences', () => {
  it('remembers the login screen language across restarts, before anyone signs in', async () => {
    expect(await t.call('prefs.get', {})).toEqual({ locale: null });
    await t.call('prefs.set', { locale: 'en' });
    t.restart();
    expect(await t.call('prefs.get', {})).toEqual({ locale: 'en' });
    expect((await t.fail('prefs.set', { locale: 'fr' })).code).toBe('INVALID_INPUT');
  });
});
