import fs from 'node:fs';
import { AppError } from '../../shared/errors';

const MiB = 1024 * 1024;

/**
 * Refuses before writing anything when the target cannot hold `needed` bytes: a backup or a restore
 * that runs out of room half-way wastes the officer's time and, on a full system disk, can leave
 * the database itself unable to commit.
 */
export function assertFreeSpace(dir: string, needed: number): void {
  let free: number;
  try {
    const st = fs.statfsSync(dir);
    free = st.bavail * st.bsize;
  } catch {
    // Some network shares cannot answer; the write itself will then report a full disk.
    return;
  }
  if (free < needed) throw new AppError('NOT_ENOUGH_SPACE', { neededMiB: Math.ceil(needed / MiB), freeMiB: Math.floor(free / MiB) });
}
