import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { defaultKdfParams, deriveKey, PRODUCTION_KDF } from '../../../main/keys/kdf';

const CHEAP = { N: 2 ** 12 };

describe('password stretching', () => {
  it('uses the production cost unless told otherwise, with a fresh salt every time', () => {
    const a = defaultKdfParams();
    const b = defaultKdfParams();
    expect(a).toMatchObject({ algo: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(a.N).toBe(PRODUCTION_KDF.N);
    expect(Buffer.from(a.salt, 'base64').length).toBeGreaterThanOrEqual(16);
    expect(a.salt).not.toBe(b.salt);
    expect(defaultKdfParams(CHEAP).N).toBe(2 ** 12);
  });

  it('gives the same key for the same password and salt, and another key for another salt', async () => {
    const params = defaultKdfParams(CHEAP);
    const k1 = await deriveKey('正确的密码 correct1', params);
    const k2 = await deriveKey('正确的密码 correct1', params);
    const k3 = await deriveKey('正确的密码 correct1', defaultKdfParams(CHEAP));
    expect(k1.length).toBe(32);
    expect(k1.equals(k2)).toBe(true);
    expect(k1.equals(k3)).toBe(false);
  });

  it('treats the same characters typed in composed or decomposed form as the same password', async () => {
    const params = defaultKdfParams(CHEAP);
    const composed = 'Caf\u00e9-2024';
    const decomposed = 'Cafe\u0301-2024';
    expect(composed).not.toBe(decomposed);
    expect((await deriveKey(composed, params)).equals(await deriveKey(decomposed, params))).toBe(true);
  });

  it('refuses parameters an edited keyring could use to exhaust memory or make guessing cheap', async () => {
    for (const bad of [{ N: 2 ** 30 }, { N: 1000 }, { N: 2 ** 4 }, { r: 0 }, { p: 100 }, { salt: 'c2hvcnQ=' }]) {
      await expect(deriveKey('pw', defaultKdfParams({ ...CHEAP, ...bad }))).rejects.toSatisfy(
        (e: unknown) => e instanceof AppError && e.code === 'KEYRING_DAMAGED',
      );
    }
  });
});
