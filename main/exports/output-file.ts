import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * A file on its way out of the machine. It is written beside its target under a temporary name and
 * takes the target's name only after the audit entry recording it has been committed, so no
 * exported file exists that the audit log does not know of; a failure removes the partial file.
 */
export interface PendingOutput {
  readonly target: string;
  readonly partial: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export function pendingOutput(target: string): PendingOutput {
  const partial = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  return {
    target,
    partial,
    async commit() {
      try {
        await rename(partial, target);
      } catch (e) {
        await rm(partial, { force: true }).catch(() => undefined);
        throw unwritable(target, e);
      }
    },
    discard: () => rm(partial, { force: true }).catch(() => undefined),
  };
}

export function unwritable(target: string, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  const err = new AppError('FILE_UNWRITABLE', { name: basename(target) });
  err.cause = cause;
  return err;
}

/**
 * Writes pieces to the partial file and flushes it to the disk, hashing as it goes. `between` runs
 * before each piece is pulled, so a writer that reads from the database can stop when the session ends.
 */
export async function writePieces(
  out: PendingOutput,
  pieces: Iterable<Buffer> | AsyncIterable<Buffer>,
  between: () => void = () => undefined,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  let handle;
  try {
    handle = await open(out.partial, 'wx', 0o600);
    between();
    for await (const piece of pieces) {
      await handle.write(piece);
      hash.update(piece);
      size += piece.length;
      between();
    }
    await handle.sync();
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await out.discard();
    throw unwritable(out.target, e);
  }
  await handle.close();
  return { size, sha256: hash.digest('hex') };
}
