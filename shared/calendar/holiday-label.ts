import { translate, type Locale } from '../i18n';

/** A holiday's name in the reader's language; names an administrator typed in stay as typed. */
export function holidayLabel(locale: Locale, name: string): string {
  const key = `calendar.holidayNames.${name}`;
  const text = translate(locale, key);
  return text === key ? name : text;
}
