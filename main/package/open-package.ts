import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../shared/errors';
import { collisionKey, entryNameProblem } from './entry-name';
import { ENTRY_PREFIX, LAYOUT_VERSION, MANIFEST_NAME, manifestSchema, type Manifest, type ManifestEntry, type PackageMeta } from './manifest';
import { packageError } from './package-error';
import { maxManifestBytes, ratioAllows, resolveLimits, type PackageLimits } from './package-limits';
import { Progress } from './progress';
import { SealedFile } from './sealed-file';
import { SealedZipReader } from './sealed-zip-reader';

export interface OpenPackageOptions extends Partial<PackageLimits> {
  /** Reported while entries are checked: bytes unpacked so far, of the total the manifest lists. */
  onProgress?(done: number, total: number): void;
  /** The case-data format versions this build can import; other packages are refused before their entries are read. */
  formatVersions?: readonly number[];
}

export interface VerifiedPackage {
  readonly meta: PackageMeta;
  readonly manifest: Manifest;
  /**
   * The entry's bytes, checked again against the manifest as they stream. An error can still come
   * at the end (the file was changed after it was verified), so write what is read in a way that
   * can be rolled back.
   */
  read(name: string): AsyncIterable<Buffer>;
  /** The entry parsed as UTF-8 JSON; `maxBytes` guards memory, since the whole entry is held. */
  readJson(name: string, maxBytes?: number): Promise<unknown>;
  close(): Promise<void>;
}

/** What the verification learned about one entry, kept for the second pass. */
interface Located {
  entry: yauzl.Entry;
  dataStart: number;
  deflated: boolean;
  size: number;
  sha256: string;
}

const DEFAULT_JSON_MAX = 64 * 1024 * 1024;
const UTF8_FLAG = 0x800;
const ENCRYPTED_FLAGS = 0x1 | 0x40;
const DATA_DESCRIPTOR_FLAG = 0x8;
const UNICODE_PATH_EXTRA = 0x7075;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const DOS_DIRECTORY = 0x10;
const DOS_REPARSE_POINT = 0x400;

/**
 * Opens a sealed case package and verifies all of it before returning: the passphrase, the
 * versions, every chunk's authentication, the zip's structure and names, the manifest, and every
 * entry's size and SHA-256 against it. Any fault refuses the whole package; nothing has been
 * handed to the caller by then.
 */
export async function openPackage(file: string, passphrase: string, options: OpenPackageOptions = {}): Promise<VerifiedPackage> {
  const { onProgress, formatVersions, ...given } = options;
  const limits = resolveLimits(given);
  let sealed: SealedFile | undefined;
  let zip: yauzl.ZipFile | undefined;
  try {
    sealed = await SealedFile.open(file, passphrase);
    zip = await yauzl.fromRandomAccessReaderPromise(new SealedZipReader(sealed), sealed.plainSize, {
      lazyEntries: true,
      autoClose: false,
      // Names are decoded and judged here, not by yauzl, which would silently prefer a second
      // name hidden in an extra field, and sizes are counted here too.
      decodeStrings: false,
      validateEntrySizes: false,
    });
    zip.on('error', () => {});
    const centralDirectoryAt = (zip as unknown as { readEntryCursor: unknown }).readEntryCursor;
    if (typeof centralDirectoryAt !== 'number') throw new AppError('INTERNAL', { reason: 'yauzl no longer exposes the central directory offset' });
    if ((zip.comment as unknown as Buffer).length > 0) throw packageError('PACKAGE_FORMAT', 'zip has a comment');
    if (zip.entryCount > limits.maxEntries + 1) throw packageError('PACKAGE_TOO_LARGE', 'too many entries');

    const central = await readCentralDirectory(zip, limits);
    const manifest = await readManifest(zip, central, limits);
    if (formatVersions && !formatVersions.includes(manifest.meta.formatVersion)) {
      throw packageError('PACKAGE_VERSION', 'case data format version not supported', { formatVersion: manifest.meta.formatVersion });
    }
    const listedBytes = manifest.entries.reduce((sum, e) => sum + e.size, 0);
    const unpacked = listedBytes + central.get(MANIFEST_NAME)!.uncompressedSize;
    if (!ratioAllows(limits, unpacked, sealed.fileSize)) throw packageError('PACKAGE_TOO_LARGE', 'package unpacks to far more than it weighs');

    const located = await verifyEntries(zip, central, manifest, centralDirectoryAt, new Progress(onProgress, listedBytes));
    await sealed.authenticateUnseen();
    return verifiedPackage(zip, sealed, manifest, located);
  } catch (e) {
    zip?.close();
    await sealed?.close();
    throw asPackageError(e);
  }
}

