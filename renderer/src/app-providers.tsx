import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n';
import { currentLocale } from './i18n';
import { useSession } from './session.store';

const ANTD_LOCALES: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en: enUS };

const THEME = {
  token: {
    colorPrimary: '#1f4e8c',
    borderRadius: 4,
    fontFamily:
      "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** antd's locale, theme and message context, the same for the app and for component tests. */
export function AppProviders({ children }: { children: ReactNode }) {
  useTranslation(); // re-render on language change
  const locked = useSession((s) => s.locked);
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[currentLocale()]}
      theme={THEME}
      // Keep button labels exactly as written: "登录", not antd's spaced "登 录".
      button={{ autoInsertSpace: false }}
      // While locked, an open modal must not pull focus back from the lock screen.
      modal={{ focusable: { trap: !locked } }}
      drawer={{ focusable: { trap: !locked } }}
    >
      <AntApp className="qz-root">{children}</AntApp>
    </ConfigProvider>
  );
}
