import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { LoginScreen } from '../../../renderer/src/auth/login-screen';
import { SetupWizard } from '../../../renderer/src/setup/setup-wizard';
import { useSession } from '../../../renderer/src/session.store';
import { fakeMain, Refusal } from '../fake-main';

const LATEST = { folder: '/media/u盘/清正备份-绵纪-20261128-090000', createdAt: '2026-11-28T01:00:00.000Z', officeCode: '绵纪' };

function renderLogin() {
  useSession.setState({ phase: 'login', lastUsername: '' });
  render(
    <AppProviders>
      <LoginScreen />
    </AppProviders>,
  );
}

async function signIn() {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'admin' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Admin2026pass' } });
  fireEvent.click(screen.getByRole('button', { name: /^登录$/ }));
}

afterEach(() => {
  cleanup();
  useSession.setState({ phase: 'loading', session: null, lastUsername: '' });
});

describe('signing in to data that cannot be trusted', () => {
  test('tampered data: says from which audit entry it breaks, that nothing was opened, and offers the latest backup', async () => {
    const main = fakeMain({
      'auth.login': () => Promise.reject(new Refusal('DB_TAMPERED', [], { seq: 4127 })),
      'backup.latest': () => ({ backup: LATEST }),
    });
    renderLogin();
    await signIn();
    const damaged = await screen.findByTestId('damaged-data');
    expect(damaged.textContent).toContain('本机数据无法打开');
    expect(damaged.textContent).toContain('审计记录从第 4127 条起对不上');
    expect(damaged.textContent).toContain('没有打开这些数据，也没有改动它们');

    fireEvent.click(screen.getByRole('button', { name: /从最近的备份恢复/ }));
    const latest = await screen.findByTestId('latest-backup');
    expect(latest.textContent).toContain('最近的备份：');
    expect(latest.textContent).toContain('机关代字 绵纪');
    expect(screen.getByLabelText<HTMLInputElement>('备份所在文件夹').value).toBe(LATEST.folder);
    expect(main.calls('backup.latest')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: '返回登录' }));
    await screen.findByRole('button', { name: /^登录$/ });
  });

  test('a damaged database or key file is named as such; an ordinary wrong password is not', async () => {
    let code: 'DB_DAMAGED' | 'KEYRING_DAMAGED' | 'BAD_CREDENTIALS' = 'DB_DAMAGED';
    fakeMain({ 'auth.login': () => Promise.reject(new Refusal(code)) });
    renderLogin();
    await signIn();
    expect((await screen.findByTestId('damaged-data')).textContent).toContain('数据库文件已经损坏');

    code = 'KEYRING_DAMAGED';
    await signIn();
    await waitFor(() => expect(screen.getByTestId('damaged-data').textContent).toContain('保存各账户密钥的文件已经损坏'));

    cleanup();
    code = 'BAD_CREDENTIALS';
    renderLogin();
    await signIn();
    await screen.findByText('用户名或密码错误。');
    expect(screen.queryByTestId('damaged-data')).toBeNull();
    expect(screen.queryByRole('button', { name: /从最近的备份恢复/ })).toBeNull();
  });

  test('a computer never set up offers to restore from a backup beside the setup, and says when it knows of none', async () => {
    fakeMain({ 'backup.latest': () => ({ backup: null }) });
    render(
      <AppProviders>
        <SetupWizard />
      </AppProviders>,
    );
    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }));
    expect((await screen.findByTestId('latest-backup')).textContent).toContain('没有找到本机做过的备份');
    expect(screen.queryByTestId('damaged-data')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '返回首次设置' }));
    await screen.findByText('首次设置');
  });
});