/** Every central directory record, judged on its own before any data is unpacked. */
async function readCentralDirectory(zip: yauzl.ZipFile, limits: PackageLimits): Promise<Map<string, yauzl.Entry>> {
  const byName = new Map<string, yauzl.Entry>();
  const taken = new Set<string>();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    const name = decodeName(entry);
    const problem = entryNameProblem(name);
    if (problem) throw packageError('PACKAGE_UNSAFE_ENTRY', problem, { entry: JSON.stringify(name) });
    const key = collisionKey(name);
    if (taken.has(key)) throw packageError('PACKAGE_UNSAFE_ENTRY', 'duplicate entry name', { entry: name });
    taken.add(key);
    if (name !== MANIFEST_NAME && !name.startsWith(ENTRY_PREFIX)) throw packageError('PACKAGE_TAMPERED', 'entry is not part of the package layout', { entry: name });
    checkFileType(entry, name);
    if (entry.generalPurposeBitFlag & ENCRYPTED_FLAGS) throw packageError('PACKAGE_FORMAT', 'entry is encrypted inside the zip', { entry: name });
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw packageError('PACKAGE_FORMAT', 'unsupported compression method', { entry: name });
    if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
      throw packageError('PACKAGE_TAMPERED', 'stored entry has two different sizes', { entry: name });
    }
    if (entry.uncompressedSize > limits.maxEntryBytes) throw packageError('PACKAGE_TOO_LARGE', 'entry exceeds the size limit', { entry: name });
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes + maxManifestBytes(limits)) throw packageError('PACKAGE_TOO_LARGE', 'entries exceed the total size limit');
    byName.set(name, entry);
  }
  return byName;
}

function decodeName(entry: yauzl.Entry): string {
  const raw = entry.fileNameRaw;
  // Without the UTF-8 flag other tools read the name as CP437 and would see a different file.
  if (!(entry.generalPurposeBitFlag & UTF8_FLAG) && raw.some((b) => b > 0x7f)) {
    throw packageError('PACKAGE_UNSAFE_ENTRY', 'non-ASCII name without the UTF-8 flag');
  }
  if (entry.extraFields.some((f) => f.id === UNICODE_PATH_EXTRA)) throw packageError('PACKAGE_UNSAFE_ENTRY', 'entry carries a second name in an extra field');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    throw packageError('PACKAGE_UNSAFE_ENTRY', 'name is not valid UTF-8');
  }
}

/** Only regular files: a symlink or directory entry could redirect a later write outside the target. */
function checkFileType(entry: yauzl.Entry, name: string): void {
  const unixType = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (unixType === S_IFLNK) throw packageError('PACKAGE_UNSAFE_ENTRY', 'symbolic link', { entry: name });
  if (unixType !== 0 && unixType !== S_IFREG) throw packageError('PACKAGE_UNSAFE_ENTRY', 'not a regular file', { entry: name });
  if (entry.externalFileAttributes & (DOS_DIRECTORY | DOS_REPARSE_POINT)) throw packageError('PACKAGE_UNSAFE_ENTRY', 'directory or reparse point', { entry: name });
}

