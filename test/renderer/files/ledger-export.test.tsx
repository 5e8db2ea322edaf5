import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { LedgerExportButton } from '../../../renderer/src/exports';
import { fakeMain, job, polls, POLLED, Refusal } from './fake-main';

const SHA = 'ab'.repeat(32);
const PATH = '/media/u盘/容错纠错台账.xlsx';
const QUERY = { status: 'closed' as const, year: 2026, sort: 'number' as const, order: 'asc' as const, page: 3, pageSize: 50 };

afterEach(cleanup);

function open() {
  render(
    <AppProviders>
      <LedgerExportButton kind="fault-tolerance" query={QUERY} total={37} />
    </AppProviders>,
  );
  fireEvent.click(screen.getByTestId('ledger-export'));
}

describe('the ledger export from a case list', () => {
  test('takes the list’s filters and order but not its page, asks for a path when there is no dialog, shows the rows being written, then where the file went', async () => {
    let started = 0;
    const main = fakeMain({
      'ledgers.export': (input) => {
        if (!input.path) throw new Refusal('HOST_UNAVAILABLE', [], { what: 'chooseSavePath' });
        started += 1;
        return job('ledger', { phase: 'rows', done: 0, total: 37 });
      },
      'jobs.status': polls(
        job('ledger', { phase: 'rows', done: 20, total: 37 }),
        job('ledger', { state: 'done', phase: 'write', done: 37, total: 37, result: { kind: 'ledger', path: PATH, format: 'csv', rows: 37, sha256: SHA } }),
      ),
    });
    open();
    expect(screen.getByText('按当前筛选条件和排序导出，共 37 件案件，每件一行。')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('CSV（UTF-8，可用 Excel 打开）'));
    fireEvent.click(screen.getByTestId('ledger-start'));
    const path = await screen.findByLabelText('保存到');
    expect(screen.getByText('当前运行环境无法打开文件对话框，请输入完整的文件路径。')).toBeTruthy();
    fireEvent.change(path, { target: { value: PATH } });
    fireEvent.click(screen.getByTestId('ledger-start'));

    await screen.findByText('20 / 37', undefined, POLLED);
    expect(screen.getByText('写入台账')).toBeTruthy();
    await screen.findByText('已导出台账，共 37 行', undefined, POLLED);
    expect(screen.getByTestId('ledger-path').textContent).toContain(PATH);
    expect(started).toBe(1);
    const [first, second] = main.calls('ledgers.export');
    expect(first).toEqual({ kind: 'fault-tolerance', status: 'closed', year: 2026, sort: 'number', order: 'asc', format: 'csv', locale: 'zh-CN' });
    expect(second).toEqual({ ...first, path: PATH });
  });

  test('can be stopped while it runs, and says no file was written', async () => {
    const main = fakeMain({
      'ledgers.export': () => job('ledger', { phase: 'rows', done: 0, total: 37 }),
      'jobs.status': () => job('ledger', { phase: 'rows', done: 5, total: 37 }),
      'jobs.cancel': () => job('ledger', { state: 'cancelled', phase: 'rows', done: 5, total: 37, error: new Refusal('CANCELLED').payload() }),
    });
    open();
    fireEvent.click(screen.getByTestId('ledger-start'));
    fireEvent.click(await screen.findByTestId('job-cancel'));
    await screen.findByText('已停止，未生成文件。');
    expect(main.calls('jobs.cancel')).toEqual([{ id: 'job-ledger' }]);
    expect(screen.queryByTestId('job-cancel')).toBeNull();
  });

  test('a job that fails says why, in main’s words', async () => {
    fakeMain({
      'ledgers.export': () => job('ledger'),
      'jobs.status': () => job('ledger', { state: 'failed', error: new Refusal('FILE_UNWRITABLE', ['path'], { name: PATH }).payload() }),
    });
    open();
    fireEvent.click(screen.getByTestId('ledger-start'));
    await screen.findByText('未能完成，未生成文件。', undefined, POLLED);
    expect(screen.getByText(`无法写入“${PATH}”，请检查保存位置是否可写、空间是否充足。`)).toBeTruthy();
  });
});
