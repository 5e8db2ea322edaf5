import { useEffect, useState } from 'react';
import type { BackupJobStatus } from '../../../shared/ipc/backup.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';

/** Often enough for the bar to move smoothly, seldom enough not to crowd the router. */
export const POLL_MS = 400;

/**
 * Follows a backup or restore job until it stops running: the core cannot push, so the screen asks.
 * A failed poll (the bridge broke) is reported once and polling stops; the job itself goes on in main.
 */
export function useBackupJob(jobId: string | null): { status: BackupJobStatus | null; pollError: ApiError | null } {
  const [status, setStatus] = useState<BackupJobStatus | null>(null);
  const [pollError, setPollError] = useState<ApiError | null>(null);

  useEffect(() => {
    setStatus(null);
    setPollError(null);
    if (!jobId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await invoke('backup.status', { jobId });
        if (!live) return;
        setStatus(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
      } catch (caught) {
        if (live) setPollError(caught as ApiError);
      }
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  return { status, pollError };
}
