import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../shared/ipc/users.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { UserCreateModal } from '../../../renderer/src/settings/user-create-modal';
import { UserEditModal } from '../../../renderer/src/settings/user-edit-modal';
import { UserGrantModal } from '../../../renderer/src/settings/user-grant-modal';
import { fakeMain, Refusal } from '../fake-main';
import { ACCOUNTS, UNITS } from './office-accounts';

afterEach(cleanup);

/** The antd form item a labelled control sits in: where a refusal on that field is shown. */
const fieldOf = (label: string) => screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;

function renderGrant(user: User, onSaved = vi.fn()) {
  render(
    <AppProviders>
      <UserGrantModal user={user} onClose={() => undefined} onSaved={onSaved} />
    </AppProviders>,
  );
  return onSaved;
}

describe('creating an account', () => {
  test('before the office has a security administrator, roles are chosen here and the form says until when', async () => {
    const main = fakeMain({ 'users.create': (input) => ({ ...ACCOUNTS.officer, ...input }) });
    render(
      <AppProviders>
        <UserCreateModal open units={UNITS} unitsLoading={false} rolesAllowed onClose={() => undefined} onCreated={() => undefined} />
      </AppProviders>,
    );
    expect(fieldOf('角色').textContent).toContain('设立安全保密管理员之后，角色和数据范围只能由安全保密管理员授予');
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'chenanbao' } });
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '陈安保' } });
    fireEvent.change(screen.getByLabelText('初始密码'), { target: { value: 'Secadmin2026' } });
    fireEvent.click(screen.getByLabelText('承办人'));
    fireEvent.click(screen.getByLabelText('安全保密管理员'));
    fireEvent.click(screen.getByRole('button', { name: '新建' }));
    await waitFor(() => expect(main.calls('users.create')).toHaveLength(1));
    expect(main.calls('users.create')[0]).toMatchObject({ username: 'chenanbao', roles: ['secadmin'] });
  });

  test('main’s DUTIES_SEPARATED, when a security administrator appeared meanwhile, is shown on the roles', async () => {
    fakeMain({ 'users.create': () => Promise.reject(new Refusal('DUTIES_SEPARATED', ['roles'])) });
    render(
      <AppProviders>
        <UserCreateModal open units={UNITS} unitsLoading={false} rolesAllowed onClose={() => undefined} onCreated={() => undefined} />
      </AppProviders>,
    );
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'zhoushenji' } });
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '周审计' } });
    fireEvent.change(screen.getByLabelText('初始密码'), { target: { value: 'Auditor2026' } });
    fireEvent.click(screen.getByRole('button', { name: '新建' }));
    await waitFor(() => expect(fieldOf('角色').textContent).toContain('本机关已设安全保密管理员：角色和数据范围由安全保密管理员授予'));
    // On the field only, not repeated in an alert above the buttons.
    expect(document.querySelector('.ant-alert-error')).toBeNull();
  });
});

describe('editing an account', () => {
  test('disabling the last security administrator is refused on the “account active” switch', async () => {
    fakeMain({ 'users.update': () => Promise.reject(new Refusal('LAST_DUTY_HOLDER', ['active'], { role: 'secadmin' })) });
    render(
      <AppProviders>
        <UserEditModal user={ACCOUNTS.secadmin} units={UNITS} unitsLoading={false} onClose={() => undefined} onSaved={() => undefined} />
      </AppProviders>,
    );
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('姓名').value).toBe('钱保密'));
    fireEvent.click(screen.getByLabelText('账户启用'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(fieldOf('账户启用').textContent).toContain('不能停用或撤销最后一名'));
  });
});

describe('granting roles and data scope', () => {
  test('each data scope is explained in words, naming the person’s unit', async () => {
    fakeMain({});
    renderGrant(ACCOUNTS.newcomer);
    const scopes = screen.getAllByRole('radio').map((radio) => radio.closest('label')!.textContent);
    expect(scopes).toEqual([
      '本单位只看到第一监督检查室本身的干部和案件。',
      '本单位及下级单位看到第一监督检查室及其所有下级单位的干部和案件。',
      '全机关看到全机关所有单位的干部和案件。',
    ]);
    expect(fieldOf('数据范围').textContent).toContain('三员角色本身看不到案件内容');
  });

  test('gives a new account a case role and a scope, and sends both', async () => {
    const main = fakeMain({ 'users.grant': (input) => ({ ...ACCOUNTS.newcomer, ...input }) });
    const onSaved = renderGrant(ACCOUNTS.newcomer);
    fireEvent.click(screen.getByLabelText('承办人'));
    fireEvent.click(screen.getByRole('radio', { name: /^全机关/ }));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(main.calls('users.grant')).toEqual([{ id: ACCOUNTS.newcomer.id, roles: ['officer'], dataScope: 'office' }]);
  });

  test.each([
    ['SELF_GRANT', '不能为自己授予角色'],
    ['LAST_DUTY_HOLDER', '都须保留至少一名启用的人员'],
    ['LAST_ADMIN', '不能停用或撤销最后一名系统管理员'],
  ] as const)('main’s %s is shown under the roles, not in a corner', async (code, words) => {
    fakeMain({ 'users.grant': () => Promise.reject(new Refusal(code, ['roles'])) });
    const onSaved = renderGrant(ACCOUNTS.secadmin);
    fireEvent.click(screen.getByLabelText('承办人'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(fieldOf('角色').textContent).toContain(words));
    expect(fieldOf('数据范围').textContent).not.toContain(words);
    expect(onSaved).not.toHaveBeenCalled();
  });

  test('two of the three administrative roles are refused before anything reaches main', async () => {
    const main = fakeMain({});
    renderGrant(ACCOUNTS.auditor);
    fireEvent.click(screen.getByLabelText('系统管理员'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(fieldOf('角色').textContent).toContain('三个角色不能由同一人兼任'));
    expect(main.invoke).not.toHaveBeenCalled();
    expect(within(fieldOf('角色')).getByLabelText<HTMLInputElement>('安全审计员').checked).toBe(true);
  });
});
