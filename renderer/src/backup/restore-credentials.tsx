import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { newPasswordRules, PASSWORD_MIN, repeatPasswordRules, requiredRule } from '../forms/credential-rules';

export interface RestoreCredentialValues {
  username?: string;
  mode: 'password' | 'recoveryKey';
  password?: string;
  recoveryKey?: string;
  newPassword?: string;
  newPasswordConfirm?: string;
}

/** What main's restore channels take: the password of then, or the backup's recovery key and a new password. */
export function restoreCredentials(values: RestoreCredentialValues): { password: string } | { recoveryKey: string; newPassword: string } {
  return values.mode === 'password'
    ? { password: values.password ?? '' }
    : { recoveryKey: (values.recoveryKey ?? '').trim(), newPassword: values.newPassword ?? '' };
}

/**
 * The fields of a restore's identity check, inside the caller's Form. The password asked is the one
 * the officer had when the backup was made: that is the copy of the key the backup holds.
 */
export function RestoreCredentialFields({ askUsername }: { askUsername: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<RestoreCredentialValues>();
  const mode = Form.useWatch('mode', form);
  return (
    <>
      {askUsername && (
        <Form.Item name="username" label={t('backupUi.restore.username')} extra={t('backupUi.restore.usernameHelp')} rules={[requiredRule(t)]}>
          <Input autoComplete="username" />
        </Form.Item>
      )}
      <Form.Item name="mode" label={t('backupUi.restore.mode')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'password', label: t('backupUi.restore.modePassword') },
            { value: 'recoveryKey', label: t('backupUi.restore.modeRecoveryKey') },
          ]}
        />
      </Form.Item>
      {mode !== 'recoveryKey' ? (
        <Form.Item
          name="password"
          label={t('backupUi.restore.password')}
          extra={t('backupUi.restore.passwordHelp')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password autoComplete="off" />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="recoveryKey" label={t('backupUi.restore.recoveryKey')} extra={t('backupUi.restore.recoveryKeyHelp')} rules={[requiredRule(t)]}>
            <Input.TextArea className="qz-mono" autoSize={{ minRows: 2, maxRows: 4 }} spellCheck={false} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('backupUi.restore.newPassword')}
            extra={`${t('backupUi.restore.newPasswordHelp')}${t('common.password.rules', { min: PASSWORD_MIN })}`}
            rules={newPasswordRules(t)}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="newPasswordConfirm"
            label={t('backupUi.restore.newPasswordConfirm')}
            dependencies={['newPassword']}
            rules={repeatPasswordRules(t, 'newPassword')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </>
      )}
    </>
  );
}
