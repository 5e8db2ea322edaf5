import { catalogs, type Locale } from '../../../shared/i18n';

type Tree = { [key: string]: string | Tree };

/** Every action the catalog names, as `area.verb` codes: the auditor's choices in the action filter. */
export function knownActions(locale: Locale): { code: string; label: string }[] {
  const out: { code: string; label: string }[] = [];
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const code = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.push({ code, label: value });
      else walk(value, code);
    }
  };
  walk(catalogs[locale].auditUi.actions as Tree, '');
  return out;
}

/**
 * The officer's word for an action code; a code the catalog does not know (a channel added later)
 * is shown as it is, since an entry must never be hidden or renamed to something it is not.
 */
export function actionLabel(locale: Locale, code: string): string {
  let node: string | Tree | undefined = catalogs[locale].auditUi.actions as Tree;
  for (const part of code.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : code;
}
