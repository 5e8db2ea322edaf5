import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors';
import type { KdfParams } from '../keys/kdf';
import {
  CHUNK_BYTES,
  MAX_CHUNKS,
  TAG_BYTES,
  chunkAad,
  chunkNonce,
  deriveEnvelopeKeys,
  encodeHeader,
  envelopeKdf,
  type EnvelopeHeader,
} from './envelope';
import { packageError } from './package-error';

/**
 * Turns plaintext into the sealed envelope: the header, then 1 MiB chunks each sealed on its own.
 * A full chunk is held back until more bytes arrive, because only then is it known not to be the
 * last one.
 */
export class ChunkSealer extends Transform {
  private readonly pending = Buffer.allocUnsafe(CHUNK_BYTES);
  private filled = 0;
  private index = 0;
  private headerSent = false;
  private readonly aadMore: Buffer;
  private readonly aadFinal: Buffer;

  constructor(
    private readonly header: EnvelopeHeader,
    private readonly key: Buffer,
  ) {
    super();
    this.aadMore = chunkAad(header, false);
    this.aadFinal = chunkAad(header, true);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.sendHeader();
      let offset = 0;
      while (offset < chunk.length) {
        if (this.filled === CHUNK_BYTES) this.seal(false);
        const n = Math.min(CHUNK_BYTES - this.filled, chunk.length - offset);
        chunk.copy(this.pending, this.filled, offset, offset + n);
        this.filled += n;
        offset += n;
      }
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.sendHeader();
      this.seal(true);
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  private sendHeader(): void {
    if (this.headerSent) return;
    this.headerSent = true;
    this.push(this.header.bytes);
  }

  private seal(final: boolean): void {
    if (this.index >= MAX_CHUNKS) throw packageError('PACKAGE_TOO_LARGE', 'more chunks than the nonce counter allows');
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, chunkNonce(this.header, this.index), { authTagLength: TAG_BYTES });
    cipher.setAAD(final ? this.aadFinal : this.aadMore);
    // update() returns a fresh buffer, so `pending` can be refilled at once.
    this.push(cipher.update(this.pending.subarray(0, this.filled)));
    cipher.final();
    this.push(cipher.getAuthTag());
    this.filled = 0;
    this.index += 1;
  }
}

export interface SealedFileWritten {
  bytes: number;
  sha256: string;
}

/** A sealer with its key already derived, so that the slow scrypt step happens before any output starts. */
export interface PreparedSealer {
  kdf: KdfParams;
  /** Seals `source` into `outFile` via a temporary file beside it; on failure nothing is left behind. Once only: the key is wiped after. */
  writeFile(source: NodeJS.ReadableStream, outFile: string): Promise<SealedFileWritten>;
}

export async function prepareSealer(passphrase: string, kdfOverrides?: Partial<KdfParams>): Promise<PreparedSealer> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new AppError('INVALID_INPUT', { reason: 'passphrase' }, ['passphrase']);
  const kdf = envelopeKdf(kdfOverrides);
  const keys = await deriveEnvelopeKeys(passphrase, kdf);
  const header = encodeHeader(kdf, keys);
  keys.header.fill(0);
  return {
    kdf,
    writeFile: (source, outFile) => writeSealed(source, outFile, header, keys.chunk),
  };
}

async function writeSealed(source: NodeJS.ReadableStream, outFile: string, header: EnvelopeHeader, key: Buffer): Promise<SealedFileWritten> {
  const dir = path.dirname(outFile);
  const tmp = path.join(dir, `.${path.basename(outFile)}.${crypto.randomBytes(6).toString('hex')}.partial`);
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  // Opened before the pipeline starts, so a failure cannot race the file's creation and leave it behind.
  const fh = await fs.promises.open(tmp, 'wx', 0o600);
  const sink = fh.createWriteStream({ autoClose: false });
  try {
    try {
      await pipeline(source, new ChunkSealer(header, key), measure, sink);
      // Officers pull the stick soon after "done"; the bytes must be on it, not in a cache.
      await fh.sync();
    } finally {
      sink.destroy();
      await fh.close();
    }
    await renameWithRetry(tmp, outFile);
    syncDir(dir);
    return { bytes, sha256: hash.digest('hex') };
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'EFBIG') throw packageError('PACKAGE_TOO_LARGE', 'the target disk cannot hold a file this large');
    throw e;
  } finally {
    key.fill(0);
  }
}

/** Windows refuses a rename for a moment while a virus scanner or indexer holds the new file open. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || attempt >= 10 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

function syncDir(dir: string): void {
  // Windows cannot open a folder for fsync; its file systems journal the rename themselves.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
