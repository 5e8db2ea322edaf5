import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addWorkingDays, officialWorkCalendar } from '../../shared/calendar';
import { launchApp, type AppHarness } from './harness';

/**
 * 澄清正名 through the screens, on the real core and an encrypted database: a case officer registers
 * a three-point report (one point found untrue, one true, one unproven), the screen marks which point
 * can be cleared and says why the others cannot; the officer opens a clearance of the untrue point by
 * the department's proposal, the reviewer and the approver carry it through, the officer records the
 * clearance meeting with its letter and a follow-up visit, and the reviewer closes it. A second report
 * is found malicious: the referral to the police is opened from the case, approved, sent, and each of
 * the case and the referral leads to the other. The tests run in order on one data folder.
 */

const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026pass' };
const OFFICER = { username: 'libanli', displayName: '李办理', password: 'Officer2026pw' };
const REVIEWER = { username: 'wangshenhe', displayName: '王审核', password: 'Reviewer2026pw' };
const APPROVER = { username: 'liushenpi', displayName: '刘审批', password: 'Approver2026pw' };
type Person = typeof OFFICER;

/** Every date the officers type is today in Beijing: the core refuses dates in the future. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const REPORT = `绵纪举〔${YEAR}〕1号`;
const SECOND_REPORT = `绵纪举〔${YEAR}〕2号`;
const CASE = `绵纪澄〔${YEAR}〕1号`;
const SECOND_CASE = `绵纪澄〔${YEAR}〕2号`;
const REFERRAL = `绵纪移〔${YEAR}〕1号`;
const POINTS = ['违规插手农贸市场改造工程招标', '在项目推进中接受施工方宴请', '利用职务便利为亲属承揽工程'];
const TIMEOUT = { timeout: 15_000 };

let h: AppHarness;
let page: Page;

beforeAll(async () => {
  h = await launchApp();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    const path = await h.screenshot(`failed-clearance-${ctx.task.name}`).catch(() => '(no screenshot)');
    console.error(`screenshot: ${path}\n${h.problems.join('\n')}`);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button by its label; antd puts an icon's name first ("plus 登记检举控告"), so match the end. */
const button = (name: string, within: Page | Locator = page) => within.getByRole('button', { name: new RegExp(`(^|\\s)${escape(name)}$`) });
const actionButton = (key: string) => page.locator(`button[data-action="${key}"]`);
const section = (title: string) => page.locator('section.qz-form-section').filter({ hasText: title });
const modal = (title: string) => page.locator('.ant-modal').filter({ hasText: title });
const successToast = (text: string) => page.locator('.ant-message').getByText(text).first().waitFor(TIMEOUT);
const openDropdowns = () => page.locator('.ant-select-dropdown').filter({ visible: true });

/**
 * Picks an option of a select. The dropdown of the previous select may still be fading out: wait
 * until none shows, so the option clicked is in this select's list.
 */
