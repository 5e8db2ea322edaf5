import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadDemoData, DEMO_PASSWORD, DEMO_USERS } from '../../main/demo/demo-data';
import type { Result } from '../../shared/errors';
import { launchApp, type AppHarness } from './harness';

/**
 * 三员分立 through the screens, on the real core and the demonstration office (which already has a
 * security administrator, so its duties are separated): the system administrator creates an account
 * with no roles, the security administrator grants it 承办人 and resets its password, the newcomer
 * must set their own password before seeing the 容错纠错 list, the auditor reads the accounts and
 * finds the grant in the trail, and the security administrator's attempt to grant themselves more
 * is refused on screen. The tests run in order on one data folder.
 */

const ADMIN = { username: 'admin', password: DEMO_PASSWORD };
const SECADMIN = { username: DEMO_USERS.secadmin.username, displayName: DEMO_USERS.secadmin.displayName, password: DEMO_PASSWORD };
const AUDITOR = { username: DEMO_USERS.auditor.username, displayName: DEMO_USERS.auditor.displayName, password: DEMO_PASSWORD };
const NEWCOMER = { username: 'xinban', displayName: '辛办', initialPassword: 'Xinban2026init', ownPassword: 'Xinban2026own' };
const TIMEOUT = { timeout: 20_000 };

let h: AppHarness;
let page: Page;
/** Shown once by the reset dialog, read off the screen as the security administrator would. */
let temporaryPassword = '';

async function api(channel: unknown, input: unknown): Promise<Result<unknown>> {
  // A string, not a function: the TypeScript loaders rename helpers inside serialized functions.
  return page.evaluate(`window.api.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`);
}

async function must<T>(channel: string, input: unknown): Promise<T> {
  const result = await api(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

beforeAll(async () => {
  h = await launchApp();
  page = h.page;
  await page.getByText('首次设置').waitFor(TIMEOUT);
  const demo = await loadDemoData(api);
  await must('auth.login', ADMIN);
  await must('setup.confirmRecovery', { recoveryKey: demo.recoveryKey });
  await must('auth.logout', {});
  await page.reload();
});

afterAll(async () => {
  await h?.close();
});

beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    const path = await h.screenshot(`failed-duties-${ctx.task.name}`).catch(() => '(no screenshot)');
    console.error(`screenshot: ${path}\n${h.problems.join('\n')}`);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button by its label; antd puts an icon's name first ("plus 新建用户"), so match the end. */
const button = (name: string, within: Page | Locator = page) => within.getByRole('button', { name: new RegExp(`(^|\\s)${escape(name)}$`) });
/** For screenshots only: lets a dialog finish sliding in, so the picture shows what the officer sees. */
const settle = () => page.waitForTimeout(400);
const modal = (title: string) => page.locator('.ant-modal').filter({ hasText: title });
const userRow = (username: string) => page.locator('.ant-table-row').filter({ has: page.getByRole('cell', { name: username, exact: true }) });
/** The form item a labelled control sits in: where main's refusal about that field is shown. */
const field = (within: Locator, label: string) => within.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: label }) });

async function signIn(username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await button('登录').click();
}

async function signOut() {
  await button('退出').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '退出', exact: true }).click();
  await button('登录').waitFor(TIMEOUT);
}

async function openUsers() {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('tab', { name: '用户' }).click();
  await userRow(ADMIN.username).waitFor(TIMEOUT);
}

