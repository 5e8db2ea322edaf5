import type { z } from 'zod';
import type { backupInspection } from '../../shared/ipc/backup.contract';
import type { CoreState } from '../core-state';
import { SCHEMA_VERSION } from '../db/migrations';
import { Keyring } from '../keys/keyring';
import { checkSource } from './backup-folder';
import { manifestTotals, readManifest, BACKUP_FORMAT_VERSION } from './backup-manifest';

/** What a chosen folder holds, from its manifest alone, for the screen to show before it asks for a password. */
export function inspectBackup(state: CoreState, folder: string): z.infer<typeof backupInspection> {
  const source = checkSource(folder, state.paths.dir);
  const m = readManifest(source);
  return {
    folder: source,
    createdAt: m.createdAt,
    officeCode: m.officeCode,
    formatVersion: m.formatVersion,
    schemaVersion: m.schemaVersion,
    ...manifestTotals(m),
    supported: m.formatVersion <= BACKUP_FORMAT_VERSION && m.schemaVersion <= SCHEMA_VERSION,
    sameInstallation: currentDbId(state) === null ? null : currentDbId(state) === m.dbId,
  };
}

/** This computer's installation id, or null when there is none that reads. */
export function currentDbId(state: CoreState): string | null {
  if (!state.initialized) return null;
  try {
    return (state.keyring ?? Keyring.load(state.paths.keyring)).dbId;
  } catch {
    return null;
  }
}
