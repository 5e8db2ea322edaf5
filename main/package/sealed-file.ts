import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { AppError } from '../../shared/errors';
import {
  CHUNK_BYTES,
  HEADER_BYTES,
  MAX_CHUNKS,
  TAG_BYTES,
  chunkAad,
  chunkNonce,
  checkHeaderMac,
  decodeHeader,
  deriveEnvelopeKeys,
  type EnvelopeHeader,
} from './envelope';
import { packageError } from './package-error';

const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;
/** Enough for the zip reader to look at a header in one place while streaming data from another. */
const CACHED_CHUNKS = 2;

/**
 * Random access to the plaintext of a sealed package without ever writing it out: each read
 * decrypts the 1 MiB chunks it touches and releases no byte of a chunk until its tag has checked.
 * Every read authenticates again, so a file swapped or edited on the stick after verification
 * fails on the importer's second pass instead of feeding it other bytes.
 */
export class SealedFile {
  readonly plainSize: number;
  private readonly chunkCount: number;
  private readonly lastSealedBytes: number;
  private readonly aadMore: Buffer;
  private readonly aadFinal: Buffer;
  /** Which chunks have authenticated at least once, so verification can prove it saw every byte. */
  private readonly seen: Uint8Array;
  private cache: { index: number; data: Promise<Buffer> }[] = [];
  private closed = false;

  private constructor(
    private readonly fh: fs.promises.FileHandle,
    readonly fileSize: number,
    private readonly header: EnvelopeHeader,
    private readonly key: Buffer,
  ) {
    const body = fileSize - HEADER_BYTES;
    this.chunkCount = Math.ceil(body / SEALED_CHUNK_BYTES);
    this.lastSealedBytes = body - (this.chunkCount - 1) * SEALED_CHUNK_BYTES;
    this.plainSize = body - this.chunkCount * TAG_BYTES;
    this.aadMore = chunkAad(header, false);
    this.aadFinal = chunkAad(header, true);
    this.seen = new Uint8Array(this.chunkCount);
  }

  /** Checks the header, the passphrase and the last chunk; the other chunks are checked as they are read. */
  static async open(file: string, passphrase: string): Promise<SealedFile> {
    const fh = await fs.promises.open(file, 'r');
    try {
      const { size } = await fh.stat();
      const head = Buffer.alloc(Math.min(size, HEADER_BYTES));
      await readFully(fh, head, 0);
      const header = decodeHeader(head);
      const body = size - HEADER_BYTES;
      // The smallest sealed chunk is its tag alone; fewer bytes than that after the header, or in
      // the last chunk, means the file was cut or something was appended.
      if (body < TAG_BYTES || (body % SEALED_CHUNK_BYTES > 0 && body % SEALED_CHUNK_BYTES < TAG_BYTES)) {
        throw packageError('PACKAGE_TAMPERED', 'file length does not fit whole chunks');
      }
      if (Math.ceil(body / SEALED_CHUNK_BYTES) > MAX_CHUNKS) throw packageError('PACKAGE_TOO_LARGE', 'more chunks than the nonce counter allows');
      const keys = await deriveEnvelopeKeys(passphrase, header.kdf);
      try {
        checkHeaderMac(header, keys);
      } catch (e) {
        keys.chunk.fill(0);
        throw e;
      } finally {
        keys.header.fill(0);
      }
      const sealed = new SealedFile(fh, size, header, keys.chunk);
      // The last chunk answers "cut short or extended?" before any zip parsing, and the zip reader
      // starts there anyway (the end-of-directory record), so it is read first and kept.
      try {
        await sealed.chunk(sealed.chunkCount - 1);
      } catch (e) {
        await sealed.close(); // wipes the key; closing the handle again below is harmless
        throw e;
      }
      return sealed;
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** Copies plaintext bytes [position, position + length) into `target`; returns how many. */
  async readInto(target: Buffer, offset: number, length: number, position: number): Promise<number> {
    let copied = 0;
    while (copied < length && position + copied < this.plainSize) {
      const at = position + copied;
      const index = Math.floor(at / CHUNK_BYTES);
      const data = await this.chunk(index);
      const from = at - index * CHUNK_BYTES;
      const n = Math.min(data.length - from, length - copied);
      data.copy(target, offset + copied, from, from + n);
      copied += n;
    }
    return copied;
  }

  /** Plaintext bytes [start, end) as a stream, one chunk in flight at a time. */
  range(start: number, end: number): Readable {
    const self = this;
    async function* slices(): AsyncGenerator<Buffer> {
      let at = start;
      while (at < end) {
        const index = Math.floor(at / CHUNK_BYTES);
        const data = await self.chunk(index);
        const from = at - index * CHUNK_BYTES;
        const to = Math.min(data.length, end - index * CHUNK_BYTES);
        if (to <= from) throw packageError('PACKAGE_FORMAT', 'read past the end of the package');
        yield data.subarray(from, to);
        at += to - from;
      }
    }
    return Readable.from(slices(), { objectMode: false, highWaterMark: CHUNK_BYTES });
  }

  /** Authenticates every chunk no read has touched yet, so "verified" covers every byte of the file. */
  async authenticateUnseen(): Promise<void> {
    for (let index = 0; index < this.chunkCount; index++) {
      if (!this.seen[index]) await this.decrypt(index);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cache = [];
    this.key.fill(0);
    await this.fh.close();
  }

  private chunk(index: number): Promise<Buffer> {
    const hit = this.cache.find((c) => c.index === index);
    if (hit) return hit.data;
    const data = this.decrypt(index);
    this.cache.unshift({ index, data });
    this.cache.length = Math.min(this.cache.length, CACHED_CHUNKS);
    // A failed chunk must not be served from the cache to the next caller as if it were fine.
    data.catch(() => {
      this.cache = this.cache.filter((c) => c.data !== data);
    });
    return data;
  }

  private async decrypt(index: number): Promise<Buffer> {
    if (this.closed) throw new AppError('INTERNAL', { reason: 'package closed' });
    if (index < 0 || index >= this.chunkCount) throw packageError('PACKAGE_FORMAT', 'read past the end of the package');
    const final = index === this.chunkCount - 1;
    const sealed = Buffer.allocUnsafe(final ? this.lastSealedBytes : SEALED_CHUNK_BYTES);
    await readFully(this.fh, sealed, HEADER_BYTES + index * SEALED_CHUNK_BYTES);
    const tagAt = sealed.length - TAG_BYTES;
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.key, chunkNonce(this.header, index), { authTagLength: TAG_BYTES });
    decipher.setAAD(final ? this.aadFinal : this.aadMore);
    decipher.setAuthTag(sealed.subarray(tagAt));
    const plain = decipher.update(sealed.subarray(0, tagAt));
    try {
      decipher.final();
    } catch {
      plain.fill(0);
      throw packageError('PACKAGE_TAMPERED', final ? 'last chunk does not authenticate (cut short, extended or altered)' : 'chunk does not authenticate', { chunk: index });
    }
    this.seen[index] = 1;
    return plain;
  }
}

/** Fills `target` from `position`; a file that ends early was cut (or changed since it was opened). */
async function readFully(fh: fs.promises.FileHandle, target: Buffer, position: number): Promise<void> {
  let got = 0;
  while (got < target.length) {
    const { bytesRead } = await fh.read(target, got, target.length - got, position + got);
    if (bytesRead === 0) throw packageError('PACKAGE_TAMPERED', 'file is shorter than it was when opened');
    got += bytesRead;
  }
}
