import { defaultKdfParams, deriveKey } from '../main/keys/kdf';
import { benchStorage } from './storage.bench';

/**
 * `npm run bench [-- --sizes 10000,100000]`: encrypted against plain SQLite on the same synthetic
 * cases, in one run, so the ratios are comparable even where absolute times are noisy.
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '10000,100000').split(',').map(Number);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

async function main() {
  const kdf = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await deriveKey('基准测试口令2026', defaultKdfParams());
    kdf.push(performance.now() - t);
  }
  console.log(`key derivation (scrypt N=2^17, r=8, p=1), one unlock: ${fmt(Math.min(...kdf))}–${fmt(Math.max(...kdf))} ms\n`);

  console.log('cases    | measure                              | plain ms | encrypted ms | encrypted/plain');
  console.log('---------|--------------------------------------|----------|--------------|----------------');
  for (const n of sizes) {
    const { plain, encrypted } = benchStorage(n);
    const rows: [string, keyof typeof plain][] = [
      ['insert all cases, one transaction', 'insertMs'],
      ['filtered list page of 50 (median)', 'listPageMs'],
      ['step transition + audit (median)', 'transitionMs'],
      ['open + quick_check + first read', 'openMs'],
    ];
    for (const [label, k] of rows)
      console.log(`${String(n).padEnd(8)} | ${label.padEnd(36)} | ${fmt(plain[k]).padStart(8)} | ${fmt(encrypted[k]).padStart(12)} | ${(encrypted[k] / plain[k]).toFixed(2).padStart(14)}`);
  }
}

void main();
