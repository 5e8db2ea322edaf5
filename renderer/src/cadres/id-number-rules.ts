import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { isValidIdNumber } from '../../../shared/id-number';

/** The same check main makes (GB 11643: a real birth date and the MOD 11-2 check character), as the officer types. */
export function idNumberRules(t: TFunction): FormRule[] {
  return [
    {
      validator: async (_, value?: string) => {
        const v = value?.trim().toUpperCase();
        if (v && !isValidIdNumber(v)) throw new Error(t('cases.cadres.idNumberInvalid'));
      },
    },
  ];
}
