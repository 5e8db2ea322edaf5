import crypto from 'node:crypto';
import { defaultKdfParams, deriveKey, isValidKdfParams, type KdfParams } from '../keys/kdf';
import { AppError } from '../../shared/errors';
import { packageError } from './package-error';

/*
 * The encrypted envelope around the zip; the layout is described in index.ts. This module holds
 * the header and the per-chunk nonce and associated data, shared by the sealer and the reader so
 * the two cannot drift apart.
 */

// "\r\n" after a NUL catches transfer in text mode, which would rewrite line endings.
export const MAGIC = Buffer.from('QZPKG\x00\r\n', 'latin1');
export const ENVELOPE_VERSION = 1;
const SUITE_SCRYPT_HKDF_AES256GCM = 1;
export const CHUNK_BYTES = 1024 * 1024;
export const TAG_BYTES = 16;
const SALT_BYTES = 16;
const NONCE_PREFIX_BYTES = 8;
const MAC_BYTES = 32;
const MACED_BYTES = 42;
export const HEADER_BYTES = MACED_BYTES + MAC_BYTES;
/** The counter is 32 bits of the nonce. */
export const MAX_CHUNKS = 2 ** 32 - 1;

const OFFSET = { version: 8, suite: 9, logN: 10, r: 11, p: 12, reserved: 13, chunkBytes: 14, salt: 18, noncePrefix: 34, mac: 42 } as const;

/**
 * Tighter than what a keyring may ask for: the parameters come from a file that anyone could have
 * written, and a reader must not be made to spend more than a few hundred MiB or seconds on them.
 */
const ENVELOPE_KDF = { maxLogN: 20, maxR: 16, maxP: 4, maxMemBytes: 256 * 1024 * 1024 } as const;

export interface EnvelopeKeys {
  chunk: Buffer;
  header: Buffer;
}

export interface EnvelopeHeader {
  bytes: Buffer;
  kdf: KdfParams;
  noncePrefix: Buffer;
}

export function kdfProblem(kdf: KdfParams): string | null {
  if (!isValidKdfParams(kdf)) return 'key derivation parameters out of range';
  if (Buffer.from(kdf.salt, 'base64').length !== SALT_BYTES) return 'salt must be 16 bytes';
  if (Math.log2(kdf.N) > ENVELOPE_KDF.maxLogN || kdf.r > ENVELOPE_KDF.maxR || kdf.p > ENVELOPE_KDF.maxP) return 'key derivation too costly';
  if (128 * kdf.N * kdf.r > ENVELOPE_KDF.maxMemBytes) return 'key derivation needs too much memory';
  return null;
}

/** Production cost unless the caller (tests, mostly) asks for less; always a fresh salt unless given one. */
export function envelopeKdf(overrides: Partial<KdfParams> = {}): KdfParams {
  const kdf = defaultKdfParams(overrides);
  const problem = kdfProblem(kdf);
  // The exporter's own settings, not a package, are at fault here.
  if (problem) throw new AppError('INVALID_INPUT', { reason: 'kdf', detail: problem }, ['kdf']);
  return kdf;
}

/**
 * One scrypt run, then HKDF splits it: one key seals chunks, the other authenticates the header,
 * so that a wrong passphrase is recognised from the header alone without touching any chunk.
 */
export async function deriveEnvelopeKeys(passphrase: string, kdf: KdfParams): Promise<EnvelopeKeys> {
  const master = await deriveKey(passphrase, kdf);
  try {
    const sub = (info: string) => Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
    return { chunk: sub('qingzheng case package v1: chunks'), header: sub('qingzheng case package v1: header') };
  } finally {
    master.fill(0);
  }
}

export function encodeHeader(kdf: KdfParams, keys: EnvelopeKeys): EnvelopeHeader {
  const bytes = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(bytes, 0);
  bytes[OFFSET.version] = ENVELOPE_VERSION;
  bytes[OFFSET.suite] = SUITE_SCRYPT_HKDF_AES256GCM;
  bytes[OFFSET.logN] = Math.log2(kdf.N);
  bytes[OFFSET.r] = kdf.r;
  bytes[OFFSET.p] = kdf.p;
  bytes.writeUInt32BE(CHUNK_BYTES, OFFSET.chunkBytes);
  Buffer.from(kdf.salt, 'base64').copy(bytes, OFFSET.salt);
  const noncePrefix = crypto.randomBytes(NONCE_PREFIX_BYTES);
  noncePrefix.copy(bytes, OFFSET.noncePrefix);
  headerMac(keys, bytes).copy(bytes, OFFSET.mac);
  return { bytes, kdf, noncePrefix };
}

