import { create } from 'zustand';
import type { Output } from '../../../shared/ipc/contract';
import { invoke } from '../api';

export type BackupReminder = Output<'backup.reminder'>;

/**
 * The last backup's age, read once per sign-in and again after a backup or a change of interval,
 * so the banner in the frame and the settings tab never disagree.
 */
interface ReminderState {
  reminder: BackupReminder | null;
  refresh(): Promise<void>;
  clear(): void;
}

export const useBackupReminder = create<ReminderState>()((set) => ({
  reminder: null,
  async refresh() {
    try {
      set({ reminder: await invoke('backup.reminder', {}) });
    } catch {
      // A reminder that cannot be read is not worth an error on every page; the tab shows its own.
    }
  },
  clear() {
    set({ reminder: null });
  },
}));
