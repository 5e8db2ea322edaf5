import crypto from 'node:crypto';
import { decodeCrockford, encodeCrockford } from './crockford-base32';

export const RECOVERY_KEY_BYTES = 32;
const GROUP = 4;

/** 256 random bits, written for a person to copy onto paper: 52 symbols in groups of four. */
export function generateRecoveryKey(): { text: string; bytes: Buffer } {
  const bytes = crypto.randomBytes(RECOVERY_KEY_BYTES);
  return { text: formatRecoveryKey(bytes), bytes };
}

export function formatRecoveryKey(bytes: Buffer): string {
  return encodeCrockford(bytes).match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/**
 * Reads a recovery key as a person types it back: any case, any spaces or dashes, and O, I, L
 * taken as 0, 1, 1. Null when it cannot be a recovery key at all.
 */
export function parseRecoveryKey(text: string): Buffer | null {
  if (typeof text !== 'string') return null;
  // NFKC first turns full-width letters, digits and dashes from a Chinese input method into ASCII.
  const symbols = text.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  return decodeCrockford(symbols, RECOVERY_KEY_BYTES);
}
