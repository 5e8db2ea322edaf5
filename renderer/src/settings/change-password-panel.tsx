import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { newPasswordRules, PASSWORD_MIN, repeatPasswordRules } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';

interface PasswordValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const { submitting, error, setError, onFinish } = useApiSubmit(form, async ({ oldPassword, newPassword }: PasswordValues) => {
    await invoke('auth.changePassword', { oldPassword, newPassword });
    form.resetFields();
    void message.success(t('settings.password.done'));
  });

  return (
    <div className="qz-panel">
      <Card size="small" title={t('settings.password.title')} className="qz-narrow-card">
        <Form<PasswordValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting}>
          <Form.Item name="oldPassword" label={t('settings.password.oldPassword')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('settings.password.newPassword')}
            extra={t('common.password.rules', { min: PASSWORD_MIN })}
            rules={newPasswordRules(t)}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="confirm" label={t('settings.password.confirm')} dependencies={['newPassword']} rules={repeatPasswordRules(t, 'newPassword')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <ErrorAlert error={error} />
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('settings.password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
