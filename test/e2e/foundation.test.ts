import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppHarness } from './harness';

/**
 * The user's path through the real core and a real encrypted database: first-run setup, a second
 * account, sign-out and sign-in, idle lock over a half-filled form, a wrong password, a restart,
 * lock-out and the forgotten-password path. The tests run in order and share one data folder.
 */

const ADMIN = { username: 'admin', displayName: '王建国', password: 'Admin2026pass' };
const OFFICER = { username: 'lixiao', displayName: '李晓', password: 'Officer2026pw' };
const TIMEOUT = { timeout: 15_000 };

let h: AppHarness;
let page: Page;
let recoveryKey = '';

beforeAll(async () => {
  h = await launchApp({ clock: true });
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    const path = await h.screenshot(`failed-${ctx.task.name}`).catch(() => '(no screenshot)');
    console.error(`screenshot: ${path}\n${h.problems.join('\n')}`);
  });
});

/** A button by its label; antd puts the icon's name first ("plus 新建用户"), so match the end. */
const button = (name: string) => page.getByRole('button', { name: new RegExp(`(^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

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

describe('an office sets Qingzheng up and its officers sign in', () => {
  test('first run walks through office, first administrator and a recovery key that must be typed back', async () => {
    await page.getByText('首次设置').waitFor(TIMEOUT);
    await page.getByLabel('机关名称').fill('中共绵阳市纪律检查委员会');
    await page.getByLabel('发文机关代字').fill('绵纪');
    await page.getByText(`绵纪〔${new Date().getFullYear()}〕12号`).waitFor(TIMEOUT);
    await page.getByLabel('最上级单位名称').fill('绵阳市纪委监委');
    await button('下一步').click();

    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('姓名').fill(ADMIN.displayName);
    await page.getByLabel('密码', { exact: true }).fill('short1');
    await page.getByLabel('再次输入密码').fill('short2');
    await button('创建账户').click();
    await page.getByText('密码不符合要求').waitFor(TIMEOUT);
    await page.getByText('两次输入的密码不一致。').waitFor(TIMEOUT);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('再次输入密码').fill(ADMIN.password);
    await button('创建账户').click();

    const keyBlock = page.getByTestId('recovery-key');
    await keyBlock.waitFor(TIMEOUT);
    recoveryKey = (await keyBlock.innerText()).trim();
    expect(recoveryKey.length).toBeGreaterThan(20);
    await page.getByText('恢复密钥只显示这一次').waitFor();
    await h.screenshot('setup-recovery-key');
    await page.emulateMedia({ media: 'print' });
    await h.screenshot('setup-recovery-key-print');
    await page.emulateMedia({ media: 'screen' });

    await button('我已抄写或打印，下一步').click();
    await page.getByLabel('恢复密钥').fill('AAAA-BBBB-CCCC');
    await button('核对').click();
    await page.getByText('恢复密钥不正确。').waitFor(TIMEOUT);
    await page.getByLabel('恢复密钥').fill(recoveryKey);
    await button('核对').click();

    await page.getByText('设置完成').waitFor(TIMEOUT);
    await button('进入系统').click();
    await expect(page.getByTestId('signed-in-user').innerText(TIMEOUT)).resolves.toBe(ADMIN.displayName);
    await h.screenshot('frame-admin');
  });

  test('the administrator adds a sub-unit, a case officer, and sets the idle lock to one minute', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();

    await page.getByRole('tab', { name: '单位' }).click();
    await page.locator('.ant-tree').getByText('绵阳市纪委监委').click();
    await page.getByLabel('下级单位名称').fill('第一监督检查室');
    await button('添加下级单位').click();
    await page.locator('.ant-tree').getByText('第一监督检查室').waitFor(TIMEOUT);
    await h.screenshot('settings-units');

    await page.getByRole('tab', { name: '用户' }).click();
    await page.locator('.ant-table').getByText(ADMIN.username).waitFor(TIMEOUT);
    await button('新建用户').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '新建用户' });
    await modal.getByLabel('用户名').fill(OFFICER.username);
    await modal.getByLabel('姓名').fill(OFFICER.displayName);
    await modal.getByLabel('初始密码').fill(OFFICER.password);
    await modal.getByLabel('所属单位').click();
    await page.locator('.ant-select-tree').getByText('第一监督检查室').click();
    await expect(modal.getByLabel('承办人').isChecked()).resolves.toBe(true);
    // Two of the three administrative roles at once is refused before it reaches main.
    await modal.getByLabel('系统管理员').check();
    await modal.getByLabel('安全审计员').check();
    await modal.getByRole('button', { name: '新建', exact: true }).click();
    await modal.getByText('三个角色不能由同一人兼任').waitFor(TIMEOUT);
    await modal.getByLabel('系统管理员').uncheck();
    await modal.getByLabel('安全审计员').uncheck();
    await h.screenshot('users-create-modal');
    await modal.getByRole('button', { name: '新建', exact: true }).click();
    const row = page.locator('.ant-table-row').filter({ hasText: OFFICER.username });
    await row.waitFor(TIMEOUT);
    await modal.waitFor({ state: 'hidden', ...TIMEOUT });
    await expect(row.innerText()).resolves.toContain('承办人');
    await expect(row.innerText()).resolves.toContain('第一监督检查室');
    await h.screenshot('users-table');

    await page.getByRole('tab', { name: '常规' }).click();
    const minutes = page.getByLabel('无操作锁定时间（分钟）');
    await expect(minutes.inputValue(TIMEOUT)).resolves.not.toBe('');
    await minutes.fill('1');
    await page.locator('.ant-card').filter({ hasText: '自动锁定' }).getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存。').waitFor(TIMEOUT);
    await h.screenshot('settings-general');
  });

  test('a wrong password is refused with the message in Chinese', async () => {
    await signOut();
    await signIn(OFFICER.username, 'NotThePassword1');
    await page.getByText('用户名或密码错误。').waitFor(TIMEOUT);
    await h.screenshot('login-wrong-password');
  });

  test('the case officer signs in and sees the case areas but no administration', async () => {
    await page.getByLabel('密码', { exact: true }).fill(OFFICER.password);
    await button('登录').click();
    await expect(page.getByTestId('signed-in-user').innerText(TIMEOUT)).resolves.toBe(OFFICER.displayName);
    for (const area of ['容错纠错', '澄清正名', '统计', '设置']) {
      await expect(page.getByRole('menuitem', { name: area }).isVisible()).resolves.toBe(true);
    }
    // An officer lands on the 容错纠错 list, from which a case is opened.
    await button('新建案件').waitFor(TIMEOUT);
    await h.screenshot('frame-officer');
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '修改密码' }).waitFor(TIMEOUT);
    await expect(page.getByRole('tab', { name: '用户' }).count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: '常规' }).count()).resolves.toBe(0);
  });

  test('after a minute without activity the screen locks, and unlocking keeps the half-filled form', async () => {
    await page.getByLabel('当前密码').fill(OFFICER.password);
    await page.getByLabel('新密码', { exact: true }).fill('HalfTyped');

    await page.clock.fastForward('01:10');
    const overlay = page.getByRole('dialog', { name: /系统已锁定/ });
    await overlay.waitFor(TIMEOUT);
    const status = await page.evaluate("window.api.invoke('app.status', {})");
    expect(status).toMatchObject({ ok: true, value: { locked: true } });
    await h.screenshot('lock-overlay');

    await overlay.getByLabel('密码').fill('WrongPassword9');
    await overlay.getByRole('button', { name: '解锁' }).click();
    await overlay.getByText('用户名或密码错误。').waitFor(TIMEOUT);
    await overlay.getByLabel('密码').fill(OFFICER.password);
    await overlay.getByRole('button', { name: '解锁' }).click();
    await overlay.waitFor({ state: 'detached', ...TIMEOUT });

    await expect(page.getByLabel('当前密码').inputValue()).resolves.toBe(OFFICER.password);
    await expect(page.getByLabel('新密码', { exact: true }).inputValue()).resolves.toBe('HalfTyped');
  });

  test('after a restart the login screen appears, not setup', async () => {
    await h.restart();
    page = h.page;
    await page.getByRole('button', { name: '登录', exact: true }).waitFor(TIMEOUT);
    await expect(page.getByText('首次设置').count()).resolves.toBe(0);
    await h.screenshot('login-after-restart');
  });

  test('repeated wrong passwords make the user wait, shown as a countdown', async () => {
    const countdown = page.getByText(/请在 \d+ 秒后重试/);
    for (let attempt = 1; attempt <= 8 && !(await countdown.isVisible()); attempt++) {
      await signIn(ADMIN.username, `Wrong${attempt}password`);
      await page.locator('.qz-form-alert').waitFor(TIMEOUT);
    }
    await countdown.waitFor(TIMEOUT);
    await expect(button('登录').isDisabled()).resolves.toBe(true);
    await h.screenshot('login-locked-out');
  });

  test('a forgotten password is reset with the recovery key, which also lifts the wait', async () => {
    await page.getByRole('button', { name: '忘记密码？' }).click();
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('恢复密钥').fill(recoveryKey.toLowerCase());
    await page.getByLabel('新密码', { exact: true }).fill('Renewed2026pw');
    await page.getByLabel('再次输入新密码').fill('Renewed2026pw');
    await h.screenshot('recover-form');
    await button('重设密码').click();
    await page.getByText('密码已重设，请用新密码登录。').waitFor(TIMEOUT);
    await button('返回登录').click();
    await signIn(ADMIN.username, 'Renewed2026pw');
    await expect(page.getByTestId('signed-in-user').innerText(TIMEOUT)).resolves.toBe(ADMIN.displayName);
  });

  test('the screens switch to English and back, and the choice survives a restart', async () => {
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('menuitem', { name: 'Settings' }).waitFor(TIMEOUT);
    await h.screenshot('frame-english');
    await h.restart();
    page = h.page;
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor(TIMEOUT);
    await h.screenshot('login-english');
    await page.getByText('中文', { exact: true }).first().click();
    await page.getByRole('button', { name: '登录', exact: true }).waitFor(TIMEOUT);
  });

  test('nothing went wrong in the page along the way', () => {
    expect(h.problems).toEqual([]);
  });
});
