import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadDemoData, DEMO_PASSWORD, DEMO_USERS } from '../../main/demo/demo-data';
import type { Result } from '../../shared/errors';
import { launchApp, type AppHarness } from './harness';

/**
 * Trust, through the screens on the real core and an encrypted database holding the demonstration
 * office: the system administrator backs up to a typed folder and restores it, the security auditor
 * verifies the audit chain and finds the refused entries, and a database damaged while signed out is
 * explained at sign-in and restored from the latest backup. The tests run in order on one data folder.
 */

const ADMIN = { username: 'admin', password: DEMO_PASSWORD };
const AUDITOR = { username: DEMO_USERS.auditor.username, displayName: DEMO_USERS.auditor.displayName, password: DEMO_PASSWORD };
const OFFICER = { username: DEMO_USERS.officer.username, password: DEMO_PASSWORD };
const LATER = { username: 'houlai', displayName: '后来者' };
const TIMEOUT = { timeout: 20_000 };

let h: AppHarness;
let page: Page;
let drive: string;
let backupFolder = '';

/** Straight to the core, as the preload would: for data the screens under test do not make. */
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
  drive = mkdtempSync(join(tmpdir(), 'qz-e2e-drive-'));
  h = await launchApp();
  page = h.page;
  await page.getByText('首次设置').waitFor(TIMEOUT);
  const demo = await loadDemoData(api);
  // The demonstration office is set up like a real one: its administrator types the recovery key back once.
  await must('auth.login', ADMIN);
  await must('setup.confirmRecovery', { recoveryKey: demo.recoveryKey });
  await must('auth.logout', {});
  await page.reload();
});

afterAll(async () => {
  await h?.close();
  rmSync(drive, { recursive: true, force: true });
});

beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    const path = await h.screenshot(`failed-trust-${ctx.task.name}`).catch(() => '(no screenshot)');
    console.error(`screenshot: ${path}\n${h.problems.join('\n')}`);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button by its label; antd puts an icon's name first ("safety-certificate 核验备份"), so match the end. */
const button = (name: string, within: Page | Locator = page) => within.getByRole('button', { name: new RegExp(`(^|\\s)${escape(name)}$`) });

/** For screenshots only: lets a drawer or dialog finish sliding in, so the picture shows what the officer sees. */
const settle = () => page.waitForTimeout(400);

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

async function usersTable(): Promise<string> {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('tab', { name: '用户' }).click();
  const table = page.locator('.ant-table').filter({ has: page.locator('.ant-table-row').filter({ hasText: ADMIN.username }) });
  await table.waitFor(TIMEOUT);
  return table.innerText();
}

