import { App, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../shared/ipc/backup.contract';
import { useSession } from '../session.store';
import { RestoreFlow } from './restore-flow';

/**
 * Restore while signed in. Committing ends the session in main (the accounts may differ in the
 * backup), so the message is shown in a dialog that outlives the frame, over the login screen.
 */
export function BackupRestore() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const logout = useSession((s) => s.logout);

  const restored = (report: RestoreReport) => {
    modal.success({
      title: t('backupUi.restore.doneTitle'),
      content: report.replacedKeptIn ? t('backupUi.restore.done', { folder: report.replacedKeptIn }) : t('backupUi.restore.doneFresh'),
      okText: t('backupUi.restore.signIn'),
    });
    void logout();
  };

  return (
    <Card size="small" title={t('backupUi.restore.title')}>
      <Typography.Paragraph type="secondary">{t('backupUi.restore.intro')}</Typography.Paragraph>
      <RestoreFlow atStart={false} onRestored={restored} />
    </Card>
  );
}