describe('三员分立 on screen, in an office whose duties are separated', () => {
  test('the system administrator creates an account, which gets no roles, and the form says who grants them', async () => {
    await signIn(ADMIN.username, ADMIN.password);
    await openUsers();
    await expect(page.getByTestId('users-duty').innerText()).resolves.toContain('角色和数据范围由安全保密管理员授予');
    await expect(button('授权').count()).resolves.toBe(0);

    await button('新建用户').click();
    const form = modal('新建用户');
    await form.getByTestId('roles-later').waitFor(TIMEOUT);
    await expect(form.getByTestId('roles-later').innerText()).resolves.toContain('新账户建立时没有角色');
    await expect(form.getByLabel('承办人').count()).resolves.toBe(0);
    await form.getByLabel('用户名').fill(NEWCOMER.username);
    await form.getByLabel('姓名').fill(NEWCOMER.displayName);
    await form.getByLabel('初始密码').fill(NEWCOMER.initialPassword);
    await settle();
    await h.screenshot('duties-create-no-roles');
    await form.getByRole('button', { name: '新建', exact: true }).click();
    await form.waitFor({ state: 'hidden', ...TIMEOUT });

    const row = userRow(NEWCOMER.username);
    await row.waitFor(TIMEOUT);
    await expect(row.innerText()).resolves.toContain('未授权');
    await expect(row.innerText()).resolves.toContain('临时密码');
    await h.screenshot('duties-created');
    await signOut();
  });

  test('the security administrator grants it 承办人 with “unit and below”, explained in words', async () => {
    await signIn(SECADMIN.username, SECADMIN.password);
    await openUsers();
    await expect(button('新建用户').count()).resolves.toBe(0);

    await button('授权', userRow(NEWCOMER.username)).click();
    const grant = modal(`授权：${NEWCOMER.displayName}`);
    await grant.getByLabel('承办人').check();
    const scope = grant.getByRole('radio', { name: /^本单位及下级单位/ });
    await scope.check();
    await expect(field(grant, '数据范围').innerText()).resolves.toContain('青山县纪委监委机关及其所有下级单位的干部和案件');
    await settle();
    await h.screenshot('duties-grant');
    await button('保存', grant).click();
    await grant.waitFor({ state: 'hidden', ...TIMEOUT });

    const row = userRow(NEWCOMER.username);
    await expect.poll(() => row.innerText(), TIMEOUT).toContain('承办人');
    await expect(row.innerText()).resolves.toContain('本单位及下级单位');
  });

  test('the security administrator resets its password and is shown the temporary one once, to hand over in person', async () => {
    await button('重置密码', userRow(NEWCOMER.username)).click();
    const reset = modal(`重置密码：${NEWCOMER.displayName}`);
    await expect(reset.innerText()).resolves.toContain('原密码随即作废');
    await button('生成临时密码', reset).click();

    const shown = modal('临时密码已生成');
    const password = shown.getByTestId('temporary-password');
    await password.waitFor(TIMEOUT);
    temporaryPassword = (await password.innerText()).trim();
    expect(temporaryPassword).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(shown.innerText()).resolves.toContain(`请当面交给${NEWCOMER.displayName}本人`);
    await expect(shown.innerText()).resolves.toContain('临时密码只显示这一次');
    await settle();
    await h.screenshot('duties-temporary-password');
    await button('已记下，关闭', shown).click();
    await shown.waitFor({ state: 'hidden', ...TIMEOUT });
    await expect(page.getByText(temporaryPassword).count()).resolves.toBe(0);
  });

  test('the security administrator’s grant to themselves is refused with the reason, on the field', async () => {
    const own = userRow(SECADMIN.username);
    await expect(own.innerText()).resolves.toContain('本人');
    await button('授权', own).click();
    const grant = modal(`授权：${SECADMIN.displayName}`);
    await grant.getByLabel('承办人').check();
    await grant.getByRole('radio', { name: /^全机关/ }).check();
    await button('保存', grant).click();
    await field(grant, '角色').getByText('不能为自己授予角色、调整数据范围或重置密码').waitFor(TIMEOUT);
    await settle();
    await h.screenshot('duties-self-grant-refused');
    await button('取消', grant).click();
    await grant.waitFor({ state: 'hidden', ...TIMEOUT });
    await expect(own.innerText()).resolves.not.toContain('承办人');
    await signOut();
  });

  test('the newcomer signs in with the temporary password, must set their own first, then sees the 容错纠错 list', async () => {
    await signIn(NEWCOMER.username, temporaryPassword);
    await page.getByText('设置您自己的密码').waitFor(TIMEOUT);
    await expect(page.getByRole('menuitem').count()).resolves.toBe(0);
    await expect(page.getByTestId('must-change-rules').innerText()).resolves.toContain('与临时密码不同');
    await h.screenshot('duties-must-change-password');

    await page.getByLabel('临时密码').fill(temporaryPassword);
    await page.getByLabel('新密码', { exact: true }).fill(NEWCOMER.ownPassword);
    await page.getByLabel('再次输入新密码').fill(NEWCOMER.ownPassword);
    await button('设置密码并进入').click();

    await expect(page.getByTestId('signed-in-user').innerText(TIMEOUT)).resolves.toBe(NEWCOMER.displayName);
    await button('新建案件').waitFor(TIMEOUT);
    await expect.poll(() => page.locator('.ant-table-row').count(), TIMEOUT).toBeGreaterThan(0);
    await expect(page.getByRole('menuitem', { name: '容错纠错' }).getAttribute('class')).resolves.toContain('selected');
    await h.screenshot('duties-newcomer-list');
    await signOut();

    // Their own password from now on; the temporary one is gone.
    await signIn(NEWCOMER.username, temporaryPassword);
    await page.getByText('用户名或密码错误。').waitFor(TIMEOUT);
    await page.getByLabel('密码', { exact: true }).fill(NEWCOMER.ownPassword);
    await button('登录').click();
    await button('新建案件').waitFor(TIMEOUT);
    await expect(page.getByText('设置您自己的密码').count()).resolves.toBe(0);
    await signOut();
  });

  test('the auditor reads the accounts with no action offered, and finds the grant and the refused self-grant in the trail', async () => {
    await signIn(AUDITOR.username, AUDITOR.password);
    await openUsers();
    await expect(page.getByTestId('users-duty').innerText()).resolves.toContain('只读');
    const row = userRow(NEWCOMER.username);
    await expect(row.innerText()).resolves.toContain('承办人');
    await expect(page.getByRole('columnheader', { name: '操作' }).count()).resolves.toBe(0);
    for (const action of ['新建用户', '编辑', '授权', '重置密码', '解除锁定']) await expect(button(action).count(), action).resolves.toBe(0);
    await h.screenshot('duties-auditor-users');

    const users = await must<{ id: string; username: string }[]>('users.list', {});
    const newcomerId = users.find((u) => u.username === NEWCOMER.username)!.id;

    await page.getByRole('menuitem', { name: '安全审计' }).click();
    await page.locator('.qz-audit-table .ant-table-row').first().waitFor(TIMEOUT);
    await field(page.locator('.qz-audit-filters'), '操作').filter({ hasNotText: '操作人' }).locator('.ant-select').click();
    await page.keyboard.type('users.grant');
    await page.locator('.ant-select-dropdown').getByText('分配角色与数据范围 · users.grant').click();
    await button('查询').click();

    const rows = page.locator('.qz-audit-table .ant-table-row');
    const granted = rows.filter({ hasText: newcomerId });
    await granted.waitFor(TIMEOUT);
    await expect(granted.innerText()).resolves.toContain(SECADMIN.displayName);
    await expect(granted.innerText()).resolves.toContain('成功');
    const selfGrant = rows.filter({ hasText: '拒绝' });
    await expect(selfGrant.count()).resolves.toBe(1);
    await expect(selfGrant.innerText()).resolves.toContain(SECADMIN.displayName);
    await h.screenshot('duties-audit-grants');

    await granted.locator('td').nth(2).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '审计记录 第' });
    await drawer.getByText('users.grant').first().waitFor(TIMEOUT);
    const detail = await drawer.innerText();
    expect(detail).toContain('officer');
    expect(detail).toContain('subtree');
    await settle();
    await h.screenshot('duties-audit-grant-detail');
  });

  test('nothing went wrong in the page along the way', () => {
    expect(h.problems).toEqual([]);
  });
});
