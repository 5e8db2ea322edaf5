import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchApp, type AppHarness } from './harness';
import { addDays, addWorkingDays, deadlineStatus, isWeekend, officialWorkCalendar } from '../../shared/calendar';

/**
 * 容错纠错 through the screens, on the real core and an encrypted database: a case officer (承办人),
 * a reviewer (审核人) and an approver (审批人) carry one case from application to closure, with one
 * return for more work and one correction check; a second case is refused at the ruling because an
 * exclusion holds, and the screen says which one and why. The tests run in order on one data folder.
 */

const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026pass' };
const OFFICER = { username: 'libanli', displayName: '李办理', password: 'Officer2026pw' };
const REVIEWER = { username: 'wangshenhe', displayName: '王审核', password: 'Reviewer2026pw' };
const APPROVER = { username: 'liushenpi', displayName: '刘审批', password: 'Approver2026pw' };
type Person = typeof OFFICER;

const YEAR = new Date().getFullYear();
const FIRST = `绵纪容〔${YEAR}〕1号`;
const SECOND = `绵纪容〔${YEAR}〕2号`;
const COLLECTIVE = '经集体民主决策程序作出的决定，在执行中出现偏差失误';
const REFORM = '在推进改革创新中，因缺乏经验、先行先试出现失误';
const PRIVATE_GAIN = '为个人或他人谋取私利';
const RETURN_REASON = '请补充损失追回的证据';
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
    const path = await h.screenshot(`failed-ft-${ctx.task.name}`).catch(() => '(no screenshot)');
    console.error(`screenshot: ${path}\n${h.problems.join('\n')}`);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button by its label; antd puts an icon's name first ("plus 新建案件"), so match the end. */
const button = (name: string, within: Page | Locator = page) => within.getByRole('button', { name: new RegExp(`(^|\\s)${escape(name)}$`) });
const actionButton = (key: string) => page.locator(`button[data-action="${key}"]`);
const section = (title: string) => page.locator('section.qz-form-section').filter({ hasText: title });
const successToast = (text: string) => page.locator('.ant-message').getByText(text).first().waitFor(TIMEOUT);

/** Straight to the core, as the preload would: for the office's setup, which is not what this file tests. */
async function api(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; params?: Record<string, unknown> } }> {
  // A string, not a function: the TypeScript loaders rename helpers inside serialized functions.
  return page.evaluate(`window.api.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`);
}

