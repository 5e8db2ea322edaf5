import type { Locale } from '../../shared/i18n';
import { invoke } from './api';
import { currentLocale, setLocale } from './i18n';

/**
 * The language choice, kept in two places: localStorage answers at once on the first paint, and
 * main keeps the copy that survives a restart (the Electron window's storage is not persisted).
 */
export async function chooseLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  try {
    await invoke('prefs.set', { locale });
  } catch {
    // Not fatal: the choice still holds for this session and in localStorage.
  }
}

/** At start: main's remembered choice wins over whatever this window's storage had. */
export async function restoreLocale(): Promise<void> {
  try {
    const { locale } = await invoke('prefs.get', {});
    if (locale && locale !== currentLocale()) await setLocale(locale);
  } catch {
    // Keep the language already on screen.
  }
}
