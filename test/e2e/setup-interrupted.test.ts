import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { launchApp, type AppHarness } from './harness';

/**
 * Setup left between showing the recovery key and typing it back (the window closed, the power
 * went): the next sign-in must finish that step before anything else.
 */

let h: AppHarness;

beforeAll(async () => {
  h = await launchApp();
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

test('an administrator who never typed the recovery key back is asked for it at the next sign-in', async () => {
  let page = h.page;
  await page.getByLabel('机关名称').fill('中共某县纪律检查委员会');
  await page.getByLabel('发文机关代字').fill('某纪');
  await page.getByLabel('最上级单位名称').fill('某县纪委监委');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('姓名').fill('张敏');
  await page.getByLabel('密码', { exact: true }).fill('Admin2026pass');
  await page.getByLabel('再次输入密码').fill('Admin2026pass');
  await page.getByRole('button', { name: '创建账户' }).click();
  const recoveryKey = (await page.getByTestId('recovery-key').innerText({ timeout: 15_000 })).trim();

  await h.restart();
  page = h.page;
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码', { exact: true }).fill('Admin2026pass');
  await page.getByRole('button', { name: '登录', exact: true }).click();

  await page.getByText('首次设置生成的恢复密钥尚未核对').waitFor({ timeout: 15_000 });
  await h.screenshot('recovery-pending');
  await page.getByLabel('恢复密钥').fill(recoveryKey.replaceAll('-', ' '));
  await page.getByRole('button', { name: '核对' }).click();
  await expect(page.getByTestId('signed-in-user').innerText({ timeout: 15_000 })).resolves.toBe('张敏');
  expect(h.problems).toEqual([]);
});
