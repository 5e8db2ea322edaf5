import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file the app keeps in its data folder, read whole: the database, its WAL, the keyring,
 * attachments, preferences. The -shm file is left out: it is SQLite's shared-memory index, which
 * readers update too, and holds no data.
 */
export function dataFolderSnapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('-shm')) files.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

/** The files that differ between two snapshots, by name: empty when every byte is the same. */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => {
    const a = before.get(n);
    const b = after.get(n);
    return !a || !b || !a.equals(b);
  });
}
