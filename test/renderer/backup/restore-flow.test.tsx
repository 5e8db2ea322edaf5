import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { BackupJobStatus, RestoreReport } from '../../../shared/ipc/backup.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { RestoreFlow } from '../../../renderer/src/backup/restore-flow';
import { fakeMain, Refusal } from '../fake-main';

const JOB = '0b7d2c4e-8f1a-4c3b-9d2e-5a6b7c8d9e0f';
const FOLDER = '/media/u盘/清正备份-绵纪-20261128-090000';

const inspection = {
  folder: FOLDER,
  createdAt: '2026-11-28T01:00:00.000Z',
  officeCode: '绵纪',
  formatVersion: 1,
  schemaVersion: 7,
  totalBytes: 2048,
  fileCount: 3,
  attachmentCount: 1,
  supported: true,
  sameInstallation: true,
};

const report: RestoreReport = {
  folder: FOLDER,
  backupCreatedAt: '2026-11-28T01:00:00.000Z',
  backupCreatedBy: '王管理',
  office: { name: '绵阳市纪委监委', code: '绵纪' },
  schemaVersion: 7,
  counts: { cases: 12, users: 5, auditEntries: 340, attachments: 1 },
  replacedKeptIn: null,
};

function job(patch: Partial<BackupJobStatus>): BackupJobStatus {
  return { jobId: JOB, kind: 'restore', state: 'running', phase: 'copying', percent: 40, doneBytes: 800, totalBytes: 2048, backup: null, restore: null, error: null, ...patch };
}

function renderFlow(atStart: boolean, onRestored = vi.fn()) {
  render(
    <AppProviders>
      <RestoreFlow atStart={atStart} initialFolder={atStart ? FOLDER : undefined} onRestored={onRestored} />
    </AppProviders>,
  );
  return onRestored;
}

afterEach(cleanup);

