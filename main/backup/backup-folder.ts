import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * Where a backup may go: an absolute path to an existing folder this program can write to, outside
 * its own data folder (a backup there would share the data's fate, and a restore would replace it).
 * Returns the folder's real path, so that links and `..` cannot slip it inside the data folder.
 */
export function checkDestination(folder: string, dataDir: string): string {
  const real = existingFolder(folder);
  assertOutsideDataDir(real, dataDir);
  try {
    fs.accessSync(real, fs.constants.W_OK);
  } catch {
    throw new AppError('BACKUP_FOLDER_NOT_WRITABLE', { folder }, ['folder']);
  }
  return real;
}

/** Where a restore may come from: an existing folder outside the data folder (whose contents the restore replaces). */
export function checkSource(folder: string, dataDir: string): string {
  const real = existingFolder(folder);
  assertOutsideDataDir(real, dataDir);
  return real;
}

function existingFolder(folder: string): string {
  // A relative path would be resolved against wherever the program happened to start.
  if (!path.isAbsolute(folder)) throw new AppError('BACKUP_FOLDER_MISSING', { folder }, ['folder']);
  try {
    const real = fs.realpathSync.native(folder);
    if (!fs.statSync(real).isDirectory()) throw new Error('not a folder');
    return real;
  } catch {
    throw new AppError('BACKUP_FOLDER_MISSING', { folder }, ['folder']);
  }
}

function assertOutsideDataDir(real: string, dataDir: string): void {
  let data: string;
  try {
    data = fs.realpathSync.native(dataDir);
  } catch {
    // No data folder yet (a new computer): nothing to be inside of.
    return;
  }
  if (isInside(real, data)) throw new AppError('BACKUP_FOLDER_IN_DATA_DIR', {}, ['folder']);
}

export function isInside(child: string, parent: string): boolean {
  const fold = (p: string) => (process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p);
  const rel = path.relative(fold(parent), fold(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const BEIJING_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 20261128-090000: officers read the time of a backup in Beijing time, whatever the machine's zone. */
export function beijingStamp(ms: number): string {
  const p = Object.fromEntries(BEIJING_PARTS.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}`;
}

/**
 * 清正备份-绵纪-20261128-090000, made safe for every file system a removable drive may carry, and
 * never the name of something already there.
 */
export function backupFolderName(parent: string, officeCode: string, ms: number): string {
  // eslint-disable-next-line no-control-regex
  const code = officeCode.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/[. ]+$/, '').slice(0, 24) || 'office';
  const base = `清正备份-${code}-${beijingStamp(ms)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!fs.existsSync(path.join(parent, name)) && !fs.existsSync(path.join(parent, `${name}${PARTIAL_SUFFIX}`))) return name;
  }
}

/** A backup is written under this suffix and renamed when complete, so a half-written one is never taken for a backup. */
export const PARTIAL_SUFFIX = '.partial';
