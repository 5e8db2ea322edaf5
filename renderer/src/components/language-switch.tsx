import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/i18n';
import { currentLocale } from '../i18n';
import { chooseLocale } from '../locale-preference';

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Locale>
      size={size}
      aria-label={t('common.language.label')}
      value={currentLocale()}
      key={i18n.language}
      options={LOCALES.map((locale) => ({ value: locale, label: t(`common.language.${locale}`) }))}
      onChange={(locale) => void chooseLocale(locale)}
    />
  );
}
