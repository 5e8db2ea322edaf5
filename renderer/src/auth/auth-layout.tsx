import type { ReactNode } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';

/** The signed-out screens: the product name, one card, the language switch. */
export function AuthLayout({ title, width = 420, children }: { title: ReactNode; width?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="qz-auth">
      <div className="qz-auth-lang">
        <LanguageSwitch size="small" />
      </div>
      <div className="qz-auth-brand">
        <div className="qz-auth-name">{t('app.name')}</div>
        <div className="qz-auth-tagline">{t('app.tagline')}</div>
      </div>
      <Card className="qz-auth-card" style={{ width }} title={title}>
        {children}
      </Card>
    </div>
  );
}
