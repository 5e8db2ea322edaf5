import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadDemoData, DEMO_OFFICE, DEMO_PASSWORD, DEMO_USERS } from '../../main/demo/demo-data';
import type { Result } from '../../shared/errors';
import { makePdfHost, type PdfHost } from '../support/pdf-host';
import { pdfFile, pngFile } from '../main/files/evidence-files';
import { launchApp, type AppHarness } from './harness';

/**
 * Case files through the screens, on the real core and encrypted databases of two installations.
 * In the demonstration office (青山县) an officer issues the ruling of a closed case with its number,
 * adds evidence by drag and drop and by path, views and removes some, exports the case file as PDF
 * (printed by Chromium as the app prints it) and the ledger of the filtered list, and seals the case
 * in a package; a second office imports it after a wrong passphrase is refused, and sees the case
 * with its origin. The system administrator then edits the ruling's template. Tests run in order.
 */

const OFFICER = { username: DEMO_USERS.officer.username, displayName: DEMO_USERS.officer.displayName, password: DEMO_PASSWORD };
const ADMIN = { username: 'admin', password: DEMO_PASSWORD };
const OTHER_OFFICE = { officeName: '涪城区纪委监委', officeCode: '涪纪', unitName: '涪城区纪委监委机关' };
const OTHER_ADMIN = { username: 'admin', displayName: '周管理', password: 'Fucheng2026admin' };
const OTHER_OFFICER = { username: 'zhangban', displayName: '张办理', password: 'Fucheng2026pw' };
const PASSPHRASE = '移交口令Fucheng2026';
const CADRE = '赵立新';
const TIMEOUT = { timeout: 30_000 };

let pdfHost: PdfHost;
let h: AppHarness;
let h2: AppHarness;
let page: Page;
let drive: string;
let caseNumber = '';
let rulingNumber = '';
let packagePath = '';

const call = (p: Page) => (channel: unknown, input: unknown): Promise<Result<unknown>> =>
  // A string, not a function: the TypeScript loaders rename helpers inside serialized functions.
  p.evaluate(`window.api.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`);