describe('the system administrator backs the office up and restores it', () => {
  test('a computer never backed up shows the administrator a reminder that leads to the backup tab', async () => {
    await signIn(ADMIN.username, ADMIN.password);
    const banner = page.getByTestId('backup-reminder');
    await banner.getByText('本机数据还没有备份过').waitFor(TIMEOUT);
    await h.screenshot('trust-reminder-banner');
    await button('立即备份', banner).click();
    await page.getByRole('tab', { name: '备份与恢复', selected: true }).waitFor(TIMEOUT);
    await expect(page.getByTestId('last-backup').innerText(TIMEOUT)).resolves.toContain('从未备份');
  });

  test('backs up to a typed folder, shows where, how big and how many files, and the reminder goes away', async () => {
    await page.getByLabel('备份到').fill(drive);
    await button('立即备份', page.locator('.ant-card').filter({ hasText: '立即备份' })).click();
    await page.getByText('备份完成').waitFor(TIMEOUT);
    backupFolder = (await page.getByTestId('backup-folder').innerText()).trim();
    expect(backupFolder.startsWith(drive)).toBe(true);
    expect(existsSync(join(backupFolder, 'manifest.json'))).toBe(true);
    const result = await page.locator('.qz-backup-result').innerText();
    expect(result).toMatch(/文件数\s*\d+/);
    expect(result).toMatch(/审计链末条\s*第 \d+ 条/);
    await page.getByTestId('backup-reminder').waitFor({ state: 'detached', ...TIMEOUT });
    await expect(page.getByTestId('last-backup').innerText()).resolves.toContain('今天');
    await h.screenshot('trust-backup-done');
  });

  test('restores the backup after a change: inspect, the password of then, the preview, confirm, and the earlier state after signing in again', async () => {
    const { session } = await must<{ session: { unitId: number } }>('app.status', {});
    await must('users.create', { username: LATER.username, displayName: LATER.displayName, password: 'Later2026pass', unitId: session.unitId });
    // Made behind the screens' back: reload, as the session in main carries on, so the user list reads it.
    await page.reload();
    await expect(usersTable()).resolves.toContain(LATER.username);

    await page.getByRole('tab', { name: '备份与恢复' }).click();
    const restore = page.locator('.ant-card').filter({ hasText: '从备份恢复' });
    await restore.getByLabel('备份所在文件夹').fill(backupFolder);
    await button('检查备份', restore).click();
    const inspection = page.getByTestId('backup-inspection');
    await inspection.waitFor(TIMEOUT);
    await expect(inspection.innerText()).resolves.toContain('本机这套清正');
    await expect(inspection.innerText()).resolves.toContain('青纪');

    await restore.getByLabel('制作该备份时您的密码').fill('NotThePassword1');
    await button('核验备份', restore).click();
    await restore.getByText('制作这份备份时您所用的密码').waitFor(TIMEOUT);
    await restore.getByLabel('制作该备份时您的密码').fill(ADMIN.password);
    await button('核验备份', restore).click();

    const preview = page.getByTestId('restore-preview');
    await preview.waitFor(TIMEOUT);
    const text = await preview.innerText();
    expect(text).toContain('青山县纪委监委（青纪）');
    expect(text).toContain('王管理');
    expect(text).toMatch(/案件\s*[1-9]\d*/);
    await h.screenshot('trust-restore-preview');

    await button('确认恢复', preview).click();
    const done = page.locator('.ant-modal').filter({ hasText: '恢复完成' });
    await done.getByText(/恢复完成，原有数据保存在 .*replaced-.*，请重新登录/).waitFor(TIMEOUT);
    await button('登录').waitFor(TIMEOUT);
    await settle();
    await h.screenshot('trust-restore-done');
    await button('重新登录', done).click();
    await done.waitFor({ state: 'detached', ...TIMEOUT });

    await signIn(ADMIN.username, ADMIN.password);
    await page.getByTestId('signed-in-user').waitFor(TIMEOUT);
    await expect(usersTable()).resolves.not.toContain(LATER.username);
    await signOut();
  });
});

