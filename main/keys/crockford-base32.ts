/** Crockford's alphabet: no I, L, O or U, so a key read aloud or copied by hand has fewer look-alikes. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const DECODE: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));
// Crockford's decoding rules: the letters people confuse with digits read as those digits.
Object.assign(DECODE, { O: 0, I: 1, L: 1 });

export function encodeCrockford(bytes: Buffer): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >>> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes exactly `byteLength` bytes from symbols (already stripped of separators), or null when a
 * symbol is not in the alphabet, the length is wrong, or the unused trailing bits are not zero
 * (a mistyped last symbol).
 */
export function decodeCrockford(symbols: string, byteLength: number): Buffer | null {
  if (symbols.length !== Math.ceil((byteLength * 8) / 5)) return null;
  const out = Buffer.alloc(byteLength);
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (const ch of symbols.toUpperCase()) {
    const v = DECODE[ch];
    if (v === undefined) return null;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >>> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
