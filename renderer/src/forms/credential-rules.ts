import type { FormRule as Rule } from 'antd';
import type { TFunction } from 'i18next';
import { isStrongPassword, PASSWORD_MIN } from '../../../shared/password-policy';
import { username } from '../../../shared/ipc/fields';

/** The same rules main enforces, checked as the user types so most refusals never reach main. */
export function usernameRules(t: TFunction): Rule[] {
  return [
    { required: true, whitespace: true, message: t('common.required') },
    {
      validator: async (_, value: string | undefined) => {
        if (value && !username.safeParse(value).success) throw new Error(t('common.username.invalid'));
      },
    },
  ];
}

export function newPasswordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('common.required') },
    {
      validator: async (_, value: string | undefined) => {
        if (value && !isStrongPassword(value)) throw new Error(t('common.password.weak', { min: PASSWORD_MIN }));
      },
    },
  ];
}

/** Second entry of a new password: must equal the field `other`. */
export function repeatPasswordRules(t: TFunction, other: string): Rule[] {
  return [
    { required: true, message: t('common.required') },
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        if (value && value !== getFieldValue(other)) throw new Error(t('common.password.mismatch'));
      },
    }),
  ];
}

export function requiredRule(t: TFunction): Rule {
  return { required: true, whitespace: true, message: t('common.required') };
}

export { PASSWORD_MIN };
