import fs from 'node:fs';
import path from 'node:path';

export interface TreeFile {
  /** Relative path with forward slashes, as the manifest names it. */
  rel: string;
  abs: string;
  size: number;
}

/**
 * Every regular file under `dir`, depth first, sorted so two listings of the same tree agree.
 * Links are not followed: a link inside the data folder could otherwise pull any file on the
 * computer into a backup.
 */
export function listTree(dir: string, prefix: string): TreeFile[] {
  const out: TreeFile[] = [];
  const walk = (abs: string, rel: string) => {
    const names = fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of names) {
      const childAbs = path.join(abs, d.name);
      const childRel = `${rel}/${d.name}`;
      if (d.isDirectory()) walk(childAbs, childRel);
      else if (d.isFile()) out.push({ rel: childRel, abs: childAbs, size: fs.statSync(childAbs).size });
    }
  };
  if (fs.existsSync(dir)) walk(dir, prefix);
  return out;
}
