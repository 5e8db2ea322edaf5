import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Role } from '../../../shared/roles';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { BackupReminderBanner } from '../../../renderer/src/backup/reminder-banner';
import { useBackupReminder } from '../../../renderer/src/backup/backup-reminder.store';
import { useRoute } from '../../../renderer/src/route.store';
import { fakeMain } from '../fake-main';

function renderBanner(roles: Role[]) {
  return render(
    <AppProviders>
      <BackupReminderBanner roles={roles} />
    </AppProviders>,
  );
}

afterEach(() => {
  cleanup();
  useBackupReminder.setState({ reminder: null });
  useRoute.getState().reset();
});

describe('the backup reminder', () => {
  test('tells the system administrator how long it has been and opens the backup tab', async () => {
    fakeMain({ 'backup.reminder': () => ({ lastBackupAt: '2026-11-10T01:00:00.000Z', daysSince: 18, reminderDays: 7, overdue: true }) });
    renderBanner(['sysadmin']);
    const banner = await screen.findByTestId('backup-reminder');
    expect(banner.textContent).toContain('已经 18 天没有备份数据了（提醒间隔为 7 天）');
    fireEvent.click(screen.getByRole('button', { name: /立即备份/ }));
    expect(useRoute.getState()).toMatchObject({ pageId: 'settings', params: { tab: 'backup' } });
  });

  test('says so when nothing was ever backed up', async () => {
    fakeMain({ 'backup.reminder': () => ({ lastBackupAt: null, daysSince: null, reminderDays: 7, overdue: true }) });
    renderBanner(['sysadmin']);
    expect((await screen.findByTestId('backup-reminder')).textContent).toContain('本机数据还没有备份过');
  });

  test('stays away while the last backup is recent', async () => {
    const main = fakeMain({ 'backup.reminder': () => ({ lastBackupAt: '2026-11-27T01:00:00.000Z', daysSince: 1, reminderDays: 7, overdue: false }) });
    renderBanner(['sysadmin']);
    await waitFor(() => expect(main.calls('backup.reminder')).toHaveLength(1));
    await waitFor(() => expect(useBackupReminder.getState().reminder?.overdue).toBe(false));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  test('is neither asked for nor shown for those who cannot back up: the auditor, the case officer', async () => {
    const main = fakeMain({ 'backup.reminder': () => ({ lastBackupAt: null, daysSince: null, reminderDays: 7, overdue: true }) });
    renderBanner(['auditor']);
    renderBanner(['officer', 'reviewer']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(main.calls('backup.reminder')).toEqual([]);
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });
});
