import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/** Device names Windows resolves anywhere in a path: writing to one would go to a device, not a file. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/**
 * Checks a file path the caller gave for a plain-text export and returns it resolved. An export is
 * outside the encryption, so it must not land in the data folder (where it would also sit beside,
 * or over, the database and keyring); it must be a file of the expected kind in a folder that
 * exists; and an existing entry there must be a plain file, never a link to somewhere else.
 */
export function checkExportPath(given: string, dataDir: string, extension: '.xlsx'): string {
  const refuse = () => new AppError('EXPORT_PATH_REFUSED', { extension }, ['path']);
  if (given.includes('\0') || !path.isAbsolute(given)) throw refuse();
  const target = path.resolve(given);
  const base = path.basename(target);
  if (path.extname(base).toLowerCase() !== extension || base.length <= extension.length || WINDOWS_DEVICE.test(base)) throw refuse();

  let folder: string;
  try {
    folder = fs.realpathSync(path.dirname(target));
    if (!fs.statSync(folder).isDirectory()) throw refuse();
  } catch {
    throw refuse();
  }
  if (isInside(folder, realOrSelf(dataDir))) throw refuse();

  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(target);
  } catch {
    existing = undefined;
  }
  if (existing && !existing.isFile()) throw refuse();
  return path.join(folder, base);
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function isInside(candidate: string, root: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
