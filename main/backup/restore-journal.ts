import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { renameWithRetry, syncDir, writeFileAtomic } from '../keys/atomic-write';

/**
 * The note a restore leaves in the data folder while it swaps files, so that a crash or power cut
 * half-way is undone at the next start: the data that was there goes back, and the restore can be
 * run again. It is removed the moment the restored data has opened and passed its checks; that
 * removal is the restore's commit point.
 */
export const JOURNAL_NAME = 'restore-journal.json';
export const STAGING_PREFIX = '.restore-';

/** What a swap moves aside, in this order: the database with its WAL files, the keyring, the attachments. */
export const SWAPPED_ITEMS = ['qingzheng.db', 'qingzheng.db-wal', 'qingzheng.db-shm', 'keyring.json', 'attachments'] as const;
/** What a restore installs from its staging folder. */
export const INSTALLED_ITEMS = ['qingzheng.db', 'keyring.json', 'attachments'] as const;

const journalSchema = z.strictObject({
  format: z.literal('qingzheng-restore-journal'),
  version: z.literal(1),
  /** Folder names inside the data folder. */
  staging: z.string().startsWith(STAGING_PREFIX),
  aside: z.string().startsWith('replaced-'),
  /** Which of SWAPPED_ITEMS existed before the swap: anything else found in their place afterwards came from the restore. */
  originals: z.array(z.enum(SWAPPED_ITEMS)),
});
export type RestoreJournal = z.infer<typeof journalSchema>;

export function writeJournal(dataDir: string, journal: Omit<RestoreJournal, 'format' | 'version'>): RestoreJournal {
  const full: RestoreJournal = { format: 'qingzheng-restore-journal', version: 1, ...journal };
  writeFileAtomic(path.join(dataDir, JOURNAL_NAME), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

export function removeJournal(dataDir: string): void {
  fs.rmSync(path.join(dataDir, JOURNAL_NAME), { force: true });
  syncDir(dataDir);
}

/**
 * Puts the data folder back as it was before the swap, from whatever point the swap reached:
 * restored items go back to the staging folder, the set-aside originals return to their places.
 * Safe to run twice.
 */
export function undoSwap(dataDir: string, journal: RestoreJournal): void {
  const staging = path.join(dataDir, journal.staging);
  const aside = path.join(dataDir, journal.aside);
  fs.mkdirSync(staging, { recursive: true });
  for (const item of SWAPPED_ITEMS) {
    const here = path.join(dataDir, item);
    const away = path.join(aside, item);
    const original = journal.originals.includes(item);
    // An original that never left is still the original.
    if (original && !fs.existsSync(away)) continue;
    if (fs.existsSync(here)) {
      const back = path.join(staging, item);
      if ((INSTALLED_ITEMS as readonly string[]).includes(item) && !fs.existsSync(back)) renameWithRetry(here, back);
      else fs.rmSync(here, { recursive: true, force: true });
    }
    if (original) renameWithRetry(away, here);
  }
  try {
    fs.rmdirSync(aside);
  } catch {
    // Not there, or (unexpectedly) not empty: an aside folder is never deleted with anything in it.
  }
  syncDir(dataDir);
}

/**
 * At every start, before anything opens the data: finishes what an interrupted restore left. With
 * a journal the swap did not reach its commit point, so it is undone; staging folders without one
 * are leftovers of restores that never started swapping, or finished, and hold only copies of a backup.
 * Returns whether a swap was undone.
 */
export function recoverInterruptedRestore(dataDir: string): boolean {
  let undone = false;
  const file = path.join(dataDir, JOURNAL_NAME);
  if (fs.existsSync(file)) {
    const parsed = journalSchema.safeParse(readJson(file));
    // A journal that does not parse names nothing safe to move; leave the folder as it is for a person to look at.
    if (!parsed.success) return false;
    undoSwap(dataDir, parsed.data);
    // What went back to staging may have been worked on between the crash and this start: kept, not deleted.
    const staging = path.join(dataDir, parsed.data.staging);
    if (fs.existsSync(staging)) renameWithRetry(staging, path.join(dataDir, `restore-undone-${parsed.data.staging.slice(STAGING_PREFIX.length)}`));
    removeJournal(dataDir);
    undone = true;
  }
  let names: string[] = [];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return undone;
  }
  for (const name of names) if (name.startsWith(STAGING_PREFIX)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
  return undone;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
