import { useState } from 'react';
import { Button, Form, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { useSession } from '../session.store';
import { useApiSubmit } from '../forms/use-api-submit';
import { newPasswordRules, PASSWORD_MIN, repeatPasswordRules, requiredRule } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';
import { AuthLayout } from './auth-layout';

interface RecoverValues {
  username: string;
  recoveryKey: string;
  newPassword: string;
  newPasswordConfirm: string;
}

/** Forgot password: the recovery key kept at setup sets a new password for one account. */
export function RecoverScreen() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecoverValues>();
  const lastUsername = useSession((s) => s.lastUsername);
  const showLogin = useSession((s) => s.showLogin);
  const [doneFor, setDoneFor] = useState<string | null>(null);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: RecoverValues) => {
    await invoke('auth.recover', {
      username: values.username.trim(),
      recoveryKey: values.recoveryKey.trim(),
      newPassword: values.newPassword,
    });
    setDoneFor(values.username.trim());
  });

  if (doneFor !== null) {
    return (
      <AuthLayout title={t('auth.recover.title')} width={480}>
        <Result
          status="success"
          title={t('auth.recover.done')}
          extra={
            <Button type="primary" onClick={() => showLogin(doneFor)}>
              {t('auth.recover.back')}
            </Button>
          }
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.recover.title')} width={480}>
      <Typography.Paragraph type="secondary">{t('auth.recover.intro')}</Typography.Paragraph>
      <Form<RecoverValues>
        form={form}
        layout="vertical"
        initialValues={{ username: lastUsername }}
        onFinish={onFinish}
        onValuesChange={() => setError(null)}
        disabled={submitting}
      >
        <Form.Item name="username" label={t('auth.recover.username')} rules={[requiredRule(t)]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="recoveryKey" label={t('auth.recover.recoveryKey')} rules={[requiredRule(t)]}>
          <Input.TextArea className="qz-mono" autoSize={{ minRows: 2, maxRows: 4 }} spellCheck={false} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.recover.newPassword')}
          extra={t('common.password.rules', { min: PASSWORD_MIN })}
          rules={newPasswordRules(t)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="newPasswordConfirm"
          label={t('auth.recover.newPasswordConfirm')}
          dependencies={['newPassword']}
          rules={repeatPasswordRules(t, 'newPassword')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('auth.recover.submit')}
        </Button>
        <div className="qz-auth-links">
          <Button type="link" onClick={() => showLogin()} disabled={false}>
            {t('auth.recover.back')}
          </Button>
        </div>
      </Form>
    </AuthLayout>
  );
}