/** The parameters a header asks for, before any key exists to check them with. */
export function decodeHeader(bytes: Buffer): EnvelopeHeader {
  if (bytes.length < HEADER_BYTES) {
    const seen = bytes.subarray(0, MAGIC.length);
    // A cut-off package still starts with the magic; anything else was never a package.
    if (seen.length > 0 && MAGIC.subarray(0, seen.length).equals(seen)) throw packageError('PACKAGE_TAMPERED', 'file ends inside the header');
    throw packageError('PACKAGE_FORMAT', 'not a case package');
  }
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw packageError('PACKAGE_FORMAT', 'not a case package');
  if (bytes[OFFSET.version] !== ENVELOPE_VERSION) {
    throw packageError('PACKAGE_VERSION', 'unknown envelope version', { version: bytes[OFFSET.version] });
  }
  if (bytes[OFFSET.suite] !== SUITE_SCRYPT_HKDF_AES256GCM) throw packageError('PACKAGE_VERSION', 'unknown cipher suite', { suite: bytes[OFFSET.suite] });
  if (bytes[OFFSET.reserved] !== 0) throw packageError('PACKAGE_FORMAT', 'reserved header byte is set');
  if (bytes.readUInt32BE(OFFSET.chunkBytes) !== CHUNK_BYTES) throw packageError('PACKAGE_FORMAT', 'unsupported chunk size');
  const logN = bytes[OFFSET.logN];
  if (logN > 30) throw packageError('PACKAGE_FORMAT', 'key derivation parameters out of range');
  const kdf: KdfParams = {
    algo: 'scrypt',
    N: 2 ** logN,
    r: bytes[OFFSET.r],
    p: bytes[OFFSET.p],
    salt: bytes.subarray(OFFSET.salt, OFFSET.salt + SALT_BYTES).toString('base64'),
  };
  const problem = kdfProblem(kdf);
  if (problem) throw packageError('PACKAGE_FORMAT', problem);
  return {
    bytes: Buffer.from(bytes.subarray(0, HEADER_BYTES)),
    kdf,
    noncePrefix: Buffer.from(bytes.subarray(OFFSET.noncePrefix, OFFSET.noncePrefix + NONCE_PREFIX_BYTES)),
  };
}

/**
 * A wrong passphrase and a damaged header look the same from here: either way the derived key
 * does not match the header's MAC. The message says both.
 */
export function checkHeaderMac(header: EnvelopeHeader, keys: EnvelopeKeys): void {
  const expected = headerMac(keys, header.bytes);
  const actual = header.bytes.subarray(OFFSET.mac, OFFSET.mac + MAC_BYTES);
  if (!crypto.timingSafeEqual(expected, actual)) throw packageError('PACKAGE_BAD_PASSPHRASE', 'header does not authenticate under this passphrase');
}

function headerMac(keys: EnvelopeKeys, header: Buffer): Buffer {
  return crypto.createHmac('sha256', keys.header).update(header.subarray(0, MACED_BYTES)).digest();
}

/** Nonce = file's random prefix ‖ chunk counter: a chunk moved to another place no longer opens. */
export function chunkNonce(header: EnvelopeHeader, index: number): Buffer {
  const nonce = Buffer.alloc(12);
  header.noncePrefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  return nonce;
}

/**
 * Associated data = whole header ‖ final flag. The header binds every chunk to this file's KDF
 * parameters and salt; the flag is what makes a package cut at a chunk boundary fail, because its
 * new last chunk was sealed as "more follows".
 */
export function chunkAad(header: EnvelopeHeader, final: boolean): Buffer {
  return Buffer.concat([header.bytes, Buffer.from([final ? 1 : 0])]);
}