describe('the security auditor checks the trail', () => {
  test('verifies the chain: intact, with the number of entries checked and the head hash', async () => {
    // A refusal for the trail to show: a wrong password is recorded as a refused sign-in.
    await signIn(OFFICER.username, 'WrongPassword9');
    await page.locator('.qz-form-alert').waitFor(TIMEOUT);

    await signIn(AUDITOR.username, AUDITOR.password);
    await expect(page.getByTestId('signed-in-user').innerText(TIMEOUT)).resolves.toBe(AUDITOR.displayName);
    await expect(page.getByRole('menuitem', { name: '容错纠错' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('backup-reminder').count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: '安全审计' }).click();
    await page.locator('.qz-audit-table .ant-table-row').first().waitFor(TIMEOUT);

    await button('核验审计链').click();
    const verdict = page.getByTestId('chain-verdict');
    await verdict.getByText('审计链完整').waitFor(TIMEOUT);
    const checked = Number(await verdict.getByTestId('verified-entries').innerText());
    const { total } = await must<{ total: number }>('audit.list', { page: 1, pageSize: 1 });
    // The list was read before verifying and the verification is read-only: the same entries.
    expect(checked).toBeGreaterThan(100);
    expect(checked).toBeLessThanOrEqual(total);
    await expect(verdict.innerText()).resolves.toMatch(/链尾哈希\s*[0-9a-f]{64}/);
    await h.screenshot('trust-audit-verified');
  });

  test('filters the trail to the refused entries, opens one, and exports them with the head hash', async () => {
    await page.locator('.qz-audit-filters .ant-form-item').filter({ hasText: '结果' }).locator('.ant-select').click();
    await page.locator('.ant-select-dropdown').getByText('拒绝', { exact: true }).click();
    await button('查询').click();
    await page.locator('.qz-audit-table').getByText('登录失败').first().waitFor(TIMEOUT);
    const rows = page.locator('.qz-audit-table .ant-table-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(rows.nth(i).innerText()).resolves.toContain('拒绝');
    await expect(page.locator('.qz-audit-table .ant-table-row').filter({ hasText: '成功' }).count()).resolves.toBe(0);
    await h.screenshot('trust-audit-refused');

    await rows.filter({ hasText: '登录失败' }).first().locator('td').nth(2).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '审计记录 第' });
    await drawer.getByText('auth.failed').waitFor(TIMEOUT);
    await settle();
    await h.screenshot('trust-audit-detail');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden', ...TIMEOUT });

    const file = join(drive, '拒绝的操作.xlsx');
    await button('导出查询结果').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '导出审计记录' });
    await modal.getByLabel('保存为').fill(file);
    await button('导出', modal).click();
    const written = modal.getByTestId('audit-file-written');
    await written.waitFor(TIMEOUT);
    expect(existsSync(file)).toBe(true);
    await expect(modal.getByTestId('export-head-hash').innerText()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await h.screenshot('trust-audit-exported');
    await button('关闭', modal.locator('.ant-modal-footer')).click();

    await page.getByRole('tab', { name: '保存期限与归档' }).click();
    await expect(page.getByLabel('审计记录保存期限（天）').inputValue(TIMEOUT)).resolves.toBe('365');
    await expect(page.getByTestId('archivable').innerText()).resolves.toBe('0 条');
    await h.screenshot('trust-audit-retention');

    await page.getByRole('tab', { name: '核验导出文件' }).click();
    await page.getByLabel('文件路径').fill(file);
    await button('核验文件').click();
    await page.getByText('文件完好').waitFor(TIMEOUT);
    await h.screenshot('trust-audit-file-checked');

    // The same screen in English: every word from the catalog, nothing left in Chinese but the data.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    await page.getByRole('button', { name: /Verify the audit chain$/ }).waitFor(TIMEOUT);
    await expect(page.locator('.qz-audit-table').innerText()).resolves.toContain('Failed sign-in');
    await h.screenshot('trust-audit-english');
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('tab', { name: '审计记录' }).waitFor(TIMEOUT);
    await signOut();
  });
});

describe('a database damaged while signed out', () => {
  test('is explained plainly at sign-in, with the latest backup offered and restored from the login screen', async () => {
    const db = join(h.dataDir, 'qingzheng.db');
    const bytes = readFileSync(db);
    const middle = Math.floor(bytes.length / 2);
    for (let i = 0; i < 64; i++) bytes[middle + i] ^= 0xff;
    writeFileSync(db, bytes);

    await signIn(ADMIN.username, ADMIN.password);
    const damaged = page.getByTestId('damaged-data');
    await damaged.getByText('本机数据无法打开').waitFor(TIMEOUT);
    await expect(damaged.innerText()).resolves.toContain('没有打开这些数据，也没有改动它们');
    await h.screenshot('trust-damaged-login');

    await button('从最近的备份恢复').click();
    await expect(page.getByTestId('latest-backup').innerText(TIMEOUT)).resolves.toContain(backupFolder);
    await expect(page.getByLabel('备份所在文件夹').inputValue()).resolves.toBe(backupFolder);
    await button('检查备份').click();
    await page.getByTestId('backup-inspection').waitFor(TIMEOUT);
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('制作该备份时您的密码').fill(ADMIN.password);
    await h.screenshot('trust-restore-at-start');
    await button('核验备份').click();
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor(TIMEOUT);
    await button('确认恢复', preview).click();
    await page.getByText(/恢复完成，原有数据保存在 .*replaced-.*，请重新登录/).waitFor(TIMEOUT);
    await h.screenshot('trust-restore-at-start-done');
    await button('重新登录').click();

    await expect(page.getByLabel('用户名').inputValue(TIMEOUT)).resolves.toBe(ADMIN.username);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await button('登录').click();
    await page.getByTestId('signed-in-user').waitFor(TIMEOUT);
    await expect(usersTable()).resolves.not.toContain(LATER.username);
    expect(h.problems).toEqual([]);
  });
});
