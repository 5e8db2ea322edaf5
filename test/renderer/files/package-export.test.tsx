import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CaseSummary } from '../../../shared/ipc/cases.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { PackageExport } from '../../../renderer/src/packages';
import { fakeMain, job, polls, POLLED, Refusal } from './fake-main';

const PATH = '/media/u盘/赵立新.qzp';

function summary(id: number, cadreName: string): CaseSummary {
  return {
    id,
    kind: 'fault-tolerance',
    number: `青纪容〔2026〕${id}号`,
    cadreId: id,
    cadreName,
    unitId: 2,
    unitName: '云溪镇党委政府',
    step: 'feedback',
    status: 'closed',
    openedOn: '2026-09-29',
    dueOn: null,
    dueEstimate: false,
    deadline: null,
    outcome: 'exempt',
    situations: [],
    originOffice: null,
    updatedAt: '2026-11-28T07:00:00.000Z',
    closedAt: '2026-11-20T07:00:00.000Z',
  };
}

const CASES = [summary(1, '赵立新'), summary(2, '马晓东'), summary(4, '何振华')];

function renderExport() {
  render(
    <AppProviders>
      <PackageExport />
    </AppProviders>,
  );
}

const tick = (name: string) => fireEvent.click(within(screen.getByText(name).closest('tr')!).getByRole('checkbox'));
const passphrase = (first: string, again: string) => {
  fireEvent.change(screen.getByLabelText('交换包口令'), { target: { value: first } });
  fireEvent.change(screen.getByLabelText('再次输入口令'), { target: { value: again } });
};

afterEach(cleanup);

describe('exporting a case package', () => {
  test('shows the passphrase rule as it is met, and refuses a weak one, a mismatch and an empty choice before asking main', async () => {
    const main = fakeMain({ 'cases.list': () => ({ total: 3, rows: CASES }) });
    renderExport();
    await screen.findByText('赵立新');
    const rules = screen.getByTestId('passphrase-rules');
    expect(rules.querySelectorAll('.qz-rule--met')).toHaveLength(0);
    passphrase('交换口令', '交换口令x');
    await waitFor(() => expect(within(rules).getByText('包含字母（汉字也算）').closest('.qz-rule')!.className).toContain('qz-rule--met'));
    expect(within(rules).getByText('包含数字').closest('.qz-rule')!.className).not.toContain('qz-rule--met');
    fireEvent.click(screen.getByTestId('package-export-start'));
    await screen.findByText('口令至少 10 位，且须同时包含字母和数字。');
    await screen.findByText('两次输入的口令不一致。');
    passphrase('交换口令Exchange2026', '交换口令Exchange2026');
    await waitFor(() => expect(rules.querySelectorAll('.qz-rule--met')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('package-export-start'));
    await screen.findByText('请至少勾选一件案件。');
    expect(main.calls('packages.export')).toEqual([]);
  });

  test('sends the cases ticked, across pages and searches, with the passphrase, and shows what went into the file', async () => {
    const main = fakeMain({
      'cases.list': (input) => ({ total: 3, rows: input.q ? CASES.filter((c) => c.cadreName === input.q) : CASES }),
      'packages.export': (input) => {
        if (!input.path) throw new Refusal('HOST_UNAVAILABLE', [], { what: 'chooseSavePath' });
        return job('packageExport', { phase: 'collect' });
      },
      'jobs.status': polls(
        job('packageExport', { phase: 'write', done: 3 * 1024 * 1024, total: 6 * 1024 * 1024 }),
        job('packageExport', { state: 'done', phase: 'write', result: { kind: 'packageExport', path: PATH, bytes: 6 * 1024 * 1024, cases: 2, documents: 3, attachments: 5 } }),
      ),
    });
    renderExport();
    await screen.findByText('赵立新');
    tick('赵立新');
    fireEvent.change(screen.getByLabelText('按干部姓名或案件编号查找'), { target: { value: '何振华' } });
    fireEvent.keyDown(screen.getByLabelText('按干部姓名或案件编号查找'), { key: 'Enter', keyCode: 13 });
    await screen.findByText('共 3 件');
    tick('何振华');
    expect(screen.getByTestId('package-chosen').textContent).toContain('已选 2 件');
    passphrase('交换口令Exchange2026', '交换口令Exchange2026');
    fireEvent.click(screen.getByTestId('package-export-start'));
    fireEvent.change(await screen.findByLabelText('保存到'), { target: { value: PATH } });
    fireEvent.click(screen.getByTestId('package-export-start'));
    await screen.findByText('3.0 MB / 6.0 MB', undefined, POLLED);
    await screen.findByText('已导出 2 件案件', undefined, POLLED);
    expect(screen.getByTestId('package-path').textContent).toContain(PATH);
    expect(main.calls('packages.export').at(-1)).toEqual({ caseIds: [1, 4], passphrase: '交换口令Exchange2026', path: PATH });
  });

  test('every case of a type in scope goes by its type, not a list of ids', async () => {
    const main = fakeMain({
      'cases.list': () => ({ total: 3, rows: CASES }),
      'packages.export': () => job('packageExport'),
      'jobs.status': () => job('packageExport', { phase: 'collect' }),
    });
    renderExport();
    await screen.findByText('赵立新');
    fireEvent.click(screen.getByText('澄清正名'));
    fireEvent.click(screen.getByLabelText('我可见的全部澄清正名案件'));
    expect(screen.queryByText('赵立新')).toBeNull();
    passphrase('交换口令Exchange2026', '交换口令Exchange2026');
    fireEvent.click(screen.getByTestId('package-export-start'));
    await screen.findByTestId('job-cancel');
    expect(main.calls('packages.export')).toEqual([{ kind: 'clearance', passphrase: '交换口令Exchange2026' }]);
  });
});
