/**
 * Which entry names a package may carry. The same rule runs on export and on import, so the
 * exporter finds out at once what an importer would refuse. Names are written to Windows disks
 * and shown to officers later, so anything that could resolve outside the target folder, mean two
 * different files on two systems, or look like something it is not is refused.
 */

const MAX_NAME_BYTES = 1024;
const MAX_SEGMENT_BYTES = 255;

// With the u flag only unpaired halves match: they cannot be written as UTF-8.
const LONE_SURROGATE = /[\ud800-\udfff]/u;
// C0 and C1 controls and DEL: invisible in a file list, and NUL truncates names in native code.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Bidirectional overrides and zero-width marks let "gpj.exe" be shown as "exe.jpg".
const INVISIBLE_FORMAT = /[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
// Characters Windows will not put in a file name; ':' also covers drive letters and NTFS streams.
const WINDOWS_FORBIDDEN = /[<>:"|?*\\]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Why `name` may not be an entry name, or null when it may. */
export function entryNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'empty name';
  if (LONE_SURROGATE.test(name)) return 'name is not well-formed Unicode';
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return 'name too long';
  if (CONTROL.test(name)) return 'control character in name';
  if (INVISIBLE_FORMAT.test(name)) return 'invisible formatting character in name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.startsWith('/')) return 'absolute path';
  if (WINDOWS_FORBIDDEN.test(name)) return 'character not allowed on Windows';
  if (name.normalize('NFC') !== name) return 'name is not in Unicode normal form C';
  for (const segment of name.split('/')) {
    if (segment === '') return 'empty path segment';
    if (segment === '.' || segment === '..') return 'relative path segment';
    if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES) return 'path segment too long';
    // Windows drops trailing dots and spaces, so "a." and "a" would land on the same file.
    if (/[. ]$/.test(segment)) return 'segment ends in a dot or space';
    if (WINDOWS_DEVICE.test(segment)) return 'Windows device name';
  }
  return null;
}

/**
 * Two names with the same key would be one file on an officer's Windows machine. NFKC also folds
 * full-width and compatibility forms, which refuses a few pairs Windows would keep apart; a
 * package never needs both.
 */
export function collisionKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}
