import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { SealedFile } from './sealed-file';

/**
 * Lets yauzl read the zip inside a sealed package as if it were a plain file. yauzl needs random
 * access (the central directory is at the end), which is why the envelope is chunked rather than
 * one stream.
 */
export class SealedZipReader extends yauzl.RandomAccessReader {
  constructor(private readonly sealed: SealedFile) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return this.sealed.range(start, end);
  }

  // yauzl's own read() goes through a stream per call; most of its reads are a few dozen bytes.
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    const done = callback as (err: Error | null, bytesRead?: number) => void;
    this.sealed.readInto(buffer, offset, length, position).then(
      (n) => done(null, n),
      (e: Error) => done(e),
    );
  }

  /** The file handle belongs to the SealedFile, which the package closes itself. */
  override close(callback: (err: Error | null) => void): void {
    setImmediate(() => callback(null));
  }
}
