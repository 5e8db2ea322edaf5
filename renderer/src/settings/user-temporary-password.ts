import { isStrongPassword } from '../../../shared/password-policy';

// Capitals and digits without the look-alikes (0/O, 1/I, 2/Z, 5/S, 8/B) because the password is read off the
// screen and handed over on paper or aloud, never copied.
const ALPHABET = 'ACDEFGHJKLMNPQRTUVWXY234679';
// Bytes at or above this are dropped so every character is equally likely.
const UNBIASED_BELOW = 256 - (256 % ALPHABET.length);
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A temporary password for the security administrator to hand over in person: 12 random characters
 * (about 57 bits) in groups of four, always meeting the password rule main enforces.
 */
export function userTemporaryPassword(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  for (;;) {
    const chars: string[] = [];
    while (chars.length < GROUPS * GROUP_LENGTH) {
      for (const byte of random(new Uint8Array(32))) {
        if (byte < UNBIASED_BELOW && chars.length < GROUPS * GROUP_LENGTH) chars.push(ALPHABET[byte % ALPHABET.length]);
      }
    }
    const password = Array.from({ length: GROUPS }, (_, i) => chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join('')).join('-');
    if (isStrongPassword(password)) return password;
  }
}
