import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { useSession } from '../session.store';
import { useApiSubmit } from '../forms/use-api-submit';
import { newPasswordRules, PASSWORD_MIN, repeatPasswordRules } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';
import { AuthLayout } from './auth-layout';

interface PasswordValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * Signed in with a password an administrator typed (at creation or a reset): main refuses everything
 * else until its holder sets one only they know, so this screen stands in for the whole app.
 */
export function ChangePasswordRequiredScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const session = useSession((s) => s.session);
  const patchSession = useSession((s) => s.patchSession);
  const logout = useSession((s) => s.logout);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async ({ oldPassword, newPassword }: PasswordValues) => {
    await invoke('auth.changePassword', { oldPassword, newPassword });
    void message.success(t('settings.mustChange.done'));
    patchSession({ mustChangePassword: false });
  });

  // The administrator knows the temporary one, so keeping it would defeat the change.
  const differentRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_, value: string | undefined) => {
      if (value && value === getFieldValue('oldPassword')) throw new Error(t('settings.mustChange.sameAsOld'));
    },
  });

  return (
    <AuthLayout title={t('settings.mustChange.title')} width={480}>
      <Alert type="warning" showIcon title={t('settings.mustChange.intro')} className="qz-form-alert" />
      {session && (
        <Typography.Paragraph data-testid="must-change-account">
          {t('settings.mustChange.account', { person: t('common.personWithUsername', { name: session.displayName, username: session.username }) })}
        </Typography.Paragraph>
      )}
      <Form<PasswordValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting}>
        <Form.Item name="oldPassword" label={t('settings.mustChange.oldPassword')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('settings.mustChange.newPassword')}
          dependencies={['oldPassword']}
          rules={[...newPasswordRules(t), differentRule]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('settings.mustChange.confirm')} dependencies={['newPassword']} rules={repeatPasswordRules(t, 'newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <div className="qz-form-alert" data-testid="must-change-rules">
          <Typography.Text type="secondary">{t('settings.mustChange.rulesTitle')}</Typography.Text>
          <ul>
            <li>
              <Typography.Text type="secondary">{t('settings.mustChange.ruleStrength', { min: PASSWORD_MIN })}</Typography.Text>
            </li>
            <li>
              <Typography.Text type="secondary">{t('settings.mustChange.ruleDifferent')}</Typography.Text>
            </li>
            <li>
              <Typography.Text type="secondary">{t('settings.mustChange.ruleSecret')}</Typography.Text>
            </li>
          </ul>
        </div>
        <ErrorAlert error={error} />
        <Space>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('settings.mustChange.submit')}
          </Button>
          <Button onClick={() => void logout()} disabled={submitting}>
            {t('frame.header.signOut')}
          </Button>
        </Space>
      </Form>
    </AuthLayout>
  );
}
