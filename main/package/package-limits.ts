import { AppError } from '../../shared/errors';

/**
 * What one package may hold. The exporter applies the same numbers as the importer, so a package
 * made with default limits always opens with default limits.
 */
export interface PackageLimits {
  maxEntries: number;
  /** Sum of the unpacked sizes of all entries. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /**
   * Unpacked bytes per byte of package, over the whole package. Counted over the whole rather than
   * per entry because one blank scan may legitimately shrink a thousandfold, while a package
   * whose every byte does is a bomb. Work stays proportional to the file that was carried in.
   */
  maxRatio: number;
  /** Below this many unpacked bytes the ratio is not checked: small packages of text shrink well. */
  ratioGraceBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * 3 GiB in total keeps a package (compressed, plus 16 bytes per MiB) under the 4 GiB file limit of
 * FAT32, which most office USB sticks still use.
 */
export const DEFAULT_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxEntries: 20_000,
  maxTotalBytes: 3 * GiB,
  maxEntryBytes: 2 * GiB,
  maxRatio: 100,
  ratioGraceBytes: 64 * MiB,
});

export function resolveLimits(given: Partial<PackageLimits> = {}): PackageLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof PackageLimits)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) throw new AppError('INVALID_INPUT', { reason: 'limits' }, [key]);
    limits[key] = value;
  }
  return limits;
}

/** The manifest is read whole into memory, so its size follows from the number of entries. */
export function maxManifestBytes(limits: PackageLimits): number {
  return 64 * 1024 + 2048 * limits.maxEntries;
}

/** Whether `unpacked` bytes may come out of a package of `packed` bytes. */
export function ratioAllows(limits: PackageLimits, unpacked: number, packed: number): boolean {
  return unpacked <= limits.ratioGraceBytes || unpacked <= limits.maxRatio * packed;
}
