import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { LOCALES } from '../shared/i18n';
import { writeFileAtomic } from './keys/atomic-write';

const prefsSchema = z.object({ locale: z.enum(LOCALES).nullable() });
export type Prefs = z.infer<typeof prefsSchema>;

const file = (dataDir: string) => join(dataDir, 'prefs.json');

/** A damaged or foreign file means defaults: preferences are a convenience, never a reason to refuse. */
export function readPrefs(dataDir: string): Prefs {
  try {
    const path = file(dataDir);
    if (!existsSync(path)) return { locale: null };
    const parsed = prefsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : { locale: null };
  } catch {
    return { locale: null };
  }
}

export function writePrefs(dataDir: string, prefs: Prefs): Prefs {
  mkdirSync(dirname(file(dataDir)), { recursive: true });
  writeFileAtomic(file(dataDir), JSON.stringify(prefs));
  return prefs;
}
