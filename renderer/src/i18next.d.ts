import type zhCN from '../../shared/i18n/zh-CN';

/** Keys passed to `t` are checked against the zh-CN catalog, the one every other language follows. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
