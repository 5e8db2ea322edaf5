import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';

/** Large enough that a gigabyte is a thousand reads, small enough that memory stays flat. */
const CHUNK = 1024 * 1024;

export interface HashedFile {
  size: number;
  sha256: string;
}

/**
 * Copies `from` to a new file `to` (never over an existing one), hashing the bytes as they pass
 * and flushing the copy to the disk before it counts as written. The hash is of what was read, so
 * a restore that stages a backup through here checks exactly the bytes it will install.
 */
export async function copyHashed(from: string, to: string, onBytes: (n: number) => void = () => undefined): Promise<HashedFile> {
  await fsp.mkdir(path.dirname(to), { recursive: true });
  const src = await fsp.open(from, 'r');
  try {
    const dst = await fsp.open(to, 'wx', 0o600);
    try {
      const hash = crypto.createHash('sha256');
      const buf = Buffer.allocUnsafe(CHUNK);
      let size = 0;
      for (;;) {
        const { bytesRead } = await src.read(buf, 0, CHUNK, null);
        if (bytesRead === 0) break;
        const chunk = buf.subarray(0, bytesRead);
        hash.update(chunk);
        let written = 0;
        while (written < bytesRead) written += (await dst.write(chunk, written, bytesRead - written)).bytesWritten;
        size += bytesRead;
        onBytes(bytesRead);
      }
      await dst.sync();
      return { size, sha256: hash.digest('hex') };
    } finally {
      await dst.close();
    }
  } finally {
    await src.close();
  }
}

export async function hashFile(file: string, onBytes: (n: number) => void = () => undefined): Promise<HashedFile> {
  const handle = await fsp.open(file, 'r');
  try {
    const hash = crypto.createHash('sha256');
    const buf = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      size += bytesRead;
      onBytes(bytesRead);
    }
    return { size, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}