async function readManifest(zip: yauzl.ZipFile, central: Map<string, yauzl.Entry>, limits: PackageLimits): Promise<Manifest> {
  const entry = central.get(MANIFEST_NAME);
  if (!entry) throw packageError('PACKAGE_FORMAT', 'no manifest');
  if (entry.uncompressedSize > maxManifestBytes(limits)) throw packageError('PACKAGE_TOO_LARGE', 'manifest too large');
  const header = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const stream = await openData(zip, entry, header.fileDataStart);
  const text = await collect(stream, entry.uncompressedSize, MANIFEST_NAME);
  const parsed = parseJson(text, MANIFEST_NAME);
  if (parsed && typeof parsed === 'object' && 'layout' in parsed && parsed.layout !== LAYOUT_VERSION) {
    throw packageError('PACKAGE_VERSION', 'unknown package layout version', { layout: String(parsed.layout) });
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw packageError('PACKAGE_FORMAT', `manifest: ${result.error.issues[0]?.path.join('.') ?? ''} ${result.error.issues[0]?.message ?? ''}`);
  const manifest = result.data;

  if (manifest.entries.length > limits.maxEntries) throw packageError('PACKAGE_TOO_LARGE', 'too many entries');
  const taken = new Set<string>();
  let total = 0;
  for (const listed of manifest.entries) {
    const problem = entryNameProblem(listed.name);
    if (problem) throw packageError('PACKAGE_UNSAFE_ENTRY', problem, { entry: JSON.stringify(listed.name) });
    const key = collisionKey(listed.name);
    if (taken.has(key)) throw packageError('PACKAGE_UNSAFE_ENTRY', 'manifest lists a name twice', { entry: listed.name });
    taken.add(key);
    if (listed.size > limits.maxEntryBytes) throw packageError('PACKAGE_TOO_LARGE', 'entry exceeds the size limit', { entry: listed.name });
    total += listed.size;
    if (total > limits.maxTotalBytes) throw packageError('PACKAGE_TOO_LARGE', 'entries exceed the total size limit');
    const inZip = central.get(ENTRY_PREFIX + listed.name);
    if (!inZip) throw packageError('PACKAGE_TAMPERED', 'an entry in the manifest is missing', { entry: listed.name });
    if (inZip.uncompressedSize !== listed.size) throw packageError('PACKAGE_TAMPERED', 'entry size differs from the manifest', { entry: listed.name });
  }
  // Every zip entry is now either the manifest or listed in it, unless the counts differ.
  if (central.size !== manifest.entries.length + 1) throw packageError('PACKAGE_TAMPERED', 'the zip holds an entry the manifest does not list');
  return manifest;
}

/**
 * Unpacks every entry in file order, counting and hashing as it inflates. Along the way each local
 * header must agree with the central directory and no entry may overlap another: overlapping
 * entries are how the densest zip bombs reuse one compressed block many times.
 */
async function verifyEntries(
  zip: yauzl.ZipFile,
  central: Map<string, yauzl.Entry>,
  manifest: Manifest,
  centralDirectoryAt: number,
  progress: Progress,
): Promise<Map<string, Located>> {
  const listed = new Map(manifest.entries.map((e) => [ENTRY_PREFIX + e.name, e]));
  const inFileOrder = [...central.entries()].sort(([, a], [, b]) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  const located = new Map<string, Located>();
  let previousEnd = 0;
  for (const [zipName, entry] of inFileOrder) {
    if (entry.relativeOffsetOfLocalHeader < previousEnd) throw packageError('PACKAGE_FORMAT', 'entries overlap', { entry: zipName });
    const local = await zip.readLocalFileHeaderPromise(entry);
    checkLocalHeader(entry, local, zipName);
    const dataEnd = local.fileDataStart + entry.compressedSize;
    if (dataEnd > centralDirectoryAt) throw packageError('PACKAGE_FORMAT', 'entry data runs into the central directory', { entry: zipName });
    previousEnd = dataEnd;

    const expected = listed.get(zipName);
    if (!expected) continue; // the manifest itself, already read and parsed
    const stream = await openData(zip, entry, local.fileDataStart);
    await checkContents(stream, expected, progress);
    located.set(expected.name, {
      entry,
      dataStart: local.fileDataStart,
      deflated: entry.compressionMethod === 8,
      size: expected.size,
      sha256: expected.sha256,
    });
  }
  progress.finish();
  return located;
}

function checkLocalHeader(entry: yauzl.Entry, local: yauzl.LocalFileHeader, name: string): void {
  // Tools that trust the local header would see another name or size than the central directory says.
  if (!local.fileName.equals(entry.fileNameRaw)) throw packageError('PACKAGE_UNSAFE_ENTRY', 'local header names another file', { entry: name });
  if (local.compressionMethod !== entry.compressionMethod || local.generalPurposeBitFlag & ENCRYPTED_FLAGS) {
    throw packageError('PACKAGE_TAMPERED', 'local header disagrees with the central directory', { entry: name });
  }
  if (!(local.generalPurposeBitFlag & DATA_DESCRIPTOR_FLAG)) {
    const agrees = (l: number, c: number) => l === 0xffffffff || l === c;
    if (!agrees(local.compressedSize, entry.compressedSize) || !agrees(local.uncompressedSize, entry.uncompressedSize)) {
      throw packageError('PACKAGE_TAMPERED', 'local header sizes disagree with the central directory', { entry: name });
    }
  }
}

/** yauzl 3.4.0's openReadStreamLowLevelPromise calls the wrong method, hence the callback form. */
function openData(zip: yauzl.ZipFile, entry: yauzl.Entry, dataStart: number): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStreamLowLevel(dataStart, entry.compressedSize, 0, entry.compressedSize, entry.compressionMethod === 8, entry.uncompressedSize, (err, stream) =>
      err ? reject(err) : resolve(stream),
    );
  });
}

