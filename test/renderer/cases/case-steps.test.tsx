import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { CaseSteps } from '../../../renderer/src/cases/case-steps';
import { officialWorkCalendar } from '../../../shared/calendar';
import { faultToleranceWorkflow, type CaseState, type Evaluation } from '../../../shared/workflow';

function at(state: Pick<CaseState, 'step' | 'status' | 'history'>): Evaluation {
  return {
    table: faultToleranceWorkflow,
    state: { ...state, openedOn: '2026-10-08', data: {} },
    actor: { userId: 'u', roles: ['officer'], unitId: 1, caseInScope: true },
    context: { today: '2026-11-10', calendar: officialWorkCalendar() },
  };
}

function stepsOf(ev: Evaluation) {
  const { container } = render(
    <AppProviders>
      <CaseSteps evaluation={ev} viewing={ev.state.step} onView={vi.fn()} />
    </AppProviders>,
  );
  return [...container.querySelectorAll('.ant-steps-item')].map((item) => ({
    text: item.textContent ?? '',
    status: [...item.classList].find((c) => /^ant-steps-item-(finish|process|wait|error)$/.test(c))?.replace('ant-steps-item-', ''),
  }));
}

afterEach(cleanup);

describe('the steps bar', () => {
  test('shows the four steps as the engine reports their progress', () => {
    const steps = stepsOf(at({ step: 'ruling', status: 'pending', history: [] }));
    expect(steps.map((s) => s.status)).toEqual(['finish', 'finish', 'process', 'wait']);
    expect(steps[2]!.text).toContain('研究认定');
    expect(steps[2]!.text).toContain('待审核');
  });

  test('adds the appeal review once a case is appealed, with the four steps done', () => {
    const appealed = {
      action: 'appeal',
      actorId: 'u',
      on: '2026-11-09',
      from: { step: 'feedback', status: 'closed' as const },
      to: { step: 'review', status: 'active' as const },
      input: { reason: '事实有误', receivedOn: '2026-11-09' },
    };
    const steps = stepsOf(at({ step: 'review', status: 'active', history: [appealed] }));
    expect(steps).toHaveLength(5);
    expect(steps.slice(0, 4).map((s) => s.status)).toEqual(['finish', 'finish', 'finish', 'finish']);
    expect(steps[4]).toMatchObject({ status: 'process' });
    expect(steps[4]!.text).toContain('申诉复核');
  });

  test('marks a refused application as stopped where it stood', () => {
    const steps = stepsOf(at({ step: 'application', status: 'refused', history: [] }));
    expect(steps.map((s) => s.status)).toEqual(['error', 'wait', 'wait', 'wait']);
  });
});