async function must<T>(p: Page, channel: string, input: unknown): Promise<T> {
  const result = await call(p)(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

beforeAll(async () => {
  drive = mkdtempSync(join(tmpdir(), 'qz-e2e-files-'));
  pdfHost = makePdfHost();
  h = await launchApp({ host: pdfHost });
  page = h.page;
  await page.getByText('首次设置').waitFor(TIMEOUT);
  const demo = await loadDemoData(call(page));
  await must(page, 'auth.login', ADMIN);
  await must(page, 'setup.confirmRecovery', { recoveryKey: demo.recoveryKey });
  await must(page, 'auth.logout', {});
  await page.reload();
});

afterAll(async () => {
  await h?.close();
  await h2?.close();
  await pdfHost?.close();
  rmSync(drive, { recursive: true, force: true });
});

beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    for (const [name, harness] of [
      ['a', h],
      ['b', h2],
    ] as const) {
      if (!harness) continue;
      const path = await harness.screenshot(`failed-files-${name}-${ctx.task.name}`).catch(() => '(no screenshot)');
      console.error(`screenshot: ${path}\n${harness.problems.join('\n')}`);
    }
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button by its label; antd puts an icon's name first ("plus 制作"), so match the end. */
const button = (name: string, within: Page | Locator = page) => within.getByRole('button', { name: new RegExp(`(^|\\s)${escape(name)}$`) });
const modal = (title: string, p: Page = page) => p.locator('.ant-modal').filter({ hasText: title });
/** For screenshots only: lets a dialog finish opening, so the picture shows what the officer sees. */
const settle = (p: Page = page) => p.waitForTimeout(400);

async function signIn(p: Page, who: { username: string; password: string; displayName?: string }) {
  await p.getByLabel('用户名').fill(who.username);
  await p.getByLabel('密码', { exact: true }).fill(who.password);
  await button('登录', p).click();
  await p.getByTestId('signed-in-user').waitFor(TIMEOUT);
}

async function signOut(p: Page) {
  await button('退出', p).click();
  await p.locator('.ant-popconfirm').getByRole('button', { name: '退出', exact: true }).click();
  await button('登录', p).waitFor(TIMEOUT);
}

async function openCase(cadre: string) {
  await page.getByRole('menuitem', { name: '容错纠错' }).click();
  await page.locator('.ant-table-row').filter({ hasText: cadre }).click();
  await page.getByTestId('documents-panel').waitFor(TIMEOUT);
  caseNumber = (await page.getByTestId('case-number').innerText()).trim();
}

/** Drops files on the evidence panel as the desktop does: File objects in a DataTransfer, bytes only. */
async function dropFiles(files: { name: string; type: string; bytes: Buffer }[]) {
  const payload = JSON.stringify(files.map((f) => ({ name: f.name, type: f.type, data: f.bytes.toString('base64') })));
  const transfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer();
    for (const f of ${payload}) {
      const bin = atob(f.data);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return transfer;
  })()`);
  const zone = page.getByTestId('attachment-drop');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

const attachmentRow = (name: string) => page.getByTestId('attachments-panel').locator('.ant-table-row').filter({ hasText: name });

describe('the officer issues documents and hands the case file on', () => {
  test('issues the ruling (认定意见书) of a closed case, supplying what the case does not record, and sees its number at once and in the history', async () => {
    await signIn(page, OFFICER);
    await openCase(CADRE);
    const kind = page.locator('[data-kind="ftRulingOpinion"]');
    await expect(kind.innerText()).resolves.toContain('需补充 1 项');
    await page.getByTestId('generate-ftRulingOpinion').click();
    const dialog = modal('制作：容错纠错认定意见书');
    await dialog.getByLabel('组织部门').fill('中共青山县委组织部');
    await settle();
    await h.screenshot('files-generate-ruling');
    await dialog.getByTestId('document-generate-ok').click();
    const issued = dialog.getByTestId('issued-number');
    await issued.waitFor(TIMEOUT);
    rulingNumber = (await issued.innerText()).replace('文号：', '').trim();
    expect(rulingNumber).toMatch(/^青纪.+〔\d{4}〕\d+号$/);
    await h.screenshot('files-ruling-issued');
    await button('关闭', dialog.locator('.ant-modal-footer')).click();

    const issuedRow = page.getByTestId('documents-panel').locator('.ant-table-row').filter({ hasText: rulingNumber });
    await issuedRow.waitFor(TIMEOUT);
    await expect(issuedRow.innerText()).resolves.toContain('第 1 版');
    const history = page.locator('.qz-case-timeline');
    await history.getByText(`（${rulingNumber}）`).waitFor(TIMEOUT);
    await expect(history.innerText()).resolves.toContain('制作文书');
    await expect(page.locator('[data-kind="ftRulingOpinion"]').innerText()).resolves.toContain('已制作 1 份');

    await button('查看', issuedRow).click();
    const text = page.getByTestId('document-text');
    await text.waitFor(TIMEOUT);
    await expect(text.innerText()).resolves.toContain(rulingNumber);
    await settle();
    await h.screenshot('files-ruling-text');
    await page.keyboard.press('Escape');
    await text.waitFor({ state: 'hidden', ...TIMEOUT });
  });

  test('adds evidence by drag and drop in chunks and by a typed path, views a scan inside the app, and removes one with a reason that stays in sight', async () => {
    // Larger than one 4 MiB chunk, so the upload goes in pieces.
    const bigScan = Buffer.concat([await pdfFile(1, 'big scan'), Buffer.from('\n%'), Buffer.from(randomBytes(3 * 1024 * 1024).toString('base64'))]);
    await dropFiles([
      { name: '现场照片.png', type: 'image/png', bytes: pngFile(320, 200) },
      { name: '误传的扫描件.pdf', type: 'application/pdf', bytes: bigScan },
    ]);
    await attachmentRow('现场照片.png').waitFor(TIMEOUT);
    await attachmentRow('误传的扫描件.pdf').waitFor(TIMEOUT);
    await expect(attachmentRow('现场照片.png').innerText()).resolves.toContain(OFFICER.displayName);
    await expect(attachmentRow('误传的扫描件.pdf').innerText()).resolves.toMatch(/4\.0 MB/);

    // No dialog in the browser: the panel asks for the file's path instead.
    const notes = join(drive, '谈话笔录.pdf');
    writeFileSync(notes, await pdfFile(2, 'interview'));
    await page.getByTestId('attachment-add').click();
    await page.getByTestId('typed-path').fill(notes);
    await page.getByTestId('attachment-add').click();
    await attachmentRow('谈话笔录.pdf').waitFor(TIMEOUT);

    await button('查看', attachmentRow('现场照片.png')).click();
    const image = page.getByTestId('attachment-viewer').locator('img');
    await image.waitFor(TIMEOUT);
    await expect(image.getAttribute('src')).resolves.toMatch(/^blob:/);
    // Only a picture the page was allowed to load has a width: the CSP lets blob: images through.
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth), TIMEOUT).toBe(320);
    await settle();
    await h.screenshot('files-evidence-viewer');
    await page.keyboard.press('Escape');
    await image.waitFor({ state: 'detached', ...TIMEOUT });

    await button('删除', attachmentRow('误传的扫描件.pdf')).click();
    const removal = modal('删除证据材料');
    await removal.getByLabel('删除理由').fill('误传，与本案无关');
    await button('删除', removal).click();
    const tombstone = attachmentRow('误传的扫描件.pdf').getByTestId('tombstone');
    await tombstone.waitFor(TIMEOUT);
    await expect(tombstone.innerText()).resolves.toContain(`${OFFICER.displayName} 于`);
    await expect(tombstone.innerText()).resolves.toContain('理由：误传，与本案无关');
    await expect(
      attachmentRow('误传的扫描件.pdf')
        .locator('.qz-attachment-name')
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).resolves.toBe('line-through');
    await page.locator('.qz-case-timeline').getByText('删除证据材料').waitFor(TIMEOUT);
    await h.screenshot('files-evidence');
  });

  test('exports the case file as one PDF, with progress, where pdftotext finds the case number', async () => {
    await page.getByTestId('case-file-export').click();
    const dialog = modal('导出案卷');
    await dialog.getByTestId('case-file-start').click();
    const target = join(drive, `${CADRE}案卷.pdf`);
    await dialog.getByTestId('typed-path').fill(target);
    await dialog.getByTestId('case-file-start').click();
    await dialog.getByTestId('case-file-path').waitFor({ timeout: 120_000 });
    await expect(dialog.getByTestId('case-file-path').innerText()).resolves.toContain(target);
    expect(existsSync(target)).toBe(true);
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
    expect(text).toContain(caseNumber);
    expect(text).toContain('卷内目录');
    await expect(dialog.innerText()).resolves.toContain('认定意见书');
    await settle();
    await h.screenshot('files-case-file-done');
    await button('关闭', dialog.locator('.ant-modal-footer')).click();
    await page.locator('.qz-case-timeline').getByText('导出案卷').waitFor(TIMEOUT);
  });

  test('exports the ledger of the list as filtered on screen, one row per case', async () => {
    await page.getByRole('menuitem', { name: '容错纠错' }).click();
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-dropdown').getByText('已办结', { exact: true }).click();
    const totalText = page.locator('.ant-pagination-total-text');
    await expect.poll(async () => (await totalText.innerText()).trim(), TIMEOUT).toMatch(/^共 \d+ 件$/);
    await page.locator('.ant-table-row').first().waitFor(TIMEOUT);
    const total = Number((await totalText.innerText()).match(/\d+/)![0]);
    const listed = await page.locator('.ant-table-row').count();
    expect(total).toBe(listed);
    expect(total).toBeGreaterThan(1);

    await page.getByTestId('ledger-export').click();
    const dialog = modal('导出容错纠错台账');
    await expect(dialog.innerText()).resolves.toContain(`按当前筛选条件和排序导出，共 ${total} 件案件`);
    await dialog.getByTestId('ledger-start').click();
    const target = join(drive, '容错纠错台账.xlsx');
    await dialog.getByTestId('typed-path').fill(target);
    await dialog.getByTestId('ledger-start').click();
    await dialog.getByTestId('ledger-path').waitFor(TIMEOUT);
    await expect(dialog.innerText()).resolves.toContain(`共 ${total} 行`);
    await settle();
    await h.screenshot('files-ledger-done');
    await button('关闭', dialog.locator('.ant-modal-footer')).click();

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    const sheet = book.worksheets[0]!;
    // A title row and the header, then one row per case.
    expect(sheet.rowCount - 2).toBe(total);
    const numbers = Array.from({ length: total }, (_, i) => String(sheet.getRow(3 + i).getCell(1).value));
    expect(numbers).toContain(caseNumber);
  });

  test('seals the case in a passphrase-protected package, the passphrase typed twice against the rule shown', async () => {
    await page.getByRole('menuitem', { name: '交换包' }).click();
    const panel = page.getByTestId('package-export');
    await panel.locator('.ant-table-row').filter({ hasText: CADRE }).getByRole('checkbox').check();
    await expect(page.getByTestId('package-chosen').innerText()).resolves.toContain(caseNumber);
    await panel.getByLabel('交换包口令').fill('short1');
    await panel.getByLabel('再次输入口令').fill('short2');
    await panel.getByTestId('package-export-start').click();
    await panel.getByText('口令至少 10 位，且须同时包含字母和数字。').waitFor(TIMEOUT);
    await panel.getByText('两次输入的口令不一致。').waitFor(TIMEOUT);
    await panel.getByLabel('交换包口令').fill(PASSPHRASE);
    await panel.getByLabel('再次输入口令').fill(PASSPHRASE);
    await panel.getByTestId('package-export-start').click();
    packagePath = join(drive, `${CADRE}.qzp`);
    await panel.getByTestId('typed-path').fill(packagePath);
    await h.screenshot('files-package-export');
    await panel.getByTestId('package-export-start').click();
    await page.getByTestId('package-path').waitFor(TIMEOUT);
    await expect(page.getByText('已导出 1 件案件').count()).resolves.toBe(1);
    expect(existsSync(packagePath)).toBe(true);
    await h.screenshot('files-package-exported');
  });
});

describe('a second office imports the package', () => {
  test('refuses a wrong passphrase plainly, previews the case against its own, imports it, and shows where it came from', async () => {
    h2 = await launchApp();
    const other = h2.page;
    await other.getByText('首次设置').waitFor(TIMEOUT);
    const setup = await must<{ recoveryKey: string }>(other, 'setup.create', {
      ...OTHER_OFFICE,
      adminUsername: OTHER_ADMIN.username,
      adminDisplayName: OTHER_ADMIN.displayName,
      password: OTHER_ADMIN.password,
    });
    await must(other, 'setup.confirmRecovery', { recoveryKey: setup.recoveryKey });
    await must(other, 'users.create', { ...OTHER_OFFICER, unitId: 1, roles: ['officer'] });
    await must(other, 'auth.logout', {});
    await other.reload();
    await signIn(other, OTHER_OFFICER);

    await other.getByRole('menuitem', { name: '交换包' }).click();
    await other.getByRole('tab', { name: '导入' }).click();
    const panel = other.getByTestId('package-import');
    await panel.getByLabel('交换包口令').fill('不是这个口令2026');
    await panel.getByTestId('package-verify').click();
    await panel.getByTestId('typed-path').fill(packagePath);
    await panel.getByTestId('package-verify').click();
    const refused = panel.getByTestId('package-refused');
    await refused.waitFor(TIMEOUT);
    await expect(refused.innerText()).resolves.toContain('交换包口令不正确');
    await h2.screenshot('files-package-refused');

    await panel.getByLabel('交换包口令').fill(PASSPHRASE);
    await panel.getByTestId('package-verify').click();
    const preview = panel.getByTestId('package-preview');
    await preview.waitFor(TIMEOUT);
    await expect(preview.getByTestId('package-office').innerText()).resolves.toBe(DEMO_OFFICE.officeName);
    const row = preview.locator('.ant-table-row').filter({ hasText: caseNumber });
    await expect(row.innerText()).resolves.toContain('新案件');
    await expect(row.innerText()).resolves.toContain(CADRE);
    await h2.screenshot('files-package-preview');
    await panel.getByTestId('package-import-confirm').click();
    const imported = panel.getByTestId('imported-cases');
    await imported.waitFor(TIMEOUT);
    await h2.screenshot('files-package-imported');

    await imported.getByText(caseNumber).click();
    await expect(other.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(caseNumber);
    await expect(other.getByTestId('origin-office').innerText()).resolves.toBe(`来自${DEMO_OFFICE.officeName}`);
    const documents = other.getByTestId('documents-panel');
    const ruling = documents.locator('.ant-table-row').filter({ hasText: rulingNumber });
    await ruling.waitFor(TIMEOUT);
    await expect(ruling.innerText()).resolves.toContain(`来自${DEMO_OFFICE.officeName}`);
    await other.locator('.qz-case-timeline').getByText('从交换包导入').waitFor(TIMEOUT);
    await h2.screenshot('files-imported-case');
  });
});

describe('the system administrator edits the ruling template', () => {
  test('an unknown placeholder is marked on its paragraph and blocks saving; a listed one goes in at the cursor; saving makes version 2', async () => {
    await signOut(page);
    await signIn(page, ADMIN);
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '文书模板' }).click();
    await page.locator('.ant-table-row[data-kind="ftRulingOpinion"]').click();
    const editor = page.locator('[data-testid="template-editor"][data-kind="ftRulingOpinion"]');
    await editor.waitFor(TIMEOUT);
    const first = editor.getByLabel('正文第1段');
    const original = await first.inputValue();
    await first.fill(`${original}{{cadre.nickname}}`);
    const item = editor.locator('.ant-form-item').filter({ has: page.getByLabel('正文第1段') });
    await item.getByText('{{cadre.nickname}} 不存在').waitFor(TIMEOUT);
    await expect(editor.getByTestId('template-save').isDisabled()).resolves.toBe(true);
    await h.screenshot('files-template-issue');

    await first.fill(original);
    await first.press('End');
    await editor.locator('[data-placeholder="cadre.position"]').click();
    await expect(first.inputValue()).resolves.toBe(`${original}{{cadre.position}}`);
    await editor.getByTestId('template-save').click();
    await page.locator('.ant-message').getByText('已保存为第 2 版').waitFor(TIMEOUT);
    await expect(page.locator('.ant-table-row[data-kind="ftRulingOpinion"]').innerText()).resolves.toContain('第 2 版');
    await h.screenshot('files-template-saved');
  });

  test('nothing went wrong in either window meanwhile', () => {
    expect(h.problems).toEqual([]);
    expect(h2.problems).toEqual([]);
  });
});
