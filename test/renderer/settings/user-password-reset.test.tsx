import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { isStrongPassword } from '../../../shared/password-policy';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { UserPasswordResetModal } from '../../../renderer/src/settings/user-password-reset-modal';
import { userTemporaryPassword } from '../../../renderer/src/settings/user-temporary-password';
import { fakeMain, Refusal } from '../fake-main';
import { ACCOUNTS } from './office-accounts';

afterEach(cleanup);

function renderReset(onDone = vi.fn(), onClose = vi.fn()) {
  const view = render(
    <AppProviders>
      <UserPasswordResetModal user={ACCOUNTS.officer} onClose={onClose} onDone={onDone} />
    </AppProviders>,
  );
  return { onDone, onClose, view };
}

describe('the temporary password', () => {
  test('meets the password rule, in three groups of four characters that cannot be misread', () => {
    for (let i = 0; i < 200; i++) {
      const password = userTemporaryPassword();
      expect(password).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(password).not.toMatch(/[01IOSZB58]/);
      expect(isStrongPassword(password)).toBe(true);
    }
  });

  test('draws again when the random characters hold no digit, so the rule is always met', () => {
    // First draw: byte 0 everywhere, the first letter only; then letters and digits (byte 21 is '2') by turns.
    let call = 0;
    const random = (bytes: Uint8Array) => (call++ === 0 ? bytes.fill(0) : bytes.map((_, i) => (i % 2 ? 21 : 0)));
    expect(userTemporaryPassword(random)).toBe('A2A2-A2A2-A2A2');
    expect(call).toBe(2);
  });
});

describe('resetting a password', () => {
  test('asks first, then shows the password main was given, once, with the instruction to hand it over in person', async () => {
    const main = fakeMain({ 'users.resetPassword': () => ({ ...ACCOUNTS.officer, passwordTemporary: true }) });
    const { onDone } = renderReset();
    expect(screen.getByText(/将为李明（liming）生成一个临时密码/)).toBeTruthy();
    expect(main.invoke).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '生成临时密码' }));
    const shown = await screen.findByTestId('temporary-password');
    const sent = main.calls('users.resetPassword');
    expect(sent).toEqual([{ id: ACCOUNTS.officer.id, temporaryPassword: shown.textContent }]);
    expect(document.body.textContent).toContain('请当面交给李明本人');
    expect(document.body.textContent).toContain('临时密码只显示这一次');
    expect(document.body.textContent).toContain('须先设置只有自己知道的密码');

    fireEvent.click(screen.getByRole('button', { name: '已记下，关闭' }));
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ id: ACCOUNTS.officer.id, passwordTemporary: true }));
    await waitFor(() => expect(screen.queryByTestId('temporary-password')).toBeNull());
    expect(document.body.textContent).not.toContain(shown.textContent!);
  });

  test('a refusal (their own password) is said in the dialog and no password is shown', async () => {
    fakeMain({ 'users.resetPassword': () => Promise.reject(new Refusal('SELF_GRANT', ['id'])) });
    const { onDone } = renderReset();
    fireEvent.click(screen.getByRole('button', { name: '生成临时密码' }));
    await screen.findByText(/不能为自己授予角色、调整数据范围或重置密码/);
    expect(screen.queryByTestId('temporary-password')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });
});
