import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../keys/atomic-write';

/**
 * What this computer remembers about its backups, in a small clear-text file beside the database:
 * the login screen must be able to offer the latest backup when the database will not open, so it
 * cannot live inside it. It holds folders and dates only. A lost or damaged index costs a reminder
 * shown too early and a backup the officer has to pick by hand, never data.
 */
const INDEX_NAME = 'backup-index.json';
/** Enough history to find a backup after a few drives were unplugged; older ones are still found by scanning their folders. */
const KEEP = 50;

const recordSchema = z.object({ folder: z.string(), createdAt: z.string(), officeCode: z.string(), dbId: z.string() });
const indexSchema = z.object({
  destinations: z.array(z.string()),
  backups: z.array(recordSchema),
});
export type BackupIndex = z.infer<typeof indexSchema>;
export type BackupRecord = z.infer<typeof recordSchema>;

const empty = (): BackupIndex => ({ destinations: [], backups: [] });

export function readBackupIndex(dataDir: string): BackupIndex {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, INDEX_NAME), 'utf8')));
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

/** Remembers a completed backup and the folder it was made in, newest first. */
export function recordBackup(dataDir: string, destination: string, backup: BackupRecord): void {
  const index = readBackupIndex(dataDir);
  const destinations = [destination, ...index.destinations.filter((d) => d !== destination)].slice(0, KEEP);
  const backups = [backup, ...index.backups.filter((b) => b.folder !== backup.folder)].slice(0, KEEP);
  writeFileAtomic(path.join(dataDir, INDEX_NAME), `${JSON.stringify({ destinations, backups }, null, 2)}\n`);
}

/** When this computer last completed a backup of the installation `dbId`. */
export function lastBackupAt(dataDir: string, dbId: string | null): string | null {
  const mine = readBackupIndex(dataDir).backups.filter((b) => dbId === null || b.dbId === dbId);
  return mine.reduce<string | null>((latest, b) => (latest === null || b.createdAt > latest ? b.createdAt : latest), null);
}
