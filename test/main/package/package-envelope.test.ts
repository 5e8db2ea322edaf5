import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { exportPackage, openPackage, packageErrorReason, type PackageErrorReason } from '../../../main/package';
import { CHUNK_BYTES, HEADER_BYTES, TAG_BYTES } from '../../../main/package/envelope';
import { CHEAP_KDF, PASSPHRASE, drain, refusal, sampleMeta, useTempDir } from './package-fixture';

const tempDir = useTempDir();
const SEALED_CHUNK = CHUNK_BYTES + TAG_BYTES;

/** A package of three chunks (two full, one partial), built once and copied for each attack. */
let original: Buffer;
let payload: Buffer;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'qz-envelope-'));
  try {
    payload = crypto.randomBytes(2 * 1024 * 1024 + 300_000);
    const outFile = path.join(dir, 'p.qzp');
    await exportPackage({
      outFile,
      passphrase: PASSPHRASE,
      meta: sampleMeta(),
      entries: [{ name: '附件.bin', size: payload.length, open: () => Readable.from([payload]), compress: false }],
      kdf: CHEAP_KDF,
    });
    original = fs.readFileSync(outFile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Writes these bytes as a package and opens it. */
function openBytes(bytes: Buffer, passphrase = PASSPHRASE) {
  const file = path.join(tempDir(), 'p.qzp');
  fs.writeFileSync(file, bytes);
  return openPackage(file, passphrase);
}

async function reasonFor(bytes: Buffer): Promise<PackageErrorReason | 'opened'> {
  try {
    const pkg = await openBytes(bytes);
    await pkg.close();
    return 'opened';
  } catch (e) {
    const reason = packageErrorReason(e);
    if (!reason) throw e;
    return reason;
  }
}

const chunkAt = (i: number) => HEADER_BYTES + i * SEALED_CHUNK;

describe('the sealed envelope', () => {
  it('opens untouched, which every attack below starts from', async () => {
    expect(original.length).toBe(chunkAt(2) + (original.length - chunkAt(2)));
    expect(Math.ceil((original.length - HEADER_BYTES) / SEALED_CHUNK)).toBe(3);
    const pkg = await openBytes(original);
    expect((await drain(pkg.read('附件.bin'))).equals(payload)).toBe(true);
    await pkg.close();
  });

  it('refuses a wrong passphrase', async () => {
    await refusal(openBytes(original, PASSPHRASE + ' '), 'PACKAGE_BAD_PASSPHRASE');
  });

  it('accepts the passphrase however the input method composed its characters', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, 'p.qzp');
    await exportPackage({ outFile, passphrase: 'Caf\u00e9-清正', meta: sampleMeta(), entries: [], kdf: CHEAP_KDF });
    const pkg = await openPackage(outFile, 'Cafe\u0301-清正');
    expect(pkg.meta.office).toBe(sampleMeta().office);
    await pkg.close();
  });

  it('refuses a file cut short, wherever it was cut', async () => {
    const cuts = [1, 10, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + 15, HEADER_BYTES + 16, HEADER_BYTES + 5000, chunkAt(1), chunkAt(1) + 1, chunkAt(2), original.length - 16, original.length - 1];
    for (const length of cuts) {
      expect({ length, reason: await reasonFor(original.subarray(0, length)) }).toEqual({ length, reason: 'PACKAGE_TAMPERED' });
    }
  });

  it('refuses an empty file and a file that is not a package at all', async () => {
    await refusal(openBytes(Buffer.alloc(0)), 'PACKAGE_FORMAT');
    await refusal(openBytes(crypto.randomBytes(5000)), 'PACKAGE_FORMAT');
    await refusal(openBytes(Buffer.from('PK\u0003\u0004 a plain zip is not a package')), 'PACKAGE_FORMAT');
  });

  it('refuses bytes appended after the end, one byte or a whole chunk', async () => {
    const lastChunk = original.subarray(chunkAt(2));
    for (const extra of [Buffer.from([0]), crypto.randomBytes(TAG_BYTES), crypto.randomBytes(TAG_BYTES + 1), crypto.randomBytes(SEALED_CHUNK), lastChunk]) {
      expect({ extra: extra.length, reason: await reasonFor(Buffer.concat([original, extra])) }).toEqual({ extra: extra.length, reason: 'PACKAGE_TAMPERED' });
    }
  });

  it('refuses chunks swapped, repeated or dropped', async () => {
    const chunk = (i: number) => original.subarray(chunkAt(i), i === 2 ? undefined : chunkAt(i + 1));
    const header = original.subarray(0, HEADER_BYTES);
    const swapped = Buffer.concat([header, chunk(1), chunk(0), chunk(2)]);
    const repeated = Buffer.concat([header, chunk(0), chunk(0), chunk(2)]);
    const dropped = Buffer.concat([header, chunk(0), chunk(2)]);
    const lastDropped = Buffer.concat([header, chunk(0), chunk(1)]);
    for (const [what, bytes] of Object.entries({ swapped, repeated, dropped, lastDropped })) {
      expect({ what, reason: await reasonFor(bytes) }).toEqual({ what, reason: 'PACKAGE_TAMPERED' });
    }
  });

  it('refuses a chunk taken from another package sealed with the same passphrase', async () => {
    const dir = tempDir();
    const other = path.join(dir, 'other.qzp');
    await exportPackage({ outFile: other, passphrase: PASSPHRASE, meta: sampleMeta(), entries: [{ name: '附件.bin', size: payload.length, open: () => Readable.from([payload]), compress: false }], kdf: CHEAP_KDF });
    const foreign = fs.readFileSync(other);
    const spliced = Buffer.concat([original.subarray(0, chunkAt(1)), foreign.subarray(chunkAt(1), chunkAt(2)), original.subarray(chunkAt(2))]);
    await refusal(openBytes(spliced), 'PACKAGE_TAMPERED');
  });

  it('refuses the package when any one byte is flipped, in the header or in any chunk', async () => {
    const positions = new Set<number>();
    for (let i = 0; i < HEADER_BYTES; i++) positions.add(i);
    for (let i = HEADER_BYTES; i < original.length; i += 40_009) positions.add(i);
    for (const chunkEnd of [chunkAt(1), chunkAt(2), original.length]) for (let i = 1; i <= TAG_BYTES; i++) positions.add(chunkEnd - i);
    const outcomes = new Map<number, string>();
    for (const at of positions) {
      const bytes = Buffer.from(original);
      bytes[at] ^= 0x01;
      outcomes.set(at, await reasonFor(bytes));
    }
    const opened = [...outcomes].filter(([, r]) => r === 'opened');
    expect(opened).toEqual([]);
    // In a chunk, a flip is always tampering; in the header it may also read as a wrong passphrase or an unknown version.
    const chunkOutcomes = new Set([...outcomes].filter(([at]) => at >= HEADER_BYTES).map(([, r]) => r));
    expect(chunkOutcomes).toEqual(new Set(['PACKAGE_TAMPERED']));
    const headerOutcomes = new Set([...outcomes].filter(([at]) => at < HEADER_BYTES).map(([, r]) => r));
    expect([...headerOutcomes].every((r) => ['PACKAGE_FORMAT', 'PACKAGE_VERSION', 'PACKAGE_BAD_PASSPHRASE'].includes(r))).toBe(true);
  });

  it('refuses an envelope version or cipher suite it does not know, before trying the passphrase', async () => {
    const newer = Buffer.from(original);
    newer[8] = 2;
    const error = await refusal(openBytes(newer, 'any passphrase at all'), 'PACKAGE_VERSION');
    expect(error.params.version).toBe(2);
    const suite = Buffer.from(original);
    suite[9] = 7;
    await refusal(openBytes(suite, 'any passphrase at all'), 'PACKAGE_VERSION');
  });

  it('refuses to run a key derivation a hostile header makes too costly', async () => {
    const costly = Buffer.from(original);
    costly[10] = 24; // N = 2^24: 16 GiB with r = 8
    const started = Date.now();
    const error = await refusal(openBytes(costly), 'PACKAGE_FORMAT');
    expect(error.params.detail).toMatch(/key derivation/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says a missing package file was not found', async () => {
    await expect(openPackage(path.join(tempDir(), 'gone.qzp'), PASSPHRASE)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'NOT_FOUND');
  });
});

describe('the production key derivation cost', () => {
  it('is recorded in the header of a package exported without overrides, and opens again', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, 'p.qzp');
    await exportPackage({ outFile, passphrase: PASSPHRASE, meta: sampleMeta(), entries: [] });
    const header = fs.readFileSync(outFile).subarray(0, HEADER_BYTES);
    expect({ logN: header[10], r: header[11], p: header[12] }).toEqual({ logN: 17, r: 8, p: 1 });
    const pkg = await openPackage(outFile, PASSPHRASE);
    expect(pkg.manifest.entries).toEqual([]);
    await pkg.close();
  });
});
