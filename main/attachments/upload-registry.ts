import { createHash, randomUUID, type Hash } from 'node:crypto';
import type { CoreState } from '../core-state';
import { AppError } from '../../shared/errors';

/**
 * Uploads in progress: which staged blob each one fills, how far it has got, and the running hash
 * of what arrived. Held in memory beside the core, never on disk; the bytes themselves go straight
 * into the encrypted database. Bounded in number and in idle time.
 */
export interface Upload {
  id: string;
  owner: string;
  caseId: number;
  step: string;
  name: string;
  size: number;
  expectedSha256: string | undefined;
  blobId: number;
  received: number;
  hash: Hash;
  touchedAt: number;
}

export const MAX_OPEN_UPLOADS = 4;
export const UPLOAD_IDLE_MS = 15 * 60 * 1000;

const registries = new WeakMap<CoreState, Map<string, Upload>>();

function registry(state: CoreState): Map<string, Upload> {
  let map = registries.get(state);
  if (!map) registries.set(state, (map = new Map()));
  return map;
}

/** Forgets uploads idle too long; returns their blobs so the caller can discard the staged bytes. */
export function expireUploads(state: CoreState): number[] {
  const map = registry(state);
  const expired: number[] = [];
  for (const [id, u] of map) {
    if (state.now() - u.touchedAt > UPLOAD_IDLE_MS) {
      map.delete(id);
      expired.push(u.blobId);
    }
  }
  return expired;
}

export function openUpload(state: CoreState, u: Omit<Upload, 'id' | 'received' | 'hash' | 'touchedAt'>): Upload {
  const map = registry(state);
  if ([...map.values()].filter((x) => x.owner === u.owner).length >= MAX_OPEN_UPLOADS) throw new AppError('BUSY', { running: MAX_OPEN_UPLOADS });
  const upload: Upload = { ...u, id: randomUUID(), received: 0, hash: createHash('sha256'), touchedAt: state.now() };
  map.set(upload.id, upload);
  return upload;
}

/** The caller's own upload, still open; another user's looks the same as one that never existed. */
export function findUpload(state: CoreState, id: string, owner: string): Upload {
  const u = registry(state).get(id);
  if (!u || u.owner !== owner) throw new AppError('UPLOAD_EXPIRED');
  u.touchedAt = state.now();
  return u;
}

export function closeUpload(state: CoreState, id: string): void {
  registry(state).delete(id);
}
