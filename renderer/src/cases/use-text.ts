import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translate, type Locale } from '../../../shared/i18n';
import { catalogItemLabel, reasonText, type CatalogItem, type Reason, type WorkflowKey } from '../../../shared/workflow';
import { currentLocale } from '../i18n';

/**
 * Texts whose keys come from data — the workflow table's step, field and action keys, a reason, a
 * catalog entry — read the same way main reads them (shared `translate`), in the current language.
 */
export function useText() {
  useTranslation(); // re-render on language change
  const locale: Locale = currentLocale();
  const text = useCallback((key: WorkflowKey | string, params?: Record<string, string | number>) => translate(locale, key, params), [locale]);
  const reason = useCallback((r: Reason) => reasonText(locale, r), [locale]);
  const item = useCallback((entry: CatalogItem) => catalogItemLabel(locale, entry), [locale]);
  return { text, reason, item, locale };
}
