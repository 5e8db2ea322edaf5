import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { open, seal, tryOpen, type Sealed } from '../../../main/keys/aead';

const key = crypto.randomBytes(32);
const secret = Buffer.from('数据密钥 data key bytes');

function flip(b64: string): string {
  const bytes = Buffer.from(b64, 'base64');
  bytes[0] ^= 1;
  return bytes.toString('base64');
}

describe('sealed copies (AES-256-GCM)', () => {
  it('open with the same key and associated data', () => {
    const sealed = seal(key, secret, 'db:user-1');
    expect(open(key, sealed, 'db:user-1').equals(secret)).toBe(true);
  });

  it('use a fresh nonce each time, so sealing twice never gives the same bytes', () => {
    expect(seal(key, secret, 'a').ct).not.toBe(seal(key, secret, 'a').ct);
  });

  it('will not open once any part has been changed', () => {
    const sealed = seal(key, secret, 'db:user-1');
    for (const part of ['iv', 'ct', 'tag'] as const) {
      const tampered: Sealed = { ...sealed, [part]: flip(sealed[part]) };
      expect(tryOpen(key, tampered, 'db:user-1')).toBeNull();
      expect(() => open(key, tampered, 'db:user-1')).toThrow(AppError);
    }
  });

  it('will not open under another user slot or with another key', () => {
    const sealed = seal(key, secret, 'db:user-1');
    expect(tryOpen(key, sealed, 'db:user-2')).toBeNull();
    expect(tryOpen(crypto.randomBytes(32), sealed, 'db:user-1')).toBeNull();
  });

  it('refuse a shortened authentication tag', () => {
    const sealed = seal(key, secret, 'x');
    const short = { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 4).toString('base64') };
    expect(tryOpen(key, short, 'x')).toBeNull();
  });
});
