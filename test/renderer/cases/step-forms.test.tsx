import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { findStepForm } from '../../../renderer/src/cases/step-forms';
import { officialWorkCalendar } from '../../../shared/calendar';
import { faultToleranceWorkflow, findStep, type Evaluation } from '../../../shared/workflow';
import { investigation } from '../../support/fault-tolerance-data';

function evaluationAt(step: string, data: Record<string, unknown>): Evaluation {
  return {
    table: faultToleranceWorkflow,
    state: { step, status: 'active', openedOn: '2026-11-02', data, history: [] },
    actor: { userId: 'u-officer', roles: ['officer'], unitId: 1, caseInScope: true },
    context: { today: '2026-11-10', calendar: officialWorkCalendar() },
  };
}

/** One step's form as the case page mounts it, with its values starting from what is recorded. */
function renderStep(ev: Evaluation, step: string) {
  const stepForm = findStepForm('faultTolerance', step)!;
  const def = findStep(ev.table, step)!;
  let instance: FormInstance | undefined;
  function Host() {
    const [form] = Form.useForm();
    instance = form;
    return (
      <Form form={form} layout="vertical" initialValues={(ev.state.data[step] as object | undefined) ?? {}}>
        <stepForm.Fields evaluation={ev} step={def} readOnly={false} form={form} />
      </Form>
    );
  }
  render(
    <AppProviders>
      <Host />
    </AppProviders>,
  );
  return () => instance!;
}

afterEach(cleanup);

const EXCLUSION_WARNING = '存在不予容错情形（为个人或他人谋取私利），只能认定为“不予容错”。';

describe('the 容错纠错 step forms', () => {
  test('the investigation warns, as it is filled in, that an exclusion found to hold rules out a tolerated proposal', () => {
    const found = investigation('privateGain');
    renderStep(evaluationAt('investigation', { investigation: { ...found, proposedOutcome: 'exempt' } }), 'investigation');
    expect(screen.getByText(EXCLUSION_WARNING).closest('.qz-field-warning')).toBeTruthy();
    // Every tolerated outcome carries the engine's warning; 不予容错 does not.
    expect(screen.getAllByLabelText('按现有记录不能作出此认定')).toHaveLength(4);
  });

  test('the same investigation proposing 不予容错 raises no warning', () => {
    renderStep(evaluationAt('investigation', { investigation: investigation('privateGain') }), 'investigation');
    expect(screen.queryByText(EXCLUSION_WARNING)).toBeNull();
  });

  test('every condition and exclusion of the catalog is asked, each with its own note', () => {
    renderStep(evaluationAt('investigation', {}), 'investigation');
    for (const name of ['没有谋取私利', '积极配合调查，主动挽回损失、消除影响', '明知故犯、违纪违法', '纠错后重复出现同类错误']) {
      expect(screen.getByLabelText(`“${name}”的核查说明`)).toBeTruthy();
    }
  });

  test('the application says in Chinese what is missing and what is too long, by the rules of its schema', async () => {
    const form = renderStep(evaluationAt('application', {}), 'application');
    act(() => form().setFieldsValue({ applicantName: '张'.repeat(101), receivedOn: '2026-02-30' }));
    await act(async () => {
      await form().validateFields().catch(() => undefined);
    });
    await waitFor(() => expect(screen.getByText('“申请人”不能超过 100 个字。')).toBeTruthy());
    expect(screen.getByText('“收到申请日期”不是有效日期，应为“年-月-日”。')).toBeTruthy();
    expect(screen.getByText('请填写“申请容错的事实和理由”。')).toBeTruthy();
    expect(screen.getByText('请选择“主张适用的容错情形”。')).toBeTruthy();
    expect(screen.getByText('请选择“申请主体”。')).toBeTruthy();
  });
});
