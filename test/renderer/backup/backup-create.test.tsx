import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { BackupJobStatus } from '../../../shared/ipc/backup.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { BackupCreate } from '../../../renderer/src/backup/backup-create';
import { fakeMain, Refusal } from '../fake-main';

const JOB = '6f1c1a8e-2b1e-4d4e-9f43-1a2b3c4d5e6f';
const FOLDER = '/media/u盘/清正备份-绵纪-20261128-090000';

function status(patch: Partial<BackupJobStatus>): BackupJobStatus {
  return {
    jobId: JOB,
    kind: 'backup',
    state: 'running',
    phase: 'database',
    percent: 0,
    doneBytes: 0,
    totalBytes: 4 * 1024 * 1024,
    backup: null,
    restore: null,
    error: null,
    ...patch,
  };
}

afterEach(cleanup);

describe('backing up now', () => {
  test('to a typed folder, showing each phase with its percent, then where the backup is, its size and files', async () => {
    const steps = [
      status({ phase: 'database', percent: 30, doneBytes: 1258291 }),
      status({ phase: 'attachments', percent: 80, doneBytes: 3355443 }),
      status({
        state: 'done',
        phase: 'finishing',
        percent: 100,
        doneBytes: 4194304,
        backup: {
          folder: FOLDER,
          createdAt: '2026-11-28T01:00:00.000Z',
          officeCode: '绵纪',
          schemaVersion: 7,
          totalBytes: 4194304,
          fileCount: 14,
          attachmentCount: 12,
          auditHead: { seq: 812, hash: 'ab'.repeat(32) },
        },
      }),
    ];
    const main = fakeMain({
      'backup.start': () => ({ jobId: JOB }),
      'backup.status': () => steps.shift() ?? steps.at(-1),
    });
    render(
      <AppProviders>
        <BackupCreate />
      </AppProviders>,
    );

    fireEvent.change(screen.getByLabelText('备份到'), { target: { value: '  /media/u盘  ' } });
    fireEvent.click(screen.getByRole('button', { name: /立即备份/ }));

    await screen.findByText('正在复制数据库');
    expect(screen.getByRole('status').textContent).toContain('30%');
    await screen.findByText('正在复制附件', undefined, { timeout: 3000 });
    expect(screen.getByRole('status').textContent).toContain('80%');
    await screen.findByText('备份完成', undefined, { timeout: 3000 });

    expect(main.calls('backup.start')).toEqual([{ folder: '/media/u盘' }]);
    expect(screen.getByTestId('backup-folder').textContent).toBe(FOLDER);
    const result = document.querySelector('.qz-backup-result')!.textContent!;
    expect(result).toContain('4.0 MB');
    expect(result).toContain('14');
    expect(result).toContain('第 812 条');
  });

  test('with no folder typed and no dialog to ask with, asks for the path on the field', async () => {
    const main = fakeMain({ 'backup.start': () => Promise.reject(new Refusal('INVALID_INPUT', ['folder'])) });
    render(
      <AppProviders>
        <BackupCreate />
      </AppProviders>,
    );
    fireEvent.click(screen.getByRole('button', { name: /立即备份/ }));
    await screen.findByText('请输入备份文件夹的完整路径。');
    expect(main.calls('backup.start')).toEqual([{}]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a backup that fails part-way says why, in the words main chose', async () => {
    fakeMain({
      'backup.start': () => ({ jobId: JOB }),
      'backup.status': () => status({ state: 'failed', phase: 'attachments', error: new Refusal('BACKUP_WRITE_FAILED').payload() }),
    });
    render(
      <AppProviders>
        <BackupCreate />
      </AppProviders>,
    );
    fireEvent.change(screen.getByLabelText('备份到'), { target: { value: '/media/u盘' } });
    fireEvent.click(screen.getByRole('button', { name: /立即备份/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('备份没有完成');
    expect(alert.textContent).toContain('未完成的备份已删除');
  });
});
