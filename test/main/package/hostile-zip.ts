import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { prepareSealer } from '../../../main/package/chunk-sealer';
import { ENTRY_PREFIX, LAYOUT_VERSION, MANIFEST_NAME, type Manifest } from '../../../main/package/manifest';
import { CHEAP_KDF, PASSPHRASE, sampleMeta } from './package-fixture';

/*
 * Test-only: builds zips the exporter would never write, then seals them with the real envelope so
 * that they get past decryption and it is the zip and manifest checks that must refuse them.
 */

export interface ZipItem {
  /** The name exactly as it should appear in the zip, hostile or not (yazl never sees it). */
  zipName: string | Buffer;
  data: Buffer;
  /** Unix mode bits for the external attributes (e.g. 0o120777 for a symlink). */
  mode?: number;
  compress?: boolean;
}

export interface HostileZipOptions {
  /** Change the honest manifest before it is written; return anything, even not a manifest. */
  manifest?: (honest: Manifest) => unknown;
  /** Raw manifest bytes, instead of JSON of the (possibly changed) manifest. */
  manifestBytes?: Buffer;
  /** Leave the manifest out of the zip. */
  noManifest?: boolean;
}

/** One file entry under files/ with an honest name. */
export function file(name: string, data: Buffer | string, extra: Partial<ZipItem> = {}): ZipItem {
  return { zipName: ENTRY_PREFIX + name, data: Buffer.isBuffer(data) ? data : Buffer.from(data), ...extra };
}

export function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** The manifest an honest exporter would write for these items. */
export function honestManifest(items: ZipItem[]): Manifest {
  return {
    layout: LAYOUT_VERSION,
    meta: sampleMeta(),
    entries: items
      .map((item) => ({ name: Buffer.from(item.zipName).toString('utf8'), item }))
      .filter(({ name }) => name.startsWith(ENTRY_PREFIX))
      .map(({ name, item }) => ({ name: name.slice(ENTRY_PREFIX.length), size: item.data.length, sha256: sha256(item.data) })),
  };
}

/**
 * A zip of `items` (in order) then the manifest. Names go in through same-length placeholders and
 * are written over afterwards, in both the local header and the central directory, because yazl
 * rightly refuses the hostile ones.
 */
export async function buildZip(items: ZipItem[], options: HostileZipOptions = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const realNames = items.map((item) => Buffer.from(item.zipName));
  items.forEach((item, i) => {
    zip.addBuffer(item.data, placeholder(i, realNames[i].length), {
      compress: item.compress ?? true,
      ...(item.mode !== undefined ? { mode: item.mode } : {}),
    });
  });
  if (!options.noManifest) {
    const honest = honestManifest(items);
    const changed = options.manifest ? options.manifest(honest) : honest;
    zip.addBuffer(options.manifestBytes ?? Buffer.from(JSON.stringify(changed)), MANIFEST_NAME);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  const bytes = Buffer.concat(chunks);
  realNames.forEach((name, i) => setName(bytes, i, name));
  return bytes;
}

function placeholder(index: number, length: number): string {
  const tag = `p${index}`;
  if (length < tag.length) throw new Error(`name too short for a placeholder: ${length}`);
  return tag + 'x'.repeat(length - tag.length);
}

/** Seals plaintext (a zip, or any bytes) into a package file with the real envelope. */
export async function sealBytes(plain: Buffer, outFile: string, passphrase = PASSPHRASE): Promise<void> {
  const sealer = await prepareSealer(passphrase, CHEAP_KDF);
  await sealer.writeFile(Readable.from([plain]), outFile);
}

export async function sealZip(items: ZipItem[], outFile: string, options: HostileZipOptions = {}): Promise<void> {
  await sealBytes(await buildZip(items, options), outFile);
}

// ---- editing a built zip in place -------------------------------------------------------------

export interface CentralRecord {
  /** Offset of the central directory record. */
  at: number;
  /** Offset of the entry's local header. */
  localAt: number;
  nameLength: number;
}

/** The central directory records of a zip without a comment, in order. */
export function centralRecords(zip: Buffer): CentralRecord[] {
  const eocd = zip.length - 22;
  if (zip.readUInt32LE(eocd) !== 0x06054b50) throw new Error('no end of central directory record where expected');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const records: CentralRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory record');
    const nameLength = zip.readUInt16LE(at + 28);
    records.push({ at, localAt: zip.readUInt32LE(at + 42), nameLength });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return records;
}

export function setName(zip: Buffer, index: number, name: Buffer): void {
  const r = centralRecords(zip)[index];
  if (name.length !== r.nameLength) throw new Error('a new name must have the same byte length');
  name.copy(zip, r.at + 46);
  name.copy(zip, r.localAt + 30);
}

/** Central directory fields by their offset in the record. */
export const CENTRAL = { flags: 8, method: 10, compressedSize: 20, uncompressedSize: 24, externalAttributes: 38, localOffset: 42 } as const;
/** Local header fields by their offset in the header. */
export const LOCAL = { flags: 6, method: 8, compressedSize: 18, uncompressedSize: 22 } as const;

export function setCentral(zip: Buffer, index: number, field: keyof typeof CENTRAL, value: number): void {
  const at = centralRecords(zip)[index].at + CENTRAL[field];
  if (field === 'flags' || field === 'method') zip.writeUInt16LE(value, at);
  else zip.writeUInt32LE(value >>> 0, at);
}

export function setLocal(zip: Buffer, index: number, field: keyof typeof LOCAL, value: number): void {
  const at = centralRecords(zip)[index].localAt + LOCAL[field];
  if (field === 'flags' || field === 'method') zip.writeUInt16LE(value, at);
  else zip.writeUInt32LE(value >>> 0, at);
}

export function getCentral(zip: Buffer, index: number, field: keyof typeof CENTRAL): number {
  const at = centralRecords(zip)[index].at + CENTRAL[field];
  return field === 'flags' || field === 'method' ? zip.readUInt16LE(at) : zip.readUInt32LE(at);
}
