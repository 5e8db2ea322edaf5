import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry } from '../../../shared/ipc/audit.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { AuditTrail } from '../../../renderer/src/audit';
import { fakeMain, Refusal } from '../fake-main';

const HEAD = 60;
const HASH = 'c0ffee'.repeat(10) + 'beef';

/** Sixty entries, newest first as main pages them; every seventh refused, one with an action no catalog names. */
function entry(seq: number): AuditEntry {
  const refused = seq % 7 === 0;
  return {
    seq,
    at: new Date(Date.UTC(2026, 10, 28, 1, 0, seq)).toISOString(),
    actorId: refused ? (seq === 56 ? 'u-9' : null) : 'u-1',
    actorName: refused ? null : '赵审计',
    action: seq === 59 ? 'future.channel' : refused ? 'auth.failed' : 'cases.get',
    recordType: 'case',
    recordId: String(seq),
    result: refused ? 'refused' : 'ok',
    detail: refused ? { reason: 'bad password' } : null,
  };
}

function trailMain(extra: Record<string, (input: Record<string, unknown>) => unknown> = {}) {
  return fakeMain({
    'audit.list': (input) => {
      const page = Number(input.page);
      const size = Number(input.pageSize);
      const all = Array.from({ length: HEAD }, (_, i) => entry(HEAD - i)).filter((e) => !input.result || e.result === input.result);
      return { total: all.length, rows: all.slice((page - 1) * size, page * size) };
    },
    'users.list': () => [{ id: 'u-9', username: 'liming', displayName: '李明' }],
    'audit.settings': () => ({ retentionDays: 365, minRetentionDays: 180, archivedThrough: null, archivable: 0 }),
    ...extra,
  });
}

function renderTrail() {
  render(
    <AppProviders>
      <AuditTrail />
    </AppProviders>,
  );
}

const row = (seq: number) => document.querySelector<HTMLElement>(`.qz-audit-table tr[data-row-key="${seq}"]`);

afterEach(cleanup);

describe('the audit trail screen', () => {
  test('reads one page at a time, newest first, in words, with the code beside and an unknown action shown as it is', async () => {
    const main = trailMain();
    renderTrail();
    await waitFor(() => expect(row(60)).not.toBeNull());
    expect(main.calls('audit.list')[0]).toEqual({ page: 1, pageSize: 20 });
    expect(document.querySelectorAll('.qz-audit-table .ant-table-row')).toHaveLength(20);
    expect(row(60)!.textContent).toContain('打开案件');
    expect(row(60)!.textContent).toContain('cases.get');
    expect(row(59)!.textContent).toContain('future.channel');
    expect(row(56)!.textContent).toContain('登录失败');
    expect(row(56)!.textContent).toContain('拒绝');
    // A failed sign-in names the account tried, which was not signed in; an entry with no account names nobody.
    await waitFor(() => expect(row(56)!.textContent).toContain('李明（未登录）'));
    expect(row(49)!.textContent).toContain('（系统或未登录）');
    expect(screen.getByText('共 60 条')).toBeTruthy();

    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(row(40)).not.toBeNull());
    expect(main.calls('audit.list').at(-1)).toEqual({ page: 2, pageSize: 20 });
  });

  test('opens an entry with everything it recorded', async () => {
    trailMain();
    renderTrail();
    await waitFor(() => expect(row(56)).not.toBeNull());
    fireEvent.click(within(row(56)!).getByText('登录失败'));
    const drawer = await screen.findByRole('dialog');
    expect(drawer.textContent).toContain('审计记录 第 56 条');
    expect(drawer.textContent).toContain('auth.failed');
    expect(drawer.textContent).toContain('"reason": "bad password"');
  });

  test('an intact chain: the number of entries checked and the head hash, plainly', async () => {
    trailMain({ 'audit.verify': () => ({ ok: true, entries: 60, brokenAt: null, headHash: HASH, archivedThrough: null }) });
    renderTrail();
    fireEvent.click(screen.getByRole('button', { name: /核验审计链/ }));
    const verdict = await screen.findByTestId('chain-verdict');
    expect(verdict.textContent).toContain('审计链完整');
    expect(verdict.textContent).toContain('已从第一条记录逐条核验 60 条记录');
    expect(verdict.textContent).toContain(HASH);
  });

  test('a broken chain names the entry, and "show" opens the page it is on with that row marked', async () => {
    const main = trailMain({ 'audit.verify': () => ({ ok: false, entries: 23, brokenAt: 37, headHash: HASH, archivedThrough: null }) });
    renderTrail();
    await waitFor(() => expect(row(60)).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: /核验审计链/ }));
    const verdict = await screen.findByTestId('chain-verdict');
    expect(verdict.getAttribute('role')).toBe('alert');
    expect(verdict.textContent).toContain('审计链在第 37 条断裂');
    expect(verdict.textContent).toContain('在清正之外被改动或删除过');

    fireEvent.click(screen.getByRole('button', { name: '查看第 37 条' }));
    await waitFor(() => expect(row(37)).not.toBeNull());
    expect(main.calls('audit.list').at(-1)).toEqual({ page: 2, pageSize: 20 });
    expect(row(37)!.classList.contains('qz-audit-broken')).toBe(true);
    expect(row(38)!.classList.contains('qz-audit-broken')).toBe(false);
  });

  test('exports exactly the selected entries to a typed path when there is no save dialog, and shows the head hash written with them', async () => {
    const main = trailMain({
      'audit.export': (input) => {
        if (!input.path) throw new Refusal('INVALID_INPUT', ['path']);
        return { path: input.path, rows: 2, headSeq: 60, headHash: HASH, fileSha256: 'f'.repeat(64) };
      },
    });
    renderTrail();
    await waitFor(() => expect(row(56)).not.toBeNull());
    fireEvent.click(within(row(56)!).getByRole('checkbox'));
    fireEvent.click(within(row(49)!).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: /导出所选（2 条）/ }));

    const modal = await screen.findByRole('dialog');
    expect(within(modal).getByTestId('export-scope').textContent).toBe('所选的 2 条记录');
    fireEvent.click(within(modal).getByRole('button', { name: '导出' }));
    await within(modal).findByText(/请输入保存文件的完整路径/);

    fireEvent.change(within(modal).getByLabelText('保存为'), { target: { value: 'D:\\审计\\拒绝.xlsx' } });
    fireEvent.click(within(modal).getByRole('button', { name: '导出' }));
    await within(modal).findByText('已导出 2 条记录');
    expect(within(modal).getByTestId('export-head-hash').textContent).toBe(HASH);
    expect(main.calls('audit.export').at(-1)).toEqual({ seqs: [56, 49], path: 'D:\\审计\\拒绝.xlsx', locale: 'zh-CN' });
  });
});
