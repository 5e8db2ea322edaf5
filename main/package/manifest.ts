import { z } from 'zod';

/** Where things sit inside the zip; see the format description in index.ts. */
export const MANIFEST_NAME = 'manifest.json';
export const ENTRY_PREFIX = 'files/';
/** Version of the zip layout and manifest shape, independent of the envelope version. */
export const LAYOUT_VERSION = 1;

const MAX_META_BYTES = 64 * 1024;

export const packageMetaSchema = z.looseObject({
  office: z.string().min(1).max(200),
  exportedAt: z.string().min(1).max(64),
  exportedBy: z.string().min(1).max(200),
  formatVersion: z.number().int().positive(),
});

export type PackageMeta = z.infer<typeof packageMetaSchema>;

export const manifestEntrySchema = z.strictObject({
  name: z.string(),
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.strictObject({
  layout: z.literal(LAYOUT_VERSION),
  meta: packageMetaSchema,
  entries: z.array(manifestEntrySchema),
});

export type Manifest = z.infer<typeof manifestSchema>;

/**
 * The meta as it will travel: JSON drops what it cannot carry (undefined, functions) without a
 * word, so the exporter round-trips it first and checks what is left.
 */
export function portableMeta(meta: unknown): PackageMeta | null {
  let json: string;
  try {
    json = JSON.stringify(meta);
  } catch {
    return null;
  }
  if (json === undefined || Buffer.byteLength(json) > MAX_META_BYTES) return null;
  const parsed = packageMetaSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}