async function choose(field: Locator, label: string) {
  await expect.poll(() => openDropdowns().count(), TIMEOUT).toBe(0);
  for (let attempt = 1; ; attempt += 1) {
    if ((await openDropdowns().count()) === 0) await field.click();
    const item = openDropdowns().locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${escape(label)}`) }).first();
    // A click landing while the list still zooms in is lost: try again until the choice closes it.
    const chosen = await item
      .click({ timeout: 3_000 })
      .then(() => expect.poll(() => openDropdowns().count(), { timeout: 3_000 }).toBe(0))
      .then(() => true, () => false);
    if (chosen) return;
    if (attempt === 5) throw new Error(`could not choose ${label}`);
  }
}

/** Straight to the core, as the preload would: for the office's setup, which is not what this file tests. */
async function api(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; params?: Record<string, unknown> } }> {
  // A string, not a function: the TypeScript loaders rename helpers inside serialized functions.
  return page.evaluate(`window.api.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`);
}

async function must<T = unknown>(channel: string, input: unknown): Promise<T> {
  const result = await api(channel, input);
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function signIn(who: Person) {
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码', { exact: true }).fill(who.password);
  await button('登录').click();
  await expect(page.getByTestId('signed-in-user').innerText(TIMEOUT)).resolves.toBe(who.displayName);
}

async function signOut() {
  await button('退出').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '退出', exact: true }).click();
  await button('登录').waitFor(TIMEOUT);
}

async function switchTo(who: Person) {
  await signOut();
  await signIn(who);
}

async function fillDate(field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
  await expect(field.inputValue()).resolves.toBe(date);
}

async function openArea(tab: '检举控告' | '澄清案件' | '诬告陷害移送') {
  await page.getByRole('menuitem', { name: '澄清正名' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

async function openReport(number: string) {
  await openArea('检举控告');
  await page.locator('.ant-table-row').filter({ hasText: number }).click();
  await expect(page.getByTestId('report-number').innerText(TIMEOUT)).resolves.toBe(number);
}

async function openCase(number: string) {
  await openArea('澄清案件');
  await page.locator('.ant-table-row').filter({ hasText: number }).click();
  await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(number);
}

async function openReferral(number: string) {
  await openArea('诬告陷害移送');
  await page.locator('.ant-table-row').filter({ hasText: number }).click();
  await expect(page.getByTestId('referral-number').innerText(TIMEOUT)).resolves.toBe(number);
}

/** Where the case stands, as its header says. */
async function caseStatus(): Promise<string> {
  return page.locator('.qz-case-header .ant-tag').first().innerText();
}

/** Takes an action whose confirmation is a popover (approve, close). */
async function confirmAction(key: string, label: string) {
  await actionButton(key).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: label, exact: true }).click();
  await successToast(`已办理：${label}。`);
}

async function act(key: string, label: string) {
  await actionButton(key).click();
  await successToast(`已办理：${label}。`);
}

/** Points at a disabled action and reads the reasons the tooltip gives. */
async function whyDisabled(key: string): Promise<string> {
  await expect(actionButton(key).isDisabled()).resolves.toBe(true);
  await page.getByTestId(`disabled-${key}`).hover();
  const tip = page.locator('.qz-reason-tooltip').filter({ visible: true });
  await tip.waitFor(TIMEOUT);
  const text = await tip.innerText();
  await page.mouse.move(0, 0);
  return text;
}

/** A point's row on the report page: its finding and whether it can be cleared. */
const pointRow = (no: number) => page.locator('.qz-point-table .ant-table-row').nth(no - 1);

describe('澄清正名: a report, a clearance of its untrue point, and a malicious accusation referred', () => {
  test('the office is set up with a case officer, a reviewer, an approver and a cadre (through the core, not the screens)', async () => {
    await page.getByText('首次设置').waitFor(TIMEOUT);
    const setup = await must<{ recoveryKey: string }>('setup.create', {
      officeName: '绵阳市纪委监委',
      officeCode: '绵纪',
      unitName: '绵阳市纪委监委机关',
      adminUsername: ADMIN.username,
      adminDisplayName: ADMIN.displayName,
      password: ADMIN.password,
    });
    await must('setup.confirmRecovery', { recoveryKey: setup.recoveryKey });
    const town = await must<{ id: number }>('units.create', { name: '云溪镇人民政府', parentId: 1 });
    for (const [who, role] of [
      [OFFICER, 'officer'],
      [REVIEWER, 'reviewer'],
      [APPROVER, 'approver'],
    ] as const) {
      await must('users.create', { ...who, unitId: 1, roles: [role] });
    }
    await must('auth.login', { username: OFFICER.username, password: OFFICER.password });
    await must('cadres.create', { name: '张明远', gender: 'male', unitId: town.id, post: '镇长', rank: '一级主任科员' });
    await must('auth.logout', {});
    await page.reload();
    await button('登录').waitFor(TIMEOUT);
  });

  test('the officer registers a letter with three numbered points; none can be cleared before verification', async () => {
    await signIn(OFFICER);
    await openArea('检举控告');
    await page.getByText('没有符合条件的检举控告。').waitFor(TIMEOUT);
    await button('登记检举控告').click();
    const form = modal('登记检举控告');
    await form.getByLabel('来信').check();
    await fillDate(form.getByLabel('收到日期'), TODAY);
    await form.getByLabel('检举人姓名').fill('周某某');
    await form.getByLabel('联系方式').fill('139****0000');
    const cadres = form.getByLabel('被反映干部');
    await cadres.fill('张明远');
    await openDropdowns().locator('.ant-select-item-option').filter({ hasText: '张明远' }).first().click();
    await cadres.press('Escape');
    await form.getByLabel('反映的主要问题').fill('反映张明远在云溪镇农贸市场改造项目中违规插手工程、接受宴请。');
    await form.getByLabel('第1项问题', { exact: true }).fill(POINTS[0]!);
    await button('添加一项问题', form).click();
    await form.getByLabel('第2项问题', { exact: true }).fill(POINTS[1]!);
    await button('添加一项问题', form).click();
    await form.getByLabel('第3项问题', { exact: true }).fill(POINTS[2]!);
    await h.screenshot('clearance-report-register');
    await button('登记', form).click();
    await expect(page.getByTestId('report-number').innerText(TIMEOUT)).resolves.toBe(REPORT);
    await successToast(`已登记检举控告 ${REPORT}。`);
    for (const no of [1, 2, 3]) {
      await expect(pointRow(no).innerText()).resolves.toContain(POINTS[no - 1]);
      await expect(pointRow(no).innerText()).resolves.toContain('尚无核实结论');
    }
    await expect(button('启动澄清').isDisabled()).resolves.toBe(true);
  });

  test('verification finds one point untrue, one true, one unproven: only the untrue one is marked clearable, the others say why', async () => {
    await button('修改').click();
    const form = modal('修改检举控告');
    const findings = ['失实', '属实', '未查实但不能排除'];
    const notes = ['经调取招标档案、询问评标专家，张明远未参与招标。', '接受施工方宴请一次，属实。', '未发现直接证据，但尚不能排除。'];
    for (const [i, finding] of findings.entries()) {
      await choose(form.getByLabel(`第${i + 1}项核实结论`), finding);
      await form.getByLabel(`第${i + 1}项核实情况`).fill(notes[i]!);
    }
    await fillDate(form.getByLabel('核实办结日期'), TODAY);
    await form.getByLabel('核实结论', { exact: true }).fill('经核实，第1项失实，第2项属实，第3项查无实据但不能排除。');
    await button('保存', form).click();
    await successToast(`已保存检举控告 ${REPORT}。`);
    await expect(page.locator('.qz-report-view .ant-card-head').first().innerText()).resolves.toContain('已核实');

    await expect(pointRow(1).locator('[data-eligible]').getAttribute('data-eligible')).resolves.toBe('true');
    await expect(pointRow(1).innerText()).resolves.toContain('可澄清');
    await expect(pointRow(2).innerText()).resolves.toContain('经核实属实或部分属实，不能澄清');
    await expect(pointRow(3).innerText()).resolves.toContain('查无实据但不能排除，不属于澄清范围');
    await h.screenshot('clearance-report-points');
  });

  test('the officer opens the clearance of the untrue point by the department’s proposal, with the consultation recorded', async () => {
    await button('启动澄清').click();
    const form = modal(`从检举控告 ${REPORT} 启动澄清`);
    await expect(form.getByRole('radio', { name: /张明远/ }).isChecked()).resolves.toBe(true);
    const points = form.locator('.qz-open-point');
    await expect(points.nth(0).getByRole('checkbox').isChecked()).resolves.toBe(true);
    await expect(points.nth(1).getByRole('checkbox').isDisabled()).resolves.toBe(true);
    await expect(points.nth(1).innerText()).resolves.toContain('经核实属实或部分属实，不能澄清');
    await expect(points.nth(2).getByRole('checkbox').isDisabled()).resolves.toBe(true);
    await expect(points.nth(2).innerText()).resolves.toContain('查无实据但不能排除，不属于澄清范围');
    await form.getByLabel('承办部门提出').check();
    await expect(form.getByLabel('征求意见日期').inputValue()).resolves.toBe(TODAY);
    await form.getByLabel('当面听取').check();
    await form.getByLabel('本人意愿').fill('希望在镇机关干部大会上予以澄清');
    await h.screenshot('clearance-open-dialog');
    await button('启动澄清', form).click();

    await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(CASE);
    const snapshot = page.getByTestId('report-snapshot');
    await expect(snapshot.innerText()).resolves.toContain(POINTS[0]);
    await expect(snapshot.innerText()).resolves.not.toContain(POINTS[1]);
    await expect(page.getByTestId('case-report-link').innerText()).resolves.toBe(REPORT);
    await h.screenshot('clearance-case-initiation');
    await act('initiation.submit', '提交审核');
    await expect(caseStatus()).resolves.toBe('待审核');

    await switchTo(REVIEWER);
    await openCase(CASE);
    await confirmAction('initiation.accept', '同意启动');
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain('核实评估');
  });

  test('assessment: a clearance meeting alone is refused until a written clearance goes with it, as the engine says', async () => {
    await switchTo(OFFICER);
    await openCase(CASE);
    await page.getByLabel('影响或可能影响提拔任用、评优评先、换届选举等').check();
    await section('是否符合澄清条件').getByLabel('否', { exact: true }).check();
    await page.getByLabel('影响情况').fill('举报在镇机关传开，本人年度评优被暂缓。');
    await expect(page.getByLabel(`第1项　${POINTS[0]}`).isChecked()).resolves.toBe(true);
    await page.getByLabel('会议澄清').check();
    await page.getByLabel('澄清范围').fill('云溪镇机关');
    await page.getByLabel('澄清对象').fill('镇机关全体干部');
    await page.getByLabel('错告').check();
    await page.getByLabel('认定理由').fill('举报人对招标程序不了解而产生误解，无捏造事实的故意。');
    const rule = '采取会议澄清的，须同时书面澄清。';
    await page.locator('.qz-field-warning').getByText(rule).waitFor(TIMEOUT);
    await expect(whyDisabled('assessment.submit')).resolves.toBe(rule);
    await h.screenshot('clearance-assessment-written-required');
    await page.getByLabel('书面澄清').check();
    await expect(page.locator('.qz-field-warning').count()).resolves.toBe(0);
    await act('assessment.submit', '提交评估意见');

    await switchTo(REVIEWER);
    await openCase(CASE);
    await confirmAction('assessment.approve', '审核通过，报送审批');
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain('审批');
  });

  test('approval: the officer sends up the approval form and the approver signs it', async () => {
    await switchTo(OFFICER);
    await openCase(CASE);
    await expect(section('报批的澄清方案').innerText()).resolves.toContain('书面澄清、会议澄清');
    await page.getByLabel('审批表编号').fill(`绵纪澄审〔${YEAR}〕1号`);
    await page.getByLabel('审批机关（干部管理权限）').fill('县纪委常委会');
    await fillDate(page.getByLabel('报批日期'), TODAY);
    await act('approval.submit', '报送审批');

    await switchTo(APPROVER);
    await openCase(CASE);
    await h.screenshot('clearance-approval-pending');
    await confirmAction('approval.approve', '批准澄清');
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain('实施回访');
  });

  test('implementation: the 5-working-day deadline shows; the meeting and the letter are recorded, then a follow-up visit, and the case closes', async () => {
    await switchTo(OFFICER);
    await openCase(CASE);
    const due = addWorkingDays(officialWorkCalendar(), TODAY, 5).date;
    await expect(page.getByTestId('implementation-deadline').innerText()).resolves.toContain(`${TODAY} 批准，须在 5 个工作日内即 ${due} 前实施澄清。`);
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain(due);

    const notice = section('拟澄清告知书');
    await fillDate(notice.getByLabel('送达日期'), TODAY);
    await fillDate(notice.getByLabel('签收日期'), TODAY);
    await button('记录会议澄清').click();
    const meeting = page.locator('[data-implementation="1"]');
    await fillDate(meeting.getByLabel('会议日期'), TODAY);
    await meeting.getByLabel('会议地点').fill('云溪镇机关会议室');
    await meeting.getByLabel('会议主持人').fill('县纪委副书记');
    await meeting.getByLabel('参会人员及范围').fill('镇机关干部 41 人');
    await section('澄清实施记录').getByText('经批准的澄清方式尚未实施：书面澄清。').waitFor(TIMEOUT);
    await button('记录书面澄清').click();
    const letter = page.locator('[data-implementation="2"]');
    await fillDate(letter.getByLabel('送达日期'), TODAY);
    await letter.getByLabel('函件文号').fill(`绵纪函〔${YEAR}〕9号`);
    await letter.getByLabel('送达对象').fill('张明远本人及云溪镇党委');
    await section('回访记录').getByText('办结前须至少回访一次。').waitFor(TIMEOUT);
    await expect(whyDisabled('implementation.submit')).resolves.toContain('办结前须至少回访一次。');
    await button('保存').click();
    await successToast('已保存。');

    await button('添加回访记录').click();
    const visit = page.locator('[data-visit="1"]');
    await fillDate(visit.getByLabel('回访日期'), TODAY);
    await visit.getByLabel('当面回访').check();
    await visit.getByLabel('回访人').fill(OFFICER.displayName);
    await visit.getByLabel('本人状态').fill('思想包袱已放下，工作积极主动');
    await fillDate(page.getByLabel('归档日期'), TODAY);
    await expect(page.locator('.qz-field-warning').count()).resolves.toBe(0);
    await h.screenshot('clearance-implementation');
    await act('implementation.submit', '提交办结');

    await switchTo(REVIEWER);
    await openCase(CASE);
    await confirmAction('implementation.close', '审核办结');
    await expect(caseStatus()).resolves.toBe('已办结');
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain('已澄清正名');
    await h.screenshot('clearance-case-closed');

    // The report now shows the point as cleared in that case, and cannot open it again.
    await page.getByTestId('case-report-link').click();
    await expect(page.getByTestId('report-number').innerText(TIMEOUT)).resolves.toBe(REPORT);
    await expect(pointRow(1).innerText()).resolves.toContain(`已在澄清案件${CASE}中办理`);
    await expect(page.locator('.qz-report-view').innerText()).resolves.toContain('已澄清正名');
  });

  test('a second report is found malicious: the referral to the police is opened from the case, approved and sent, each leading to the other', async () => {
    await switchTo(OFFICER);
    // What the first case cleared stays as the case read it: the report form shows that point locked.
    await openReport(REPORT);
    await button('修改').click();
    const edit = modal('修改检举控告');
    await expect(edit.locator('[data-point="1"]').innerText()).resolves.toContain(`已在澄清案件${CASE}中引用，不能修改或删除`);
    await expect(edit.getByLabel('第1项问题', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(edit.getByLabel('第2项问题', { exact: true }).isDisabled()).resolves.toBe(false);
    await button('取消', edit).click();
    await edit.waitFor({ state: 'hidden', ...TIMEOUT });

    // The report and its verification are the first test's screens again; here they go through the core.
    const cadre = (await must<{ rows: { id: number }[] }>('cadres.list', { q: '张明远' })).rows[0]!;
    const report = await must<{ id: number; points: { id: number; summary: string }[] }>('reports.create', {
      receivedVia: 'visit',
      receivedOn: TODAY,
      reporter: { anonymous: false, name: '钱某某', workplace: '个体经营者' },
      cadreIds: [cadre.id],
      allegations: '反映张明远收受征地补偿款回扣。',
      points: [{ summary: '收受征地补偿款回扣二十万元' }],
    });
    await must('reports.update', {
      id: report.id,
      points: [{ id: report.points[0]!.id, summary: report.points[0]!.summary, finding: 'untrue', note: '补偿款全额发放到户，无回扣。' }],
      verification: { unitId: 1, concludedOn: TODAY, conclusion: '反映问题失实。' },
    });

    await openReport(SECOND_REPORT);
    await button('启动澄清').click();
    const form = modal(`从检举控告 ${SECOND_REPORT} 启动澄清`);
    await form.getByLabel('本人书面申请').check();
    await fillDate(form.getByLabel('收到申请日期'), TODAY);
    await form.getByLabel('申请澄清的失实内容').fill('收受回扣一事');
    await form.getByLabel('希望的澄清方式和范围').fill('书面澄清并在镇机关通报');
    await button('启动澄清', form).click();
    await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(SECOND_CASE);
    await act('initiation.submit', '提交审核');
    await switchTo(REVIEWER);
    await openCase(SECOND_CASE);
    await confirmAction('initiation.accept', '同意启动');

    await switchTo(OFFICER);
    await openCase(SECOND_CASE);
    await page.getByLabel('已了结问题被反复举报').check();
    await section('是否符合澄清条件').getByLabel('否', { exact: true }).check();
    await page.getByLabel('影响情况').fill('举报人多次实名、匿名重复举报，在乡村干部中造成不良影响。');
    await page.getByLabel('书面澄清').check();
    await page.getByLabel('通报澄清').check();
    await page.getByLabel('澄清范围').fill('云溪镇机关');
    await page.getByLabel('澄清对象').fill('镇机关全体干部');
    await page.getByLabel('诬告陷害').check();
    await page.getByLabel('认定理由').fill('举报人因补偿诉求未获支持，明知无回扣仍捏造事实，多次重复举报。');
    const missing = '认定为诬告陷害的，须先建立诬告陷害移送记录。';
    await page.locator('.qz-field-warning').getByText(missing).waitFor(TIMEOUT);
    await expect(whyDisabled('assessment.submit')).resolves.toBe(missing);

    await button('建立诬告陷害移送记录').click();
    const referral = modal('建立诬告陷害移送记录');
    await referral.getByLabel('举报人姓名').fill('钱某某');
    await referral.getByLabel('工作单位或住址').fill('个体经营者');
    await referral.getByLabel('其他人员').check();
    await expect(referral.locator('.ant-select-content, .ant-select-selection-item').first().innerText()).resolves.toContain('移送公安机关');
    await referral.getByLabel('捏造的事实及认定依据').fill('钱某某因补偿诉求未获支持，捏造张明远收受回扣的事实并多次举报。');
    await referral.getByLabel('处理依据').fill('《纪检监察机关处理检举控告工作规则》');
    await h.screenshot('clearance-referral-create');
    await button('建立', referral).click();

    await expect(page.getByTestId('referral-number').innerText(TIMEOUT)).resolves.toBe(REFERRAL);
    await expect(page.getByTestId('referral-route').innerText()).resolves.toBe('移送公安机关');
    await expect(page.locator('.qz-referral-view .ant-card-head').first().innerText()).resolves.toContain('待审批');

    // From the referral to its case, where the assessment can now go on.
    await page.getByTestId('referral-case-link').click();
    await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(SECOND_CASE);
    await expect(page.getByTestId('case-referral-link').innerText()).resolves.toBe(REFERRAL);
    await act('assessment.submit', '提交评估意见');

    await switchTo(APPROVER);
    await openReferral(REFERRAL);
    await button('批准移送').click();
    const approve = modal('批准移送');
    await approve.getByLabel('批准机关').fill('绵阳市纪委常委会');
    await expect(approve.getByLabel('批准日期').inputValue()).resolves.toBe(TODAY);
    await button('批准移送', approve).click();
    await successToast('已批准移送。');
    await expect(page.locator('.qz-referral-view').innerText()).resolves.toContain(`绵阳市纪委常委会 于 ${TODAY} 批准`);

    await switchTo(OFFICER);
    await openReferral(REFERRAL);
    await button('登记移送').click();
    const send = modal('登记移送');
    await send.getByLabel('接收机关').fill('青山县公安局');
    await send.getByLabel('移送函文号').fill(`绵纪移函〔${YEAR}〕1号`);
    await button('登记移送', send).click();
    await successToast('已登记移送。');
    await expect(page.locator('.qz-referral-view .ant-card-head').first().innerText()).resolves.toContain('已移送');
    await expect(page.locator('.qz-referral-view').innerText()).resolves.toContain(`${TODAY} 移送青山县公安局`);
    await h.screenshot('clearance-referral-sent');

    // From the case to the referral: the link on the case page.
    await page.getByTestId('referral-case-link').click();
    await page.getByTestId('case-referral-link').click();
    await expect(page.getByTestId('referral-number').innerText(TIMEOUT)).resolves.toBe(REFERRAL);
  });

  test('the lists page from the database and filter: the referral by route, the cases by their marks, the cadre’s reports', async () => {
    await openArea('诬告陷害移送');
    const rows = page.locator('.qz-case-list .ant-table-row');
    await expect.poll(() => rows.count(), TIMEOUT).toBe(1);
    await choose(page.getByLabel('移送处理方式'), '移送司法机关');
    await page.getByText('没有诬告陷害移送记录。').waitFor(TIMEOUT);

    await openArea('澄清案件');
    await expect.poll(() => rows.count(), TIMEOUT).toBe(2);
    await choose(page.getByLabel('澄清方式与标记'), '已移送诬告陷害');
    await expect.poll(async () => (await rows.count()) === 1 && (await rows.first().innerText()).includes(SECOND_CASE), TIMEOUT).toBe(true);
    await h.screenshot('clearance-case-list');

    await openArea('检举控告');
    await page.getByLabel('按编号或被反映干部姓名查找').fill('2号');
    await page.getByLabel('按编号或被反映干部姓名查找').press('Enter');
    await expect.poll(async () => (await rows.count()) === 1 && (await rows.first().innerText()).includes(SECOND_REPORT), TIMEOUT).toBe(true);
    await h.screenshot('clearance-report-list');

    await rows.first().click();
    await page.locator('.qz-report-view').getByText('张明远').first().click();
    const reports = page.getByTestId('cadre-reports');
    await expect(reports.innerText(TIMEOUT)).resolves.toContain(REPORT);
    await expect(reports.innerText()).resolves.toContain(SECOND_REPORT);
    await h.screenshot('clearance-cadre-page');
  });

  test('nothing went wrong in the page along the way', () => {
    expect(h.problems).toEqual([]);
  });
});