async function must(channel: string, input: unknown): Promise<unknown> {
  const result = await api(channel, input);
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return result.value;
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

async function openCase(number: string) {
  await page.getByRole('menuitem', { name: '容错纠错' }).click();
  await page.locator('.ant-table-row').filter({ hasText: number }).click();
  await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(number);
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

/** Points at a disabled action and reads the reasons the tooltip gives. */
async function whyDisabled(key: string): Promise<string> {
  await expect(actionButton(key).isDisabled()).resolves.toBe(true);
  await page.getByTestId(`disabled-${key}`).hover();
  const tip = page.locator('.qz-reason-tooltip').filter({ visible: true });
  await tip.waitFor(TIMEOUT);
  return tip.innerText();
}

async function fillApplication(applicant: string) {
  await fillDate(page.getByLabel('收到申请日期'), `${YEAR}-11-02`);
  await page.getByLabel('干部本人').check();
  await page.getByLabel('申请人', { exact: true }).fill(applicant);
  await page.getByLabel('所涉问责事项').fill(`某镇招商引资项目前期费用损失问责事项（问责启动于${YEAR}年10月）`);
  await page.getByLabel('申请容错的事实和理由').fill('在推进招商引资项目中，按照县委集体决策先行垫付前期费用，后因企业变更投资计划造成损失。');
  await page.getByLabel(REFORM).check();
  await page.getByLabel(COLLECTIVE).check();
}

async function fillInvestigation(exclusionHolding: string | null) {
  await page.getByLabel('调查认定的事实').fill('经核实，项目经县委常委会集体研究决定，张明远同志按程序执行。');
  await button('添加证据材料').click();
  await page.getByLabel('第 1 项证据名称').fill('县委常委会会议纪要');
  await page.getByLabel('第 1 项证据说明').fill(`${YEAR - 1}年第12次`);
  const factors: [string, string][] = [
    ['动机态度', '出于推动发展的公心'],
    ['客观条件', '上级政策调整，企业投资计划变化'],
    ['程序方法', '履行了集体决策程序'],
    ['性质程度', '工作失误，情节较轻'],
    ['后果影响', '造成前期费用损失约12万元'],
    ['挽回损失', '已追回8万元'],
  ];
  for (const [label, value] of factors) await page.getByLabel(label, { exact: true }).fill(value);
  for (const [name, reasoning] of [
    ['先行先试与明知故犯', '属先行先试中的经验不足'],
    ['探索试验与明令禁止后我行我素', '上级尚无明确限制'],
    ['无意过失与谋取私利', '为推动发展的无意过失'],
  ]) {
    const group = page.getByRole('group', { name });
    await group.getByLabel('属于失误（可容）').check();
    await group.getByLabel('理由', { exact: true }).fill(reasoning);
  }
  for (const row of await page.locator('[data-check^="conditions."]').all()) {
    await row.getByLabel('成立', { exact: true }).check();
    await row.getByRole('textbox').fill('经核查成立');
  }
  for (const row of await page.locator('[data-check^="exclusions."]').all()) {
    const holds = exclusionHolding !== null && (await row.innerText()).includes(exclusionHolding);
    await row.getByLabel(holds ? '成立' : '不成立', { exact: true }).check();
    await row.getByRole('textbox').fill(holds ? '存在该情形：为亲属公司承揽项目提供便利' : '不存在');
  }
}

async function fillRuling(outcome: string) {
  const meeting = section('研究会议');
  await meeting.getByLabel('会议名称').fill('县纪委常委会');
  await fillDate(meeting.getByLabel('会议日期'), `${YEAR}-11-20`);
  const attendees = meeting.getByLabel('参会人员');
  for (const name of ['刘书记', '陈副书记', '周常委']) {
    await attendees.fill(name);
    await attendees.press('Enter');
  }
  await meeting.getByLabel('协商一致').check();
  await page.getByLabel('否', { exact: true }).check();
  await page.getByRole('radio', { name: new RegExp(`^${outcome}`) }).check();
  await page.getByLabel('认定理由').fill('综合分析动机态度、客观条件、程序方法等因素，符合容错情形。');
  const order = section('限期整改要求');
  await order.getByLabel('整改措施').fill('完善招商项目前期费用管理制度');
  await fillDate(order.getByLabel('整改期限'), `${YEAR}-12-31`);
  await order.getByLabel('整改责任单位').fill('某镇人民政府');
  await page.getByLabel('认定意见书文号').fill(`容认〔${YEAR}〕1号`);
}

describe('容错纠错: three people carry cases through the four steps on screen', () => {
  test('the office is set up with a case officer, a reviewer and an approver (through the core, not the screens)', async () => {
    await page.getByText('首次设置').waitFor(TIMEOUT);
    const setup = (await must('setup.create', {
      officeName: '绵阳市纪委监委',
      officeCode: '绵纪',
      unitName: '绵阳市纪委监委机关',
      adminUsername: ADMIN.username,
      adminDisplayName: ADMIN.displayName,
      password: ADMIN.password,
    })) as { recoveryKey: string };
    await must('setup.confirmRecovery', { recoveryKey: setup.recoveryKey });
    await must('units.create', { name: '某镇人民政府', parentId: 1 });
    for (const [who, role] of [
      [OFFICER, 'officer'],
      [REVIEWER, 'reviewer'],
      [APPROVER, 'approver'],
    ] as const) {
      await must('users.create', { ...who, unitId: 1, roles: [role] });
    }
    await must('auth.logout', {});
    await page.reload();
    await button('登录').waitFor(TIMEOUT);
  });

  test('the officer registers the cadre, checking the ID number, and opens a case with its application', async () => {
    await signIn(OFFICER);
    await page.getByText('没有符合条件的案件。').waitFor(TIMEOUT);
    await button('新建案件').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '新建容错纠错案件' });
    await button('新建干部', modal).click();
    const cadreModal = page.locator('.ant-modal').filter({ hasText: '公民身份号码' });
    await cadreModal.getByLabel('姓名').fill('张明远');
    await cadreModal.getByLabel('男', { exact: true }).check();
    await cadreModal.getByLabel('所在单位').click();
    await page.locator('.ant-select-tree').getByText('某镇人民政府').click();
    await cadreModal.getByLabel('职务').fill('镇长');
    await cadreModal.getByLabel('职级').fill('一级主任科员');
    await cadreModal.getByLabel('公民身份号码').fill('510703198001011233');
    await cadreModal.getByRole('button', { name: '新建', exact: true }).click();
    await cadreModal.getByText('公民身份号码不正确').waitFor(TIMEOUT);
    await h.screenshot('ft-cadre-id-number-refused');
    await cadreModal.getByLabel('公民身份号码').fill('510703198001011232');
    await cadreModal.getByRole('button', { name: '新建', exact: true }).click();
    await cadreModal.waitFor({ state: 'hidden', ...TIMEOUT });
    await expect(modal.locator('.ant-select-content, .ant-select-selection-item').first().innerText()).resolves.toContain('张明远');

    await button('下一步', modal).click();
    await fillApplication('张明远');
    await h.screenshot('ft-new-case-application');
    await button('创建案件', modal).click();
    await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(FIRST);
    await expect(caseStatus()).resolves.toBe('办理中');
    await actionButton('application.submit').click();
    await successToast('已办理：提交受理审核。');
    await expect(caseStatus()).resolves.toBe('待审核');
    await page.getByText('下一步由审核人办理。').waitFor(TIMEOUT);
    await h.screenshot('ft-case-application-pending');
  });

  test('the reviewer sees why they may not withdraw the application, and accepts it', async () => {
    await switchTo(REVIEWER);
    await openCase(FIRST);
    await expect(whyDisabled('withdraw')).resolves.toBe('此操作须由以下角色之一办理：承办人。');
    await h.screenshot('ft-disabled-button-tooltip');
    await confirmAction('application.accept', '予以受理');
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain('调查核实');
  });

  test('the officer records the investigation; a missing field keeps the submit button disabled and says which', async () => {
    await switchTo(OFFICER);
    await openCase(FIRST);
    await expect(whyDisabled('investigation.submit')).resolves.toContain('“调查核实”尚未填写“调查认定的事实”');
    await fillInvestigation(null);
    await page.getByRole('radio', { name: /^免予问责/ }).check();
    await expect(actionButton('investigation.submit').isEnabled()).resolves.toBe(true);
    // Reading the application meanwhile loses nothing typed here.
    await page.locator('.qz-case-steps').getByText('申请受理').click();
    await page.locator('.qz-step-panel[data-step="application"]').getByText('某镇招商引资项目前期费用损失问责事项', { exact: false }).waitFor(TIMEOUT);
    await button('回到当前环节').click();
    await expect(page.getByLabel('动机态度', { exact: true }).inputValue()).resolves.toBe('出于推动发展的公心');
    await h.screenshot('ft-case-investigation');
    await actionButton('investigation.submit').click();
    await successToast('已办理：提交调查核实报告。');
    await expect(caseStatus()).resolves.toBe('待审核');
  });

  test('the reviewer returns the investigation with a reason, which shows on the returned step', async () => {
    await switchTo(REVIEWER);
    await openCase(FIRST);
    await actionButton('investigation.return').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '退回补充调查' });
    await modal.getByRole('button', { name: '退回补充调查', exact: true }).click();
    await modal.getByText('请填写“理由”。').waitFor(TIMEOUT);
    await modal.getByLabel('理由').fill(RETURN_REASON);
    await modal.getByRole('button', { name: '退回补充调查', exact: true }).click();
    await successToast('已办理：退回补充调查。');
    await expect(caseStatus()).resolves.toBe('办理中');

    await switchTo(OFFICER);
    await openCase(FIRST);
    const returned = page.locator('.qz-return-alert');
    await expect(returned.innerText(TIMEOUT)).resolves.toContain(RETURN_REASON);
    await expect(returned.innerText()).resolves.toContain(REVIEWER.displayName);
    await h.screenshot('ft-case-investigation-returned');
    await button('添加证据材料').click();
    await page.getByLabel('第 2 项证据名称').fill('追回款项凭证');
    await actionButton('investigation.submit').click();
    await successToast('已办理：提交调查核实报告。');

    await switchTo(REVIEWER);
    await openCase(FIRST);
    await confirmAction('investigation.approve', '审核通过，提请研究');
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain('研究认定');
  });

  test('the investigator may not prepare the ruling (查审分离); the reviewer records it and the approver issues it', async () => {
    await switchTo(OFFICER);
    await openCase(FIRST);
    await page.getByText('您可以查看，但不能填写此环节').waitFor(TIMEOUT);
    await expect(whyDisabled('ruling.submit')).resolves.toContain('办理调查核实的人员不能记录或审批认定意见。');

    await switchTo(REVIEWER);
    await openCase(FIRST);
    await fillRuling('免予问责');
    await page.getByLabel(COLLECTIVE).check();
    await h.screenshot('ft-case-ruling');
    await actionButton('ruling.submit').click();
    await successToast('已办理：提交认定意见。');

    await switchTo(APPROVER);
    await openCase(FIRST);
    await h.screenshot('ft-case-ruling-pending');
    await confirmAction('ruling.approve', '批准并印发认定意见书');
    const header = page.locator('.qz-case-header');
    await expect(header.innerText()).resolves.toContain('反馈运用');
    await expect(header.innerText()).resolves.toContain('免予问责');
    await expect(header.innerText()).resolves.toContain('第 1 版');
  });

  test('the case closes only once the correction is checked done', async () => {
    await switchTo(OFFICER);
    await openCase(FIRST);
    for (const title of ['向申请人反馈结果', '向所在单位反馈结果', '通报组织部门']) {
      await fillDate(section(title).getByLabel('送达日期'), `${YEAR}-11-24`);
    }
    const filing = section('报备');
    await filing.getByLabel('报备机关').fill('县委');
    await fillDate(filing.getByLabel('报备日期'), `${YEAR}-11-25`);
    const check = section('整改核查');
    await expect(check.innerText()).resolves.toContain('完善招商项目前期费用管理制度');
    await fillDate(check.getByLabel('核查日期'), `${YEAR}-11-27`);
    await check.getByLabel('尚未整改到位').check();
    await check.getByLabel('核查情况').fill('制度尚未出台');
    await expect(check.innerText()).resolves.toContain('整改尚未到位，核查整改完成后才能办结。');
    await expect(whyDisabled('feedback.submit')).resolves.toBe('整改尚未到位，核查整改完成后才能办结。');
    await h.screenshot('ft-case-feedback-correction-pending');
    await button('保存').click();
    await successToast('已保存。');

    await check.getByLabel('已整改到位').check();
    await check.getByLabel('核查情况').fill('已建立制度并执行');
    await actionButton('feedback.submit').click();
    await successToast('已办理：提交办结。');

    await switchTo(REVIEWER);
    await openCase(FIRST);
    await confirmAction('feedback.close', '审核办结');
    await expect(caseStatus()).resolves.toBe('已办结');
    await page.getByText('本案已办结。').waitFor(TIMEOUT);
    const history = page.locator('.qz-case-timeline');
    await expect(history.innerText()).resolves.toContain(`理由：${RETURN_REASON}`);
    expect(await history.locator('[data-action="investigation.return"]').count()).toBe(1);
    await h.screenshot('ft-case-closed');
  });

  test('a second case is refused at the ruling because an exclusion holds, and the screen says which and why', async () => {
    await switchTo(OFFICER);
    await button('新建案件').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '新建容错纠错案件' });
    const picker = modal.getByRole('combobox', { name: '干部' });
    await picker.fill('明远');
    await page.locator('.ant-select-dropdown').getByText('张明远', { exact: false }).first().click();
    await button('下一步', modal).click();
    await fillApplication('张明远');
    await button('创建案件', modal).click();
    await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(SECOND);
    await actionButton('application.submit').click();
    await successToast('已办理：提交受理审核。');

    await switchTo(REVIEWER);
    await openCase(SECOND);
    await confirmAction('application.accept', '予以受理');

    await switchTo(OFFICER);
    await openCase(SECOND);
    await fillInvestigation(PRIVATE_GAIN);
    await page.getByRole('radio', { name: /^免予问责/ }).check();
    // The engine's own rule, shown as the officer chooses, before anything is submitted.
    const warning = `存在不予容错情形（${PRIVATE_GAIN}），只能认定为“不予容错”。`;
    await page.locator('.qz-field-warning').getByText(warning).waitFor(TIMEOUT);
    await expect(whyDisabled('investigation.submit')).resolves.toContain(warning);
    await page.getByRole('radio', { name: /^不予容错/ }).check();
    await actionButton('investigation.submit').click();
    await successToast('已办理：提交调查核实报告。');

    await switchTo(REVIEWER);
    await openCase(SECOND);
    await confirmAction('investigation.approve', '审核通过，提请研究');
    await fillRuling('免予问责');
    await page.getByLabel(COLLECTIVE).check();
    await page.locator('.qz-field-warning').getByText(warning).waitFor(TIMEOUT);
    await expect(whyDisabled('ruling.submit')).resolves.toBe(warning);
    await h.screenshot('ft-case-ruling-refused-exclusion');

    // Main refuses it too, whatever the screen shows: the same table, enforced again.
    await button('保存').click();
    await successToast('已保存。');
    const list = (await must('cases.list', { kind: 'fault-tolerance', q: '2号' })) as { rows: { id: number }[] };
    const refused = await api('cases.act', { id: list.rows[0]!.id, action: 'ruling.submit', input: {} });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('INVALID_INPUT');
    expect(refused.error?.params?.reason).toBe('workflow.faultTolerance.guards.exclusionHolds');

    await page.getByRole('radio', { name: /^不予容错/ }).check();
    await expect(actionButton('ruling.submit').isEnabled()).resolves.toBe(true);
  });

  test('the list pages from the database, filters, sorts, searches, and marks deadlines', async () => {
    await page.getByRole('menuitem', { name: '容错纠错' }).click();
    const rows = page.locator('.ant-table-row');
    await expect.poll(() => rows.count(), TIMEOUT).toBe(2);
    await h.screenshot('ft-list');
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.locator('.ant-select-dropdown').getByText('已办结', { exact: true }).click();
    await expect.poll(() => rows.count(), TIMEOUT).toBe(1);
    await expect(rows.first().innerText()).resolves.toContain(FIRST);
    await button('清除筛选').click();
    await page.getByLabel('按干部姓名或案件编号查找').fill('2号');
    await page.getByLabel('按干部姓名或案件编号查找').press('Enter');
    await expect.poll(async () => (await rows.count()) === 1 && (await rows.first().innerText()).includes(SECOND), TIMEOUT).toBe(true);
    await expect(rows.first().innerText()).resolves.toContain('研究认定');
  });

  test('late and soon-due cases stand out in the list, and the deadline filter finds them', async () => {
    await switchTo(OFFICER);
    // Opened earlier, as an application received weeks ago is registered late: its first step is overdue.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const calendar = officialWorkCalendar();
    const soon = [...Array(15).keys()]
      .map((d) => addDays(today, -d))
      .find((day) => deadlineStatus(calendar, today, addWorkingDays(calendar, day, 5).date) === 'due-soon')!;
    const { rows: cadres } = (await must('cadres.list', { q: '张明远' })) as { rows: { id: number }[] };
    const open = async (openedOn: string) =>
      ((await must('cases.create', { kind: 'fault-tolerance', cadreId: cadres[0]!.id, openedOn })) as { summary: { number: string } }).summary.number;
    const late = await open(addDays(today, -40));
    const due = await open(soon);

    await page.getByRole('menuitem', { name: '容错纠错' }).click();
    const lateRow = page.locator('.ant-table-row').filter({ hasText: late });
    const dueRow = page.locator('.ant-table-row').filter({ hasText: due });
    await lateRow.waitFor(TIMEOUT);
    await expect(lateRow.innerText()).resolves.toContain('已逾期');
    await expect(lateRow.getAttribute('class')).resolves.toContain('qz-row-overdue');
    await expect(dueRow.innerText()).resolves.toContain('即将到期');
    await expect(dueRow.getAttribute('class')).resolves.toContain('qz-row-due-soon');
    await h.screenshot('ft-list-deadlines');

    await page.getByRole('combobox', { name: '期限' }).click();
    await page.locator('.ant-select-dropdown').getByText('已逾期', { exact: true }).click();
    const rows = page.locator('.ant-table-row');
    await expect.poll(async () => (await rows.count()) === 1 && (await rows.first().innerText()).includes(late), TIMEOUT).toBe(true);
    await button('清除筛选').click();
  });

  test("a cadre's record lists every case about them, and the case page reads in English too", async () => {
    await page.getByRole('menuitem', { name: '干部' }).click();
    await page.locator('.ant-table-row').filter({ hasText: '张明远' }).click();
    const cases = page.locator('.qz-cadre-detail .ant-table-row');
    await expect.poll(() => cases.count(), TIMEOUT).toBe(4);
    await expect(page.locator('.qz-cadre-detail').innerText()).resolves.toContain('510703198001011232');
    await h.screenshot('ft-cadre-detail');
    await cases.filter({ hasText: FIRST }).click();
    await expect(page.getByTestId('case-number').innerText(TIMEOUT)).resolves.toBe(FIRST);

    await page.getByText('English', { exact: true }).first().click();
    await page.getByText('Feedback and use').first().waitFor(TIMEOUT);
    await expect(page.locator('.qz-case-header').innerText()).resolves.toContain('Closed');
    await h.screenshot('ft-case-closed-english');
    await page.getByText('中文', { exact: true }).first().click();
    await page.getByText('反馈运用').first().waitFor(TIMEOUT);
  });

  test('an administrator saves a new catalog version; the ruling keeps showing the version it applied', async () => {
    const revised = '经集体民主决策作出的决定在执行中出现偏差（修订表述）';
    await switchTo(ADMIN);
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '容错情形清单' }).click();
    const fourth = page.getByLabel('容错情形第 4 项中文表述', { exact: true });
    await expect(fourth.inputValue(TIMEOUT)).resolves.toBe(COLLECTIVE);
    await fourth.fill(revised);
    await button('保存为新版本').click();
    await successToast('已保存为第 2 版容错情形清单。');
    await h.screenshot('ft-settings-catalog');
    await page.getByLabel('查看版本').click();
    await page.locator('.ant-select-dropdown').getByText(/^第 1 版/).click();
    await page.getByText('正在查看第 1 版（历史版本，只读）。').waitFor(TIMEOUT);
    await expect(page.getByLabel('容错情形第 4 项中文表述', { exact: true }).inputValue()).resolves.toBe(COLLECTIVE);

    await switchTo(REVIEWER);
    await openCase(FIRST);
    await page.locator('.qz-case-steps').getByText('研究认定').click();
    const ruling = page.locator('.qz-step-panel[data-step="ruling"]');
    await ruling.getByText('本认定适用第 1 版容错情形清单').waitFor(TIMEOUT);
    await expect(ruling.getByLabel(COLLECTIVE).isChecked()).resolves.toBe(true);
    await expect(ruling.getByText(revised).count()).resolves.toBe(0);
    await h.screenshot('ft-case-ruling-read-only-v1');

    await switchTo(OFFICER);
    await button('新建案件').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '新建容错纠错案件' });
    await modal.getByRole('combobox', { name: '干部' }).fill('明远');
    await page.locator('.ant-select-dropdown').getByText('张明远', { exact: false }).first().click();
    await button('下一步', modal).click();
    await modal.getByText(revised).waitFor(TIMEOUT);
    await button('取消', modal).click();
  });

  test("an administrator enters next year's holidays; a misread day is shown on that day, then saved", async () => {
    const next = YEAR + 1;
    const weekdayIn = (from: string) => [...Array(7).keys()].map((d) => addDays(from, d)).find((d) => !isWeekend(d))!;
    const weekendIn = (from: string) => [...Array(7).keys()].map((d) => addDays(from, d)).find((d) => isWeekend(d))!;
    await switchTo(ADMIN);
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '节假日安排' }).click();
    await page.getByText(`已有节假日安排的最后一年是 ${YEAR} 年`).waitFor(TIMEOUT);
    await button('录入年度安排').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '录入年度节假日安排' });
    await modal.getByLabel('年份').fill(String(next));
    const range = modal.locator('.qz-day-range');
    const [rangeStart, rangeEnd] = [range.locator('.ant-picker input').nth(0), range.locator('.ant-picker input').nth(1)];
    await rangeStart.click();
    await rangeStart.fill(`${next}-10-01`);
    await rangeStart.press('Enter');
    await rangeEnd.fill(`${next}-10-07`);
    await rangeEnd.press('Enter');
    await range.getByPlaceholder('节日名称').fill('国庆节');
    await button('按日期段添加', modal).click();
    await expect.poll(() => modal.getByLabel(/^放假日第 \d+ 天的节日名称$/).count(), TIMEOUT).toBe(5);

    const workdays = modal.locator('.qz-day-list').nth(1);
    await button('添加一天', workdays).click();
    const wrong = weekdayIn(`${next}-09-26`);
    await fillDate(workdays.locator('.ant-picker input').first(), wrong);
    await workdays.getByLabel('调休上班日第 1 天的节日名称').fill('国庆节');
    await modal.getByLabel('来源').fill(`国务院办公厅关于${next}年部分节假日安排的通知`);
    await button('保存', modal).click();
    await modal.getByText(`${wrong} 是周一至周五，本来就上班；调休上班日只能是周六或周日。`).waitFor(TIMEOUT);
    await h.screenshot('ft-settings-calendar-problem');

    await fillDate(workdays.locator('.ant-picker input').first(), weekendIn(`${next}-09-26`));
    await button('保存', modal).click();
    await successToast(`${next} 年节假日安排已保存，此后按新安排计算期限。`);
    const row = page.locator('.ant-table-row').filter({ hasText: String(next) });
    await expect(row.innerText(TIMEOUT)).resolves.toContain('管理员录入');
    await page.getByText(`已有节假日安排的最后一年是 ${next} 年`).waitFor(TIMEOUT);
    await h.screenshot('ft-settings-calendar');
  });

  test('nothing went wrong in the page along the way', () => {
    expect(h.problems).toEqual([]);
  });
});
