import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { ActionBar } from '../../../renderer/src/cases/action-bar';
import { officialWorkCalendar } from '../../../shared/calendar';
import { availableActions, faultToleranceWorkflow, reasonText, type Evaluation, type HistoryEntry } from '../../../shared/workflow';
import { application } from '../../support/fault-tolerance-data';

const OFFICER = 'u-officer';
const REVIEWER = 'u-reviewer';

const submitted: HistoryEntry = {
  action: 'application.submit',
  actorId: OFFICER,
  on: '2026-11-02',
  from: { step: 'application', status: 'active' },
  to: { step: 'application', status: 'pending' },
};

/** An application the officer submitted, looked at by `userId` holding `roles`. */
function pendingApplication(userId: string, roles: Evaluation['actor']['roles']): Evaluation {
  return {
    table: faultToleranceWorkflow,
    state: { step: 'application', status: 'pending', openedOn: '2026-11-02', data: { application }, history: [submitted] },
    actor: { userId, roles, unitId: 1, caseInScope: true },
    context: { today: '2026-11-03', calendar: officialWorkCalendar() },
  };
}

const button = (name: string) => screen.getByRole('button', { name });

/** The tooltip a disabled action shows when pointed at. */
async function tooltipOf(actionKey: string): Promise<string> {
  fireEvent.mouseEnter(screen.getByTestId(`disabled-${actionKey}`));
  const tip = await waitFor(() => {
    const el = document.querySelector('.qz-reason-tooltip .ant-tooltip-container, .qz-reason-tooltip [role="tooltip"]');
    if (!el?.textContent) throw new Error('no tooltip yet');
    return el;
  });
  return tip.textContent ?? '';
}

function renderBar(ev: Evaluation, onAct = vi.fn(async () => null)) {
  render(
    <AppProviders>
      <ActionBar evaluation={ev} busy={null} onAct={onAct} />
    </AppProviders>,
  );
  return onAct;
}

afterEach(cleanup);

const APPROVER = 'u-approver';

/** A closed case whose ruling was issued on 2026-11-02, looked at by the officer on `today`. */
function closedCase(today: string): Evaluation {
  const step = (from: string, to: string, status: 'active' | 'pending' | 'closed', action: string, actorId: string, on: string): HistoryEntry => ({
    action,
    actorId,
    on,
    from: { step: from, status: 'pending' },
    to: { step: to, status },
  });
  return {
    table: faultToleranceWorkflow,
    state: {
      step: 'feedback',
      status: 'closed',
      openedOn: '2026-10-08',
      data: { application },
      history: [step('ruling', 'feedback', 'active', 'ruling.approve', APPROVER, '2026-11-02'), step('feedback', 'feedback', 'closed', 'feedback.close', REVIEWER, '2026-11-05')],
    },
    actor: { userId: OFFICER, roles: ['officer'], unitId: 1, caseInScope: true },
    context: { today, calendar: officialWorkCalendar() },
  };
}

async function typeDate(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(value));
}

describe('the action bar draws the workflow table through the engine', () => {
  test('a reviewer may accept, refuse or return a submitted application, and is told why withdrawing is not theirs', async () => {
    const ev = pendingApplication(REVIEWER, ['reviewer']);
    renderBar(ev);
    expect(button('予以受理').hasAttribute('disabled')).toBe(false);
    expect(button('不予受理').hasAttribute('disabled')).toBe(false);
    expect(button('退回补充').hasAttribute('disabled')).toBe(false);
    expect(button('撤回申请').hasAttribute('disabled')).toBe(true);

    const withdraw = availableActions(ev).find((a) => a.action.key === 'withdraw')!;
    const expected = withdraw.reasons.map((r) => reasonText('zh-CN', r)).join('');
    expect(expected).toBe('此操作须由以下角色之一办理：承办人。');
    await expect(tooltipOf('withdraw')).resolves.toBe(expected);
    expect(screen.getByText('下一步由审核人办理。')).toBeTruthy();
  });

  test('whoever submitted the application may not accept it themselves, and the button says so', async () => {
    const ev = pendingApplication(OFFICER, ['officer', 'reviewer']);
    renderBar(ev);
    expect(button('予以受理').hasAttribute('disabled')).toBe(true);
    await expect(tooltipOf('application.accept')).resolves.toBe('这一步的材料是您提交的，须由他人审核。');
    // The same person may still withdraw: that is the officer's, not a review.
    expect(button('撤回申请').hasAttribute('disabled')).toBe(false);
  });

  test('a return asks for its reason first, in Chinese, and passes it on', async () => {
    const onAct = renderBar(pendingApplication(REVIEWER, ['reviewer']));
    fireEvent.click(button('退回补充'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(dialog.querySelector('.ant-modal-footer .ant-btn-primary')!);
    await screen.findByText('请填写“理由”。');
    expect(onAct).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('理由'), { target: { value: '请补充问责事项的进展' } });
    fireEvent.click(dialog.querySelector('.ant-modal-footer .ant-btn-primary')!);
    await waitFor(() => expect(onAct).toHaveBeenCalledTimes(1));
    const [action, input] = onAct.mock.calls[0] as unknown as [{ key: string }, Record<string, unknown>];
    expect(action.key).toBe('application.return');
    expect(input).toEqual({ reason: '请补充问责事项的进展' });
  });

  test('an appeal after the appeal period cannot be registered, and the button says until when it ran', async () => {
    renderBar(closedCase('2026-12-30'));
    // 15 calendar days from the ruling of 2026-11-02, counted from the next day (民法典 art. 201).
    await expect(tooltipOf('appeal')).resolves.toBe('申诉期已于 2026-11-17 届满，2026-12-30 收到的申诉已超过申诉期。');
  });

  test('an appeal asks for its grounds and the day it was received, and the engine judges that day as it is typed', async () => {
    const onAct = renderBar(closedCase('2026-11-10'));
    fireEvent.click(button('登记申诉'));
    const dialog = await screen.findByRole('dialog');
    await typeDate('收到日期', '2026-11-20');
    await screen.findByText('申诉收到日期 2026-11-20 有误：不能早于认定日期，也不能晚于今天（2026-11-10）。');
    expect(dialog.querySelector('.ant-modal-footer .ant-btn-primary')!.hasAttribute('disabled')).toBe(true);

    await typeDate('收到日期', '2026-11-09');
    await waitFor(() => expect(screen.queryByText(/申诉收到日期 .* 有误/)).toBeNull());
    fireEvent.change(screen.getByLabelText('理由'), { target: { value: '认定所依据的事实有误' } });
    fireEvent.click(dialog.querySelector('.ant-modal-footer .ant-btn-primary')!);
    await waitFor(() => expect(onAct).toHaveBeenCalledTimes(1));
    const [action, input] = onAct.mock.calls[0] as unknown as [{ key: string }, Record<string, unknown>];
    expect(action.key).toBe('appeal');
    expect(input).toEqual({ reason: '认定所依据的事实有误', receivedOn: '2026-11-09' });
  });
});

