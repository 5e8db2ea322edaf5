import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(d.name) ? [p] : [];
  });
}

describe('copies of the database', () => {
  // serialize() hands back the pages decrypted and backup() fails on an encrypted file, so either
  // one would either leak the case files in clear or silently produce no backup.
  it('are never made with serialize() or backup(), which would write the case files out in clear', () => {
    const files = ['main', 'shared'].flatMap((d) => sources(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return ['.serialize(', '.backup('].filter((needle) => text.includes(needle)).map((needle) => `${path.relative(ROOT, f)}: ${needle}`);
    });
    expect(offenders).toEqual([]);
  });
});
