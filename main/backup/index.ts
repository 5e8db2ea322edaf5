/**
 * Backup and restore. What the rest of the program may use: the handlers start and read jobs,
 * the core state checks the data at every opening, the core's start undoes an interrupted restore.
 */
export { startBackup } from './create-backup';
export { startRestore, type RestoreAuthority, type RestoreRequest } from './verify-backup';
export { commitRestore } from './restore-swap';
export { jobsOf } from './backup-jobs';
export { inspectBackup, currentDbId } from './inspect-backup';
export { findLatestBackup } from './latest-backup';
export { backupReminder, reminderDays, setReminderDays } from './backup-reminder';
export { checkedOnOpen } from './start-check';
export { recoverInterruptedRestore } from './restore-journal';
