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
});
