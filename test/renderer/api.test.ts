import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import { invoke } from '../../renderer/src/api';
import { ApiError } from '../../renderer/src/api-error';
import { setLocale } from '../../renderer/src/i18n';
import { useSession } from '../../renderer/src/session.store';

function answer(result: Result<unknown> | Error) {
  const fn = vi.fn(async () => {
    if (result instanceof Error) throw result;
    return result;
  });
  window.api = { invoke: fn } as unknown as typeof window.api;
  return fn;
}

const weakPassword: Result<never> = {
  ok: false,
  error: {
    code: 'WEAK_PASSWORD',
    message: { 'zh-CN': '密码至少 8 位，且须同时包含字母和数字。', en: 'A password needs at least 8 characters, with both letters and digits.' },
    fields: ['password'],
    params: { min: 8 },
  },
};

afterEach(async () => {
  await setLocale('zh-CN');
  useSession.setState({ phase: 'loading', session: null, locked: false, lockedUser: null });
});

describe('the api wrapper', () => {
  test('passes the channel and input to window.api and returns the unwrapped value', async () => {
    const fn = answer({ ok: true, value: { done: true } });
    await expect(invoke('session.touch', {})).resolves.toEqual({ done: true });
    expect(fn).toHaveBeenCalledWith('session.touch', {});
  });

  test('a refusal becomes an ApiError with the code, the Chinese message and the fields at fault', async () => {
    answer(weakPassword);
    const error = await invoke('auth.changePassword', { oldPassword: 'a', newPassword: 'b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'WEAK_PASSWORD',
      message: '密码至少 8 位，且须同时包含字母和数字。',
      fields: ['password'],
      params: { min: 8 },
    });
  });

  test('the message follows the language the user chose', async () => {
    await setLocale('en');
    answer(weakPassword);
    await expect(invoke('auth.changePassword', { oldPassword: 'a', newPassword: 'b' })).rejects.toMatchObject({
      message: 'A password needs at least 8 characters, with both letters and digits.',
    });
    expect(localStorage.getItem('qingzheng.locale')).toBe('en');
  });

  test('a broken bridge is reported as an internal error in words, not a stack trace', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answer(new Error('Target page, context or browser has been closed'));
    await expect(invoke('app.status', {})).rejects.toMatchObject({ code: 'INTERNAL', message: '系统内部错误，操作未生效。', fields: [] });
  });

  test('any call answered LOCKED raises the lock screen', async () => {
    useSession.setState({
      phase: 'app',
      session: {
        userId: 'u1',
        username: 'lixiao',
        displayName: '李晓',
        roles: ['officer'],
        unitId: 1,
        unitName: '第一监督检查室',
        mustConfirmRecovery: false,
        idleLockMinutes: 10,
      },
    });
    answer({ ok: false, error: { code: 'LOCKED', message: { 'zh-CN': '系统已锁定，请输入密码解锁。', en: 'Locked.' } } });
    await expect(invoke('units.list', {})).rejects.toMatchObject({ code: 'LOCKED' });
    expect(useSession.getState()).toMatchObject({ locked: true, lockedUser: { username: 'lixiao', displayName: '李晓' } });
  });
});