/** Counts as it inflates, so a header that understates the size cannot make it unpack without bound. */
async function* counted(stream: Readable, expected: ManifestEntry, progress?: Progress): AsyncGenerator<Buffer> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      size += piece.length;
      if (size > expected.size) throw packageError('PACKAGE_TAMPERED', 'entry unpacks to more bytes than declared', { entry: expected.name });
      hash.update(piece);
      progress?.add(piece.length);
      yield piece;
    }
  } finally {
    stream.destroy();
  }
  if (size !== expected.size) throw packageError('PACKAGE_TAMPERED', 'entry unpacks to fewer bytes than declared', { entry: expected.name });
  if (hash.digest('hex') !== expected.sha256) throw packageError('PACKAGE_TAMPERED', 'entry contents differ from the manifest hash', { entry: expected.name });
}

async function checkContents(stream: Readable, expected: ManifestEntry, progress: Progress): Promise<void> {
  for await (const _ of counted(stream, expected, progress)) {
    // Only the count and the hash matter here; the bytes are dropped as they pass.
  }
}

/** An entry read whole, for JSON: at most `size` bytes are ever held. */
async function collect(stream: Readable, size: number, name: string): Promise<Buffer> {
  const out = Buffer.alloc(size);
  let at = 0;
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      if (at + piece.length > size) throw packageError('PACKAGE_TAMPERED', 'entry unpacks to more bytes than declared', { entry: name });
      piece.copy(out, at);
      at += piece.length;
    }
  } finally {
    stream.destroy();
  }
  if (at !== size) throw packageError('PACKAGE_TAMPERED', 'entry unpacks to fewer bytes than declared', { entry: name });
  return out;
}

function parseJson(bytes: Buffer, name: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw packageError('PACKAGE_FORMAT', 'entry is not valid UTF-8 JSON', { entry: name });
  }
}

function verifiedPackage(zip: yauzl.ZipFile, sealed: SealedFile, manifest: Manifest, located: Map<string, Located>): VerifiedPackage {
  const find = (name: string): Located => {
    const found = located.get(name);
    if (!found) throw new AppError('NOT_FOUND', { reason: 'package entry', entry: name });
    return found;
  };
  const open = (at: Located) => openData(zip, at.entry, at.dataStart);
  const expectation = (name: string, at: Located): ManifestEntry => ({ name, size: at.size, sha256: at.sha256 });
  return {
    meta: manifest.meta,
    manifest,
    read(name: string): AsyncIterable<Buffer> {
      const at = find(name);
      return (async function* () {
        try {
          yield* counted(await open(at), expectation(name, at));
        } catch (e) {
          throw asPackageError(e);
        }
      })();
    },
    async readJson(name: string, maxBytes = DEFAULT_JSON_MAX): Promise<unknown> {
      const at = find(name);
      if (at.size > maxBytes) throw packageError('PACKAGE_TOO_LARGE', 'entry too large to read as JSON', { entry: name });
      try {
        const bytes = Buffer.alloc(at.size);
        let offset = 0;
        for await (const piece of counted(await open(at), expectation(name, at))) {
          piece.copy(bytes, offset);
          offset += piece.length;
        }
        return parseJson(bytes, name);
      } catch (e) {
        throw asPackageError(e);
      }
    },
    async close(): Promise<void> {
      zip.close();
      await sealed.close();
    },
  };
}

/**
 * Package faults keep their reason; file-system faults stay what they are (a missing file, a
 * stick pulled out); anything yauzl or zlib rejected is a malformed package.
 */
function asPackageError(e: unknown): Error {
  if (e instanceof AppError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && 'syscall' in err) {
    const wrapped = err.code === 'ENOENT' ? new AppError('NOT_FOUND', { reason: 'package file' }) : new AppError('INTERNAL', { reason: 'package file unreadable' });
    wrapped.cause = e;
    return wrapped;
  }
  const wrapped = packageError('PACKAGE_FORMAT', e instanceof Error ? e.message : 'unreadable zip');
  wrapped.cause = e;
  return wrapped;
}
