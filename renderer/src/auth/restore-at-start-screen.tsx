import { useEffect, useState } from 'react';
import { Alert, Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { BackupFacts, RestoreReport } from '../../../shared/ipc/backup.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { useSession } from '../session.store';
import { RestoreFlow } from '../backup';
import { AuthLayout } from './auth-layout';
import { DamageExplanation, type DamageCode } from './restore-at-start-offer';

/**
 * Restoring before anyone can sign in: the data here is damaged, tampered with or missing (a new
 * computer). The latest backup this computer knows of is offered first; any other folder may be
 * chosen. Only a system administrator of the backup gets through, which main checks.
 */
export function RestoreAtStartScreen({
  damage,
  onBack,
  backLabel,
}: {
  /** Why sign-in was refused; null on a computer that was never set up. */
  damage: (ApiError & { code: DamageCode }) | null;
  onBack: () => void;
  backLabel: string;
}) {
  const { t } = useTranslation();
  const load = useSession((s) => s.load);
  const [latest, setLatest] = useState<BackupFacts | null | undefined>(undefined);
  const [done, setDone] = useState<{ report: RestoreReport; username: string | null } | null>(null);

  useEffect(() => {
    let live = true;
    invoke('backup.latest', {})
      .then(({ backup }) => live && setLatest(backup))
      .catch(() => live && setLatest(null));
    return () => {
      live = false;
    };
  }, []);

  const signIn = async () => {
    // The login form reads the name when it mounts, so it is set before the screen changes.
    if (done?.username) useSession.setState({ lastUsername: done.username });
    // The data folder changed under main: ask again what state the app is in (set up, signed out).
    await load();
  };

  if (done) {
    return (
      <AuthLayout title={t('backupUi.atStart.title')} width={640}>
        <Result
          status="success"
          title={t('backupUi.restore.doneTitle')}
          subTitle={done.report.replacedKeptIn ? t('backupUi.restore.done', { folder: done.report.replacedKeptIn }) : t('backupUi.restore.doneFresh')}
          extra={
            <Button type="primary" onClick={() => void signIn()}>
              {t('backupUi.restore.signIn')}
            </Button>
          }
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('backupUi.atStart.title')} width={720}>
      {damage ? <DamageExplanation error={damage} /> : <Typography.Paragraph type="secondary">{t('backupUi.atStart.fromSetupHint')}</Typography.Paragraph>}
      {latest !== undefined && (
        <Alert
          type={latest ? 'info' : 'warning'}
          showIcon
          className="qz-backup-latest"
          data-testid="latest-backup"
          title={
            latest
              ? t('backupUi.atStart.latestValue', { date: dayjs(latest.createdAt).format('YYYY-MM-DD HH:mm'), code: latest.officeCode })
              : t('backupUi.atStart.latestNone')
          }
          description={latest ? <Typography.Text className="qz-mono">{latest.folder}</Typography.Text> : undefined}
        />
      )}
      {latest !== undefined && <RestoreFlow atStart initialFolder={latest?.folder} onRestored={(report, username) => setDone({ report, username })} />}
      <div className="qz-auth-links">
        <Button type="link" onClick={onBack}>
          {backLabel}
        </Button>
      </div>
    </AuthLayout>
  );
}
