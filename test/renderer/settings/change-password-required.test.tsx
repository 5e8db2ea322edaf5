import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { invoke } from '../../../renderer/src/api';
import { App } from '../../../renderer/src/app';
import { useSession } from '../../../renderer/src/session.store';
import { fakeMain, Refusal } from '../fake-main';
import { ACCOUNTS, sessionOf } from './office-accounts';

// The frame and its pages are not under test here, only whether the app lets the user reach them.
vi.mock('../../../renderer/src/frame/app-frame', () => ({
  AppFrame: () => (
    <div data-testid="app-frame">
      <button type="button" onClick={() => void invoke('cadres.list', {} as never).catch(() => undefined)}>
        open cadres
      </button>
    </div>
  ),
}));

const TEMPORARY = 'K7MQ-4RP2-XH9T';

function officeMain(mustChangePassword: boolean, extra: Record<string, (input: Record<string, unknown>) => unknown> = {}) {
  const session = sessionOf(ACCOUNTS.officer, { mustChangePassword });
  return fakeMain({
    'app.status': () => ({ initialized: true, locked: false, lockedUser: null, session }),
    'prefs.get': () => ({ locale: null }),
    'session.touch': () => ({ done: true }),
    'auth.logout': () => ({ done: true }),
    ...extra,
  });
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

afterEach(() => {
  cleanup();
  useSession.setState({ phase: 'loading', session: null, locked: false, lockedUser: null });
});

describe('signed in on a temporary password', () => {
  test('only the “set your own password” screen is shown, with the rules, and nothing of the app', async () => {
    officeMain(true);
    render(<App />);
    await screen.findByText('设置您自己的密码');
    expect(screen.queryByTestId('app-frame')).toBeNull();
    expect(screen.getByTestId('must-change-account').textContent).toBe('当前账户：李明（liming）');
    const rules = screen.getByTestId('must-change-rules').textContent;
    expect(rules).toContain('至少 8 位，同时包含字母和数字');
    expect(rules).toContain('与临时密码不同');
    expect(rules).toContain('不告诉任何人，包括管理员');
  });

  test('refuses keeping the temporary password or a mistyped repeat before asking main', async () => {
    const main = officeMain(true, { 'auth.changePassword': () => ({ done: true }) });
    render(<App />);
    await screen.findByText('设置您自己的密码');
    fill('临时密码', TEMPORARY);
    fill('新密码', TEMPORARY);
    fill('再次输入新密码', 'Other2026pass');
    fireEvent.click(screen.getByRole('button', { name: '设置密码并进入' }));
    await screen.findByText('新密码不能与临时密码相同。');
    await screen.findByText('两次输入的密码不一致。');
    expect(main.calls('auth.changePassword')).toEqual([]);
  });

  test('a wrong temporary password is said on its field; the right one and a new one lead into the app', async () => {
    let attempts = 0;
    const main = officeMain(true, {
      'auth.changePassword': () => (attempts++ === 0 ? Promise.reject(new Refusal('BAD_CREDENTIALS', ['oldPassword'])) : { done: true }),
    });
    render(<App />);
    await screen.findByText('设置您自己的密码');
    fill('临时密码', 'Wrong2026pass');
    fill('新密码', 'Liming2026own');
    fill('再次输入新密码', 'Liming2026own');
    fireEvent.click(screen.getByRole('button', { name: '设置密码并进入' }));
    const oldField = screen.getByText('临时密码', { selector: 'label' }).closest('.ant-form-item')!;
    await waitFor(() => expect(oldField.textContent).toContain('用户名或密码错误'));
    expect(screen.queryByTestId('app-frame')).toBeNull();

    fill('临时密码', TEMPORARY);
    fireEvent.click(screen.getByRole('button', { name: '设置密码并进入' }));
    await screen.findByTestId('app-frame');
    expect(main.calls('auth.changePassword').at(-1)).toEqual({ oldPassword: TEMPORARY, newPassword: 'Liming2026own' });
    expect(useSession.getState().session?.mustChangePassword).toBe(false);
  });

  test('signing out from the screen goes back to the login', async () => {
    const main = officeMain(true);
    render(<App />);
    await screen.findByText('设置您自己的密码');
    fireEvent.click(screen.getByRole('button', { name: '退出' }));
    await screen.findByRole('button', { name: /^登\s*录$/ });
    expect(main.calls('auth.logout')).toHaveLength(1);
  });

  test('main answering PASSWORD_CHANGE_REQUIRED in the app (duties separated meanwhile) brings the screen up', async () => {
    officeMain(false, { 'cadres.list': () => Promise.reject(new Refusal('PASSWORD_CHANGE_REQUIRED')) });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'open cadres' }));
    await screen.findByText('设置您自己的密码');
    expect(screen.queryByTestId('app-frame')).toBeNull();
  });
});
