import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { catalogs, DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n';

const STORAGE_KEY = 'qingzheng.locale';

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

function rememberedLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: catalogs['zh-CN'] },
    en: { translation: catalogs.en },
  },
  lng: rememberedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  // React escapes text itself; escaping here would show &lt; in the screens.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
dayjs.locale(DAYJS_LOCALE[currentLocale()]);

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the screens and remembers the choice for the next start. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // A locked-down profile may refuse storage; the switch still applies to this session.
  }
  dayjs.locale(DAYJS_LOCALE[locale]);
  await i18n.changeLanguage(locale);
}
