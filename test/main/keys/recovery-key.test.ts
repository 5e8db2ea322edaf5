import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../main/keys/recovery-key';

describe('the recovery key', () => {
  it('is 256 random bits shown as 13 groups of four Crockford symbols', () => {
    const { text, bytes } = generateRecoveryKey();
    expect(bytes.length).toBe(32);
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){12}$/);
    expect(generateRecoveryKey().text).not.toBe(text);
  });

  it('reads back whatever bytes it was written from', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (arr) => {
        const bytes = Buffer.from(arr);
        expect(parseRecoveryKey(formatRecoveryKey(bytes))?.equals(bytes)).toBe(true);
      }),
    );
  });

  it('is accepted typed in lower case, with spaces instead of dashes, or with none', () => {
    const { text, bytes } = generateRecoveryKey();
    expect(parseRecoveryKey(text.toLowerCase())?.equals(bytes)).toBe(true);
    expect(parseRecoveryKey(` ${text.replace(/-/g, ' ')} `)?.equals(bytes)).toBe(true);
    expect(parseRecoveryKey(text.replace(/-/g, ''))?.equals(bytes)).toBe(true);
  });

  it('reads O as zero and I or L as one, as people copy them from paper', () => {
    const bytes = Buffer.alloc(32); // all zero: every symbol is 0
    const text = formatRecoveryKey(bytes);
    expect(text.startsWith('0000-0000')).toBe(true);
    expect(parseRecoveryKey(text.replace(/0/g, 'O'))?.equals(bytes)).toBe(true);
    const ones = Buffer.alloc(32, 0x08); // 00001000 00001000 … starts 00001 00000 10000 …
    const onesText = formatRecoveryKey(ones);
    expect(onesText.startsWith('1')).toBe(true);
    expect(parseRecoveryKey('I' + onesText.slice(1))?.equals(ones)).toBe(true);
    expect(parseRecoveryKey('l' + onesText.slice(1))?.equals(ones)).toBe(true);
  });

  it('is accepted in full-width characters from a Chinese input method', () => {
    const { text, bytes } = generateRecoveryKey();
    const fullWidth = [...text].map((c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
    expect(parseRecoveryKey(fullWidth)?.equals(bytes)).toBe(true);
  });

  it('is rejected when a symbol is missing, extra, or not in the alphabet', () => {
    const { text } = generateRecoveryKey();
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(text + '0')).toBeNull();
    expect(parseRecoveryKey('U' + text.slice(1))).toBeNull();
    expect(parseRecoveryKey('')).toBeNull();
  });

  it('is rejected when the last symbol carries bits the key cannot have', () => {
    const text = formatRecoveryKey(Buffer.alloc(32));
    // The last symbol holds one real bit and four padding bits, which must be zero.
    expect(parseRecoveryKey(text.slice(0, -1) + '1')).toBeNull();
    expect(parseRecoveryKey(text.slice(0, -1) + 'G')).not.toBeNull();
  });
});
