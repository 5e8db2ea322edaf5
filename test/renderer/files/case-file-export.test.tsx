import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { CaseFileExportButton } from '../../../renderer/src/exports';
import { fakeMain, job, polls, POLLED, Refusal } from './fake-main';

const PATH = '/media/u盘/青纪容〔2026〕1号案卷.pdf';

afterEach(cleanup);

function open() {
  render(
    <AppProviders>
      <CaseFileExportButton caseId={7} number="青纪容〔2026〕1号" />
    </AppProviders>,
  );
  fireEvent.click(screen.getByTestId('case-file-export'));
  return screen.getByRole('dialog');
}

describe('exporting the case file (案卷)', () => {
  test('sends what the cover asks, follows the job through its phases, and shows the index as printed', async () => {
    const main = fakeMain({
      'docSettings.get': () => ({ retention: 'permanent' }),
      'caseFile.export': () => job('caseFile', { phase: 'render', total: 3 }),
      'jobs.status': polls(
        job('caseFile', { phase: 'render', done: 2, total: 3 }),
        job('caseFile', { phase: 'merge', done: 4, total: 5 }),
        job('caseFile', {
          state: 'done',
          phase: 'write',
          result: {
            kind: 'caseFile',
            path: PATH,
            pages: 8,
            bytes: 334_000,
            sha256: 'ef'.repeat(32),
            items: [
              { title: '关于赵立新同志容错纠错申请的认定意见书', pages: '1-3' },
              { title: '现场照片', pages: '4' },
            ],
          },
        }),
      ),
    });
    const dialog = open();
    // An empty choice is the office's retention period, and the field says which.
    await within(dialog).findByText('单位设置：永久');
    fireEvent.change(within(dialog).getByLabelText('档号'), { target: { value: 'QJ·2026-RC-001' } });
    fireEvent.click(within(dialog).getByTestId('case-file-start'));
    await within(dialog).findByText('排版文书');
    await within(dialog).findByText('2 / 3', undefined, POLLED);
    await within(dialog).findByText('合并页面', undefined, POLLED);
    await within(dialog).findByText('已导出案卷，共 8 页（326.2 KB）', undefined, POLLED);
    expect(within(dialog).getByTestId('case-file-path').textContent).toContain(PATH);
    const index = within(dialog).getByText('现场照片').closest('tr')!;
    expect(within(index).getByText('4')).toBeTruthy();
    expect(main.calls('caseFile.export')).toEqual([{ caseId: 7, archiveCode: 'QJ·2026-RC-001' }]);
  });

  test('a host that cannot print says so, instead of asking for a path', async () => {
    fakeMain({
      'docSettings.get': () => ({ retention: 'long' }),
      'caseFile.export': () => {
        throw new Refusal('HOST_UNAVAILABLE', [], { what: 'printToPdf' });
      },
    });
    const dialog = open();
    fireEvent.click(within(dialog).getByTestId('case-file-start'));
    await within(dialog).findByText('当前运行环境不支持此操作（printToPdf）。');
    expect(within(dialog).queryByLabelText('保存到')).toBeNull();
  });
});
