import { useEffect } from 'react';
import { Alert, Button } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { can, type Role } from '../../../shared/roles';
import { useRoute } from '../route.store';
import { useBackupReminder } from './backup-reminder.store';

/**
 * Shown above every page to the one person who can act on it, the system administrator, when the
 * last backup is older than the interval. Others see nothing: under 三员分立 backing up is not their
 * duty and they could not do it, so a warning would only worry them and teach them to ignore banners.
 */
export function BackupReminderBanner({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const allowed = can(roles, 'backup.create');
  const reminder = useBackupReminder((s) => s.reminder);
  const refresh = useBackupReminder((s) => s.refresh);
  const clear = useBackupReminder((s) => s.clear);
  const navigate = useRoute((s) => s.navigate);

  useEffect(() => {
    if (!allowed) return;
    void refresh();
    return clear;
  }, [allowed, refresh, clear]);

  if (!allowed || !reminder?.overdue) return null;
  const text =
    reminder.daysSince === null
      ? t('backupUi.reminder.never')
      : t('backupUi.reminder.overdue', { days: reminder.daysSince, limit: reminder.reminderDays });
  return (
    <Alert
      type="warning"
      showIcon
      className="qz-backup-banner"
      data-testid="backup-reminder"
      title={text}
      action={
        <Button size="small" type="primary" icon={<CloudUploadOutlined />} onClick={() => navigate('settings', { tab: 'backup' })}>
          {t('backupUi.reminder.action')}
        </Button>
      }
    />
  );
}
