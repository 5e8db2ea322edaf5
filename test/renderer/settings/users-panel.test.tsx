import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { UsersPanel } from '../../../renderer/src/settings/users-panel';
import { useSession } from '../../../renderer/src/session.store';
import { fakeMain } from '../fake-main';
import { ACCOUNTS, signInAs, UNITS } from './office-accounts';

function officeMain(extra: Record<string, (input: Record<string, unknown>) => unknown> = {}) {
  return fakeMain({ 'users.list': () => Object.values(ACCOUNTS), 'units.list': () => UNITS, ...extra });
}

async function renderPanel() {
  render(
    <AppProviders>
      <UsersPanel />
    </AppProviders>,
  );
  await screen.findByText(ACCOUNTS.newcomer.username);
}

const row = (username: string) => screen.getByText(username).closest('tr')!;
const buttonsIn = (element: HTMLElement) => within(element).queryAllByRole('button').map((b) => b.textContent);

afterEach(() => {
  cleanup();
  useSession.setState({ phase: 'loading', session: null });
});

describe('the account list, as each of the three administrators sees it', () => {
  test('the system administrator creates and edits accounts but grants nothing and touches no password', async () => {
    signInAs(ACCOUNTS.sysadmin);
    officeMain();
    await renderPanel();
    expect(screen.getByTestId('users-duty').textContent).toContain('您负责建立账户');
    expect(screen.getByRole('button', { name: /新建用户/ })).toBeTruthy();
    expect(buttonsIn(row('liming'))).toEqual(['编辑']);
  });

  test('the security administrator grants, resets and releases, and creates nothing', async () => {
    signInAs(ACCOUNTS.secadmin);
    officeMain();
    await renderPanel();
    expect(screen.getByTestId('users-duty').textContent).toContain('您负责授予角色和数据范围');
    expect(screen.queryByRole('button', { name: /新建用户/ })).toBeNull();
    expect(buttonsIn(row('liming'))).toEqual(['授权', '重置密码', '解除锁定']);
  });

  test('the auditor reads the list with no actions at all', async () => {
    signInAs(ACCOUNTS.auditor);
    officeMain();
    await renderPanel();
    expect(screen.getByTestId('users-duty').textContent).toContain('只读');
    expect(screen.queryByRole('columnheader', { name: '操作' })).toBeNull();
    expect(screen.queryAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['刷新']);
    expect(row('qianbao').textContent).toContain('安全保密管理员');
  });

  test('a new account shows that it has no roles yet and a temporary password, and the reader’s own row is marked', async () => {
    signInAs(ACCOUNTS.auditor);
    officeMain();
    await renderPanel();
    expect(row('xinban').textContent).toContain('未授权');
    expect(row('xinban').textContent).toContain('临时密码');
    expect(row('zhaoshen').textContent).toContain('本人');
    expect(row('liming').textContent).not.toContain('本人');
  });

  test('once the office has a security administrator, the create form says roles come later and sends none', async () => {
    signInAs(ACCOUNTS.sysadmin);
    const main = officeMain({ 'users.create': (input) => ({ ...ACCOUNTS.newcomer, id: '00000000-0000-4000-8000-000000000009', ...input }) });
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /新建用户/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('roles-later').textContent).toContain('新账户建立时没有角色');
    expect(within(dialog).queryByLabelText('承办人')).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('用户名'), { target: { value: 'xinren' } });
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '新人' } });
    fireEvent.change(within(dialog).getByLabelText('初始密码'), { target: { value: 'Newbie2026' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '新建' }));
    await waitFor(() => expect(main.calls('users.create')).toHaveLength(1));
    expect(main.calls('users.create')[0]).toEqual({ username: 'xinren', displayName: '新人', password: 'Newbie2026', unitId: 1, roles: [] });
  });

  test('releasing a lock-out asks first, then names whose lock-out ended', async () => {
    signInAs(ACCOUNTS.secadmin);
    const main = officeMain({ 'users.releaseLockout': () => ({ done: true }) });
    await renderPanel();
    fireEvent.click(within(row('liming')).getByRole('button', { name: '解除锁定' }));
    const confirm = await screen.findByText('解除“李明”的登录锁定？');
    expect(main.calls('users.releaseLockout')).toEqual([]);
    fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: '解除锁定' }));
    await screen.findByText('已解除“李明”的登录锁定。');
    expect(main.calls('users.releaseLockout')).toEqual([{ id: ACCOUNTS.officer.id }]);
  });
});
