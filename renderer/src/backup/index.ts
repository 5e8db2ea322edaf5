// The backup screens' layout travels with whatever imports them: the tab, the banner, the login screen.
import './backup.css';

export { BackupStatus } from './backup-status';
export { BackupCreate } from './backup-create';
export { BackupRestore } from './backup-restore';
export { BackupReminderBanner } from './reminder-banner';
export { RestoreFlow } from './restore-flow';
export { useBackupReminder } from './backup-reminder.store';
export { formatBytes } from './format-bytes';
