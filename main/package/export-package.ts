import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { AppError } from '../../shared/errors';
import type { KdfParams } from '../keys/kdf';
import { prepareSealer, type SealedFileWritten } from './chunk-sealer';
import { collisionKey, entryNameProblem } from './entry-name';
import { ENTRY_PREFIX, LAYOUT_VERSION, MANIFEST_NAME, portableMeta, type Manifest, type ManifestEntry, type PackageMeta } from './manifest';
import { packageError } from './package-error';
import { maxManifestBytes, ratioAllows, resolveLimits, type PackageLimits } from './package-limits';
import { Progress } from './progress';

export interface PackageEntrySource {
  name: string;
  /** Exact byte count; the export fails if the stream gives more or fewer. */
  size: number;
  /** Called once, when the entry's turn comes, so only one source is open at a time. */
  open(): NodeJS.ReadableStream | AsyncIterable<Buffer | Uint8Array>;
  /** False for data that is already compressed (JPEG, PDF, DOCX): deflating it again only costs time. */
  compress?: boolean;
}

export interface ExportPackageOptions {
  outFile: string;
  passphrase: string;
  meta: PackageMeta;
  entries: AsyncIterable<PackageEntrySource> | Iterable<PackageEntrySource>;
  onProgress?(done: number, total: number): void;
  /** Sum of the entry sizes, when the caller knows it; otherwise progress counts what has been seen so far. */
  totalBytes?: number;
  kdf?: Partial<KdfParams>;
  limits?: Partial<PackageLimits>;
}

/**
 * Writes a sealed case package. Entries are pulled from the iterable one at a time and streamed
 * through zip and encryption to a temporary file beside `outFile`, which replaces `outFile` only
 * once everything is written and flushed; on any failure no file is left.
 */
export async function exportPackage(opts: ExportPackageOptions): Promise<SealedFileWritten> {
  const limits = resolveLimits(opts.limits);
  const meta = portableMeta(opts.meta);
  if (!meta) throw new AppError('INVALID_INPUT', { reason: 'meta' }, ['meta']);
  const sealer = await prepareSealer(opts.passphrase, opts.kdf);

  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const zipFailed = new Promise<never>((_, reject) => zip.on('error', reject));
  const writing = sealer.writeFile(output, opts.outFile);
  // Whichever side breaks first ends the export; the other side must not wait forever on it.
  const broken = Promise.race([
    zipFailed,
    writing.then(() => {
      throw new AppError('INTERNAL', { reason: 'package output ended before the last entry' });
    }),
  ]);
  broken.catch(() => {});

  const progress = new Progress(opts.onProgress, opts.totalBytes ?? 0);
  try {
    const listed: ManifestEntry[] = [];
    const taken = new Set<string>();
    let declaredTotal = 0;
    for await (const source of opts.entries) {
      checkSource(source, listed.length, taken, limits);
      declaredTotal += source.size;
      if (declaredTotal > limits.maxTotalBytes) throw packageError('PACKAGE_TOO_LARGE', 'entries exceed the total size limit');
      if (opts.totalBytes === undefined) progress.total = declaredTotal;
      const measured = measure(source, progress);
      const stream = Readable.from(measured.bytes, { objectMode: false });
      // yazl pipes the stream without listening for its errors; `measured.done` carries them here.
      stream.on('error', () => {});
      zip.addReadStream(stream, ENTRY_PREFIX + source.name, {
        size: source.size,
        compress: source.compress ?? true,
      });
      listed.push(await Promise.race([measured.done, broken]));
    }

    const manifest: Manifest = { layout: LAYOUT_VERSION, meta, entries: listed };
    const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    if (manifestBytes.length > maxManifestBytes(limits)) throw packageError('PACKAGE_TOO_LARGE', 'manifest too large');
    zip.addBuffer(manifestBytes, MANIFEST_NAME);
    zip.end();
    const written = await Promise.race([writing, zipFailed]);

    // The importer refuses packages that unpack to far more than they weigh; find out here, not there.
    if (!ratioAllows(limits, declaredTotal + manifestBytes.length, written.bytes)) {
      fs.rmSync(opts.outFile, { force: true });
      throw packageError('PACKAGE_TOO_LARGE', 'contents compress too well to pass the import check; export them uncompressed');
    }
    progress.finish();
    return written;
  } catch (e) {
    // Without an error: the writer may still be opening its file and not yet listening.
    output.destroy();
    await writing.catch(() => {});
    throw e;
  }
}

function checkSource(source: PackageEntrySource, count: number, taken: Set<string>, limits: PackageLimits): void {
  if (count + 1 > limits.maxEntries) throw packageError('PACKAGE_TOO_LARGE', 'too many entries');
  const problem = entryNameProblem(source.name);
  if (problem) throw packageError('PACKAGE_UNSAFE_ENTRY', problem, { entry: JSON.stringify(source.name) });
  const key = collisionKey(source.name);
  if (taken.has(key)) throw packageError('PACKAGE_UNSAFE_ENTRY', 'duplicate entry name', { entry: source.name });
  taken.add(key);
  if (!Number.isSafeInteger(source.size) || source.size < 0) throw new AppError('INVALID_INPUT', { reason: 'entry size', entry: source.name }, ['size']);
  if (source.size > limits.maxEntryBytes) throw packageError('PACKAGE_TOO_LARGE', 'entry exceeds the size limit', { entry: source.name });
}

/** The entry's bytes on their way into the zip, counted and hashed; `done` gives its manifest line. */
function measure(source: PackageEntrySource, progress: Progress): { bytes: AsyncGenerator<Buffer>; done: Promise<ManifestEntry> } {
  let settle!: { resolve: (e: ManifestEntry) => void; reject: (e: unknown) => void };
  const done = new Promise<ManifestEntry>((resolve, reject) => (settle = { resolve, reject }));
  done.catch(() => {});
  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      const hash = crypto.createHash('sha256');
      let size = 0;
      for await (const piece of asIterable(source.open())) {
        const buf = asBuffer(piece);
        size += buf.length;
        if (size > source.size) throw sizeMismatch(source);
        hash.update(buf);
        progress.add(buf.length);
        yield buf;
      }
      if (size !== source.size) throw sizeMismatch(source);
      settle.resolve({ name: source.name, size, sha256: hash.digest('hex') });
    } catch (e) {
      settle.reject(e);
      throw e;
    }
  }
  return { bytes: bytes(), done };
}

function sizeMismatch(source: PackageEntrySource): AppError {
  return packageError('PACKAGE_ENTRY_SIZE_MISMATCH', 'entry stream length differs from its declared size', { entry: source.name });
}

function asIterable(source: NodeJS.ReadableStream | AsyncIterable<Buffer | Uint8Array>): AsyncIterable<unknown> {
  if (Symbol.asyncIterator in source) return source as AsyncIterable<unknown>;
  // An old-style stream (before async iteration) is wrapped rather than read by hand.
  return new Readable().wrap(source as NodeJS.ReadableStream);
}

function asBuffer(piece: unknown): Buffer {
  if (Buffer.isBuffer(piece)) return piece;
  if (piece instanceof Uint8Array) return Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
  // A string chunk means the caller set an encoding; its byte count would not match `size`.
  throw new AppError('INVALID_INPUT', { reason: 'entry stream must yield bytes, not text' });
}
