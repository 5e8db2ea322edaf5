import fs from 'node:fs';
import path from 'node:path';
import type { BackupFacts } from '../../shared/ipc/backup.contract';
import { readBackupIndex } from './backup-index';
import { MANIFEST_NAME, readManifest, type Manifest } from './backup-manifest';
import { PARTIAL_SUFFIX } from './backup-folder';

/** A drive full of unrelated folders must not keep the login screen waiting. */
const MAX_SCANNED_PER_FOLDER = 500;

/**
 * The newest backup in the folders this computer has backed up into (and the backups it
 * remembers), read from their manifests without any key: for the login screen to offer when the
 * database will not open. Only complete backups count; when `dbId` is known, only this installation's.
 * Nothing here is verified: the restore verifies everything before it replaces anything.
 */
export function findLatestBackup(dataDir: string, dbId: string | null): BackupFacts | null {
  const index = readBackupIndex(dataDir);
  const candidates = new Set<string>(index.backups.map((b) => b.folder));
  for (const destination of index.destinations) {
    let names: string[];
    try {
      names = fs.readdirSync(destination).slice(0, MAX_SCANNED_PER_FOLDER);
    } catch {
      continue; // an unplugged drive
    }
    for (const name of names) if (!name.endsWith(PARTIAL_SUFFIX)) candidates.add(path.join(destination, name));
  }
  let latest: BackupFacts | null = null;
  for (const folder of candidates) {
    const m = manifestIn(folder);
    if (!m || (dbId !== null && m.dbId !== dbId)) continue;
    if (!latest || m.createdAt > latest.createdAt) latest = { folder, createdAt: m.createdAt, officeCode: m.officeCode };
  }
  return latest;
}

export function manifestIn(folder: string): Manifest | null {
  if (!fs.existsSync(path.join(folder, MANIFEST_NAME))) return null;
  try {
    return readManifest(folder);
  } catch {
    return null;
  }
}
