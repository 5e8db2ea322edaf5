import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';

/** AES-256-GCM output, each part base64, as stored in the keyring. */
export interface Sealed {
  iv: string;
  ct: string;
  tag: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts and authenticates `plaintext`, binding it to `aad`: the same ciphertext presented with
 * other associated data (another user's slot, another database) will not open.
 */
export function seal(key: Buffer, plaintext: Buffer, aad: string | Buffer): Sealed {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(toBuffer(aad));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The plaintext, or null when the key, the associated data or any byte of the sealed parts is wrong. */
export function tryOpen(key: Buffer, sealed: Sealed, aad: string | Buffer): Buffer | null {
  const iv = Buffer.from(sealed.iv, 'base64');
  const tag = Buffer.from(sealed.tag, 'base64');
  // Node would accept a shorter tag, which weakens the check; insist on the full 16 bytes.
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES || key.length !== 32) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(toBuffer(aad));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** Like tryOpen, for callers to whom a failure is unexpected; the keyring maps failures to its own codes. */
export function open(key: Buffer, sealed: Sealed, aad: string | Buffer): Buffer {
  const plain = tryOpen(key, sealed, aad);
  if (!plain) throw new AppError('INTERNAL');
  return plain;
}

function toBuffer(aad: string | Buffer): Buffer {
  return typeof aad === 'string' ? Buffer.from(aad, 'utf8') : aad;
}