describe('restoring a backup', () => {
  test('shows what the folder holds, refuses a password the backup does not know on its field, and replaces nothing before the preview is confirmed', async () => {
    const steps = [job({ phase: 'copying', percent: 40 }), job({ phase: 'verifying', percent: 90 }), job({ state: 'verified', phase: 'verifying', percent: 100, restore: report })];
    let tries = 0;
    const main = fakeMain({
      'backup.inspect': () => inspection,
      'backup.restore': () => {
        if (tries++ === 0) throw new Refusal('BACKUP_BAD_PASSWORD', ['password']);
        return { jobId: JOB };
      },
      'backup.status': () => steps.shift() ?? steps.at(-1),
      'backup.restoreCommit': () => ({ ...report, replacedKeptIn: '/data/replaced-20261128-100000' }),
    });
    const onRestored = renderFlow(false);

    fireEvent.change(screen.getByLabelText('备份所在文件夹'), { target: { value: FOLDER } });
    fireEvent.click(screen.getByRole('button', { name: /检查备份/ }));
    const held = await screen.findByTestId('backup-inspection');
    expect(held.textContent).toContain('本机这套清正');
    expect(held.textContent).toContain('绵纪');

    fireEvent.change(screen.getByLabelText('制作该备份时您的密码'), { target: { value: 'Changed2026pass' } });
    fireEvent.click(screen.getByRole('button', { name: /核验备份/ }));
    const refusal = await screen.findByText(/请输入制作这份备份时您所用的密码/);
    expect(refusal.closest('.ant-form-item-explain')).not.toBeNull();

    fireEvent.change(screen.getByLabelText('制作该备份时您的密码'), { target: { value: 'Admin2026pass' } });
    fireEvent.click(screen.getByRole('button', { name: /核验备份/ }));
    await screen.findByText('正在核对备份文件');
    const preview = await screen.findByTestId('restore-preview', undefined, { timeout: 3000 });
    expect(preview.textContent).toContain('绵阳市纪委监委（绵纪）');
    expect(preview.textContent).toContain('王管理');
    expect(preview.textContent).toContain('340');
    expect(main.calls('backup.restore')).toEqual([
      { folder: FOLDER, password: 'Changed2026pass' },
      { folder: FOLDER, password: 'Admin2026pass' },
    ]);
    expect(main.calls('backup.restoreCommit')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '确认恢复' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith({ ...report, replacedKeptIn: '/data/replaced-20261128-100000' }, null));
    expect(main.calls('backup.restoreCommit')).toEqual([{ jobId: JOB }]);
  });

  test('walking away from the preview cancels the verified job and says nothing changed', async () => {
    const main = fakeMain({
      'backup.inspect': () => inspection,
      'backup.restore': () => ({ jobId: JOB }),
      'backup.status': () => job({ state: 'verified', percent: 100, restore: report }),
      'backup.restoreCancel': () => ({ done: true }),
    });
    const onRestored = renderFlow(false);
    fireEvent.change(screen.getByLabelText('备份所在文件夹'), { target: { value: FOLDER } });
    fireEvent.click(screen.getByRole('button', { name: /检查备份/ }));
    await screen.findByTestId('backup-inspection');
    fireEvent.change(screen.getByLabelText('制作该备份时您的密码'), { target: { value: 'Admin2026pass' } });
    fireEvent.click(screen.getByRole('button', { name: /核验备份/ }));
    await screen.findByTestId('restore-preview');
    fireEvent.click(screen.getByRole('button', { name: '不恢复' }));
    await screen.findByText('已取消，本机数据没有任何改动。');
    expect(main.calls('backup.restoreCancel')).toEqual([{ jobId: JOB }]);
    expect(onRestored).not.toHaveBeenCalled();
    expect(screen.queryByTestId('backup-inspection')).toBeNull();
  });

  test('before sign-in, with the recovery key: asks the user name, checks the new password here, and sends the key and the new password', async () => {
    const main = fakeMain({
      'backup.inspect': () => inspection,
      'backup.restoreAtStart': () => ({ jobId: JOB }),
      'backup.status': () => job({ state: 'verified', percent: 100, restore: report }),
    });
    renderFlow(true);
    expect(screen.getByLabelText<HTMLInputElement>('备份所在文件夹').value).toBe(FOLDER);
    fireEvent.click(screen.getByRole('button', { name: /检查备份/ }));
    await screen.findByTestId('backup-inspection');
    expect(screen.getByText('只有备份中的系统管理员可以在这里恢复。')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: ' admin ' } });
    fireEvent.click(screen.getByText('用恢复密钥'));
    fireEvent.change(await screen.findByLabelText('恢复密钥'), { target: { value: ' ABCD-EFGH-JKLM ' } });
    fireEvent.change(screen.getByLabelText('新密码'), { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText('再次输入新密码'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: /核验备份/ }));
    await screen.findByText(/密码不符合要求/);
    expect(main.calls('backup.restoreAtStart')).toEqual([]);

    fireEvent.change(screen.getByLabelText('新密码'), { target: { value: 'Fresh2026pass' } });
    fireEvent.change(screen.getByLabelText('再次输入新密码'), { target: { value: 'Fresh2026pass' } });
    fireEvent.click(screen.getByRole('button', { name: /核验备份/ }));
    await screen.findByTestId('restore-preview');
    expect(main.calls('backup.restoreAtStart')).toEqual([{ folder: FOLDER, username: 'admin', recoveryKey: 'ABCD-EFGH-JKLM', newPassword: 'Fresh2026pass' }]);
  });

  test('a backup made by a newer program is shown but cannot be verified', async () => {
    fakeMain({ 'backup.inspect': () => ({ ...inspection, supported: false, sameInstallation: false }) });
    renderFlow(false);
    fireEvent.change(screen.getByLabelText('备份所在文件夹'), { target: { value: FOLDER } });
    fireEvent.click(screen.getByRole('button', { name: /检查备份/ }));
    await screen.findByText(/请升级程序后再恢复/);
    expect(screen.getByTestId('backup-inspection').textContent).toContain('另一套清正');
    expect(screen.queryByRole('button', { name: /核验备份/ })).toBeNull();
  });
});
