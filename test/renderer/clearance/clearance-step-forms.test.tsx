import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Form } from 'antd';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { findStepForm } from '../../../renderer/src/cases/step-forms';
import { officialWorkCalendar } from '../../../shared/calendar';
import { clearanceWorkflow, findStep, type Evaluation, type HistoryEntry } from '../../../shared/workflow';
import { assessment as assessed, implementation as implemented, proposal } from '../../support/clearance-data';

const REPORT = {
  reportId: 7,
  number: '绵纪举〔2026〕1号',
  receivedVia: 'letter',
  receivedOn: '2026-09-10',
  allegations: '反映张明远违规插手工程。',
  verifyingUnitId: 1,
  verifyingUnit: '青山县纪委监委',
  concludedOn: '2026-09-20',
  conclusion: '第1项失实。',
  points: [{ id: '1', pointId: 71, summary: '违规插手农贸市场改造工程招标', finding: 'untrue' }],
};

/** The signature that starts the implementation period. */
const approvedOn = (on: string): HistoryEntry => ({
  action: 'approval.approve',
  actorId: 'u-approver',
  on,
  from: { step: 'approval', status: 'pending' },
  to: { step: 'implementation', status: 'active' },
});

function evaluationAt(step: string, data: Record<string, unknown>, options: { today?: string; history?: HistoryEntry[] } = {}): Evaluation {
  return {
    table: clearanceWorkflow,
    state: { step, status: 'active', openedOn: '2026-09-21', data: { report: REPORT, ...data }, history: options.history ?? [] },
    actor: { userId: 'u-officer', roles: ['officer'], unitId: 1, caseInScope: true, inVerifyingDepartment: true },
    context: { today: options.today ?? '2026-09-25', calendar: officialWorkCalendar() },
  };
}

/** One step's form as the case page mounts it: found through the generic registry, values from what is recorded. */
function renderStep(ev: Evaluation, step: string) {
  const found = findStepForm('clearance', step);
  expect(found, `no clearance form for ${step}`).toBeDefined();
  const Fields = found!.Fields;
  const def = findStep(ev.table, step)!;
  function Host() {
    const [form] = Form.useForm();
    return (
      <Form form={form} layout="vertical" initialValues={(ev.state.data[step] as object | undefined) ?? {}}>
        <Fields evaluation={ev} step={def} readOnly={false} form={form} />
      </Form>
    );
  }
  render(
    <AppProviders>
      <Host />
    </AppProviders>,
  );
}

const warnings = () => [...document.querySelectorAll('.qz-field-warning')].map((w) => w.textContent);

afterEach(cleanup);

describe('the 澄清正名 step forms', () => {
  test('initiation shows the report as the case was opened from it, and asks how the cadre was consulted before a proposal goes up', () => {
    renderStep(evaluationAt('initiation', { initiation: { origin: 'proposal' } }), 'initiation');
    expect(screen.getByTestId('report-snapshot').textContent).toContain('违规插手农贸市场改造工程招标');
    expect(screen.getByTestId('case-report-link').textContent).toBe('绵纪举〔2026〕1号');
    expect(warnings()).toEqual(['承办部门提出的，须填写“征求被举报人意见情况”。']);
  });

  test('initiation with the consultation recorded raises no warning', () => {
    renderStep(evaluationAt('initiation', { initiation: proposal }), 'initiation');
    expect(warnings()).toEqual([]);
  });

  test('assessment: a meeting without a written clearance is refused, in the engine’s words, under the methods', () => {
    renderStep(evaluationAt('assessment', { initiation: proposal, assessment: assessed({ methods: ['meeting'] }) }), 'assessment');
    expect(warnings()).toEqual(['采取会议澄清的，须同时书面澄清。']);
  });

  test('assessment: the written clearance beside the meeting satisfies the rule', () => {
    renderStep(evaluationAt('assessment', { initiation: proposal, assessment: assessed({ methods: ['written', 'meeting'] }) }), 'assessment');
    expect(warnings()).toEqual([]);
  });

  test('assessment: no harm at all is not eligible, and says so', () => {
    renderStep(evaluationAt('assessment', { initiation: proposal, assessment: assessed({ harms: [] }) }), 'assessment');
    expect(warnings()).toEqual(['未造成不良影响的不予澄清，请至少选择一项受到的影响。']);
  });

  test('assessment: a malicious accusation asks for the referral and offers to open it; once opened, it links to it', () => {
    renderStep(evaluationAt('assessment', { initiation: proposal, assessment: assessed({ reportNature: 'malicious' }) }), 'assessment');
    expect(warnings()).toEqual(['认定为诬告陷害的，须先建立诬告陷害移送记录。']);
    expect(screen.getByRole('button', { name: /建立诬告陷害移送记录$/ })).toBeTruthy();
    cleanup();

    const referral = { referralId: 3, number: '绵纪移〔2026〕1号' };
    renderStep(evaluationAt('assessment', { initiation: proposal, assessment: assessed({ reportNature: 'malicious' }), referral }), 'assessment');
    expect(warnings()).toEqual([]);
    expect(screen.queryByRole('button', { name: /建立诬告陷害移送记录$/ })).toBeNull();
    expect(screen.getByTestId('case-referral-link').textContent).toBe('绵纪移〔2026〕1号');
  });

  test('implementation: the 5 working days after approval are counted on the official calendar, across the National Day holiday', () => {
    const data = { initiation: proposal, assessment: assessed(), approval: {} };
    renderStep(evaluationAt('implementation', data, { today: '2026-10-09', history: [approvedOn('2026-09-30')] }), 'implementation');
    // Plain weekdays would make it 2026-10-07; the holiday and its make-up days move it.
    expect(screen.getByTestId('implementation-deadline').textContent).toBe('2026-09-30 批准，须在 5 个工作日内即 2026-10-13 前实施澄清。');
  });

  test('implementation: past the deadline with nothing carried out, the screen says it is late', () => {
    const data = { initiation: proposal, assessment: assessed(), approval: {} };
    renderStep(evaluationAt('implementation', data, { today: '2026-10-14', history: [approvedOn('2026-09-30')] }), 'implementation');
    const alert = screen.getByTestId('implementation-deadline');
    expect(alert.textContent).toBe('2026-09-30 批准，实施期限 2026-10-13 已过，尚未记录澄清实施情况。');
    expect(alert.className).toContain('ant-alert-error');
  });

  test('implementation: records are offered for the approved methods only, and closing needs a follow-up visit', () => {
    const { visits: _none, ...rest } = implemented('2026-10-09');
    const data = { initiation: proposal, assessment: assessed({ methods: ['written', 'meeting'] }), implementation: { ...rest, visits: [] } };
    renderStep(evaluationAt('implementation', data, { today: '2026-10-09', history: [approvedOn('2026-09-30')] }), 'implementation');
    expect([...document.querySelectorAll('[data-add-method]')].map((b) => b.getAttribute('data-add-method'))).toEqual(['written', 'meeting']);
    expect(warnings()).toEqual(['办结前须至少回访一次。']);
    expect(document.querySelectorAll('[data-implementation]')).toHaveLength(2);
  });
});
