/*
 * The portable case package (案卷交换包): what officers carry between separated networks on
 * removable media.
 *
 * FORMAT, version 1. A sealed envelope holding a zip.
 *
 *   Envelope                  (all integers big-endian)
 *     header, 74 bytes
 *        0   8  magic "QZPKG\0\r\n"
 *        8   1  envelope version = 1           another value: refused as an unknown version
 *        9   1  suite = 1: scrypt → HKDF-SHA256 → AES-256-GCM
 *       10   1  log2 N     (scrypt cost, checked against bounds before it is run)
 *       11   1  r
 *       12   1  p
 *       13   1  reserved = 0
 *       14   4  chunk size = 1 MiB (the only size version 1 accepts)
 *       18  16  scrypt salt, fresh per package
 *       34   8  nonce prefix, fresh per package
 *       42  32  HMAC-SHA256 of bytes 0..41 under the header key
 *     then chunks: ciphertext of up to 1 MiB of plaintext ‖ 16-byte GCM tag. Every chunk but the
 *     last holds exactly 1 MiB; the last holds 0..1 MiB.
 *
 *   Keys: scrypt(passphrase NFC, salt, N, r, p) → 32 bytes → HKDF-SHA256 with the info strings
 *   "qingzheng case package v1: chunks" and "...: header" → chunk key, header key. The header MAC
 *   tells a wrong passphrase from damage elsewhere without decrypting anything (a damaged header
 *   reads as a wrong passphrase; the message says so).
 *
 *   Chunk i: nonce = nonce prefix ‖ i (32 bits); associated data = the 74 header bytes ‖ one byte,
 *   1 on the last chunk and 0 on all others. So a chunk moved, repeated, dropped or taken from
 *   another package fails its tag; a file cut at a chunk boundary fails because its new last
 *   chunk was sealed as "more follows"; bytes appended after the end shift the layout and the
 *   last chunk fails. The chunk count follows from the file length alone.
 *
 *   Why chunked: one GCM over the whole file would only authenticate at the very end, after the
 *   importer had already consumed unverified bytes. Each chunk here releases nothing until its
 *   tag checks, and chunks can be read in any order, which the zip reader needs (its directory is
 *   at the end). Nothing is ever decrypted to disk; a 1 GB package is read with a couple of MiB.
 *
 *   Zip inside (yazl writes it, yauzl reads it):
 *     files/<name>    one per entry, deflated unless the exporter was told the data is already
 *                     compressed; regular files only
 *     manifest.json   last, UTF-8 JSON:
 *                       { layout: 1,
 *                         meta: { office, exportedAt, exportedBy, formatVersion, ...more },
 *                         entries: [ { name, size, sha256 (lowercase hex) }, ... ] }
 *   `layout` versions the zip layout and manifest shape; `meta.formatVersion` versions the case
 *   data inside and is for the importer to accept (openPackage's `formatVersions`).
 *
 * VERIFICATION (openPackage), all before anything is returned:
 *   header and versions → KDF bounds → passphrase (header MAC) → file length fits whole chunks →
 *   zip central directory: entry count, names (see entry-name.ts), case-insensitive duplicates,
 *   symlinks and other non-files, encryption, compression method, sizes against the limits →
 *   manifest: schema, names, duplicates, sizes, exactly the zip's entries →
 *   whole-package unpack ratio → every entry in file order: local header agrees with the
 *   directory, no overlap, unpacked and counted (never trusting the declared size) and hashed
 *   against the manifest → every chunk not yet read is authenticated too.
 */
export { exportPackage, type ExportPackageOptions, type PackageEntrySource } from './export-package';
export { openPackage, type OpenPackageOptions, type VerifiedPackage } from './open-package';
export type { SealedFileWritten as ExportedPackage } from './chunk-sealer';
export type { Manifest, ManifestEntry, PackageMeta } from './manifest';
export { DEFAULT_LIMITS, type PackageLimits } from './package-limits';
export { packageErrorReason, type PackageErrorReason } from './package-error';
export { entryNameProblem } from './entry-name';
