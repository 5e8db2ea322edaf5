import { can } from '../../../shared/roles';
import { useSession } from '../session.store';
import { BackupCreate, BackupRestore, BackupStatus, useBackupReminder } from '../backup';

/** The system administrator's backup tab: how old the last backup is, backing up now, restoring. */
export function BackupPanel() {
  const roles = useSession((s) => s.session?.roles ?? []);
  const refresh = useBackupReminder((s) => s.refresh);
  return (
    <div className="qz-panel qz-backup">
      <div className="qz-backup-column">
        {can(roles, 'settings.manage') && <BackupStatus />}
        <BackupCreate onFinished={refresh} />
      </div>
      <div className="qz-backup-column">{can(roles, 'backup.restore') && <BackupRestore />}</div>
    </div>
  );
}
