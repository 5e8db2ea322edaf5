import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SessionInfo } from '../../shared/ipc/auth.contract';
import '../../renderer/src/i18n';
import { LockGate } from '../../renderer/src/auth/lock-gate';
import { AppProviders } from '../../renderer/src/app-providers';
import { useSession } from '../../renderer/src/session.store';

const session: SessionInfo = {
  userId: 'u1',
  username: 'lixiao',
  displayName: '李晓',
  roles: ['officer'],
  unitId: 1,
  unitName: '第一监督检查室',
  mustConfirmRecovery: false,
  idleLockMinutes: 1,
};

function HalfFilledForm() {
  return (
    <label>
      事实摘要
      <input aria-label="事实摘要" defaultValue="" />
    </label>
  );
}

function renderGate() {
  return render(
    <AppProviders>
      <LockGate>
        <HalfFilledForm />
      </LockGate>
    </AppProviders>,
  );
}

afterEach(() => {
  cleanup();
  useSession.setState({ phase: 'loading', session: null, locked: false, lockedUser: null });
});

describe('the lock screen', () => {
  test('covers the app without unmounting it, and unlocking gives back what was typed', async () => {
    const invoke = vi.fn(async (channel: string) =>
      channel === 'auth.unlock' ? { ok: true, value: session } : { ok: true, value: { done: true } },
    );
    window.api = { invoke } as unknown as typeof window.api;
    useSession.setState({ phase: 'app', session, locked: false });
    renderGate();

    const field = screen.getByLabelText<HTMLInputElement>('事实摘要');
    fireEvent.change(field, { target: { value: '2025年3月群众来信反映的问题' } });

    await act(() => useSession.getState().lock());
    expect(invoke).toHaveBeenCalledWith('auth.lock', {});
    const overlay = await screen.findByRole('dialog');
    expect(overlay.textContent).toContain('系统已锁定');
    expect(overlay.textContent).toContain('李晓');
    // Still the same element, still holding the text, but out of reach while locked.
    expect(screen.getByLabelText<HTMLInputElement>('事实摘要', { selector: 'input' })).toBe(field);
    expect(field.value).toBe('2025年3月群众来信反映的问题');
    expect(field.closest('.qz-lock-gate')?.hasAttribute('inert')).toBe(true);

    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Officer2026pw' } });
    fireEvent.click(screen.getByRole('button', { name: '解锁' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(invoke).toHaveBeenCalledWith('auth.unlock', { password: 'Officer2026pw' });
    expect(screen.getByLabelText<HTMLInputElement>('事实摘要')).toBe(field);
    expect(field.value).toBe('2025年3月群众来信反映的问题');
    expect(field.closest('.qz-lock-gate')?.hasAttribute('inert')).toBe(false);
  });

  test('a wrong password keeps the screen locked and says why', async () => {
    window.api = {
      invoke: vi.fn(async () => ({
        ok: false,
        error: { code: 'BAD_CREDENTIALS', message: { 'zh-CN': '用户名或密码错误。', en: 'Wrong user name or password.' } },
      })),
    } as unknown as typeof window.api;
    useSession.setState({ phase: 'app', session, locked: true, lockedUser: { username: 'lixiao', displayName: '李晓' } });
    renderGate();

    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'NotMine123' } });
    fireEvent.click(screen.getByRole('button', { name: '解锁' }));

    expect(await screen.findByText('用户名或密码错误。')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(useSession.getState().locked).toBe(true);
  });
});
