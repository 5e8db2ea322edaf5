import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { isApiError } from '../api-error';
import { useSession } from '../session.store';
import { useApiSubmit } from '../forms/use-api-submit';
import { requiredRule } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';
import { AuthLayout } from './auth-layout';
import { isDamage, RestoreAtStartOffer } from './restore-at-start-offer';
import { RestoreAtStartScreen } from './restore-at-start-screen';
import type { ApiError } from '../api-error';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginScreen() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const lastUsername = useSession((s) => s.lastUsername);
  const signedIn = useSession((s) => s.signedIn);
  const showRecover = useSession((s) => s.showRecover);
  const [lockedOutUntil, setLockedOutUntil] = useState<number | null>(null);
  const secondsLeft = useSecondsUntil(lockedOutUntil);
  // Damaged or tampered data refuses every sign-in: the way out is a restore, offered here.
  const [damage, setDamage] = useState<ApiError | null>(null);
  const [restoring, setRestoring] = useState(false);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: LoginValues) => {
    try {
      signedIn(await invoke('auth.login', values));
    } catch (caught) {
      form.setFieldValue('password', '');
      if (isApiError(caught) && isDamage(caught)) {
        setDamage(caught);
        return;
      }
      if (isApiError(caught) && caught.code === 'ACCOUNT_LOCKED_OUT' && Number(caught.params.seconds) > 0) {
        // The countdown below replaces the fixed number in the message.
        setLockedOutUntil(Date.now() + Number(caught.params.seconds) * 1000);
        return;
      }
      throw caught;
    }
  });

  useEffect(() => {
    if (lockedOutUntil !== null && secondsLeft === 0) setLockedOutUntil(null);
  }, [lockedOutUntil, secondsLeft]);

  if (restoring && isDamage(damage)) {
    return <RestoreAtStartScreen damage={damage} onBack={() => setRestoring(false)} backLabel={t('backupUi.atStart.back')} />;
  }

  return (
    <AuthLayout title={t('auth.login.title')}>
      <Form<LoginValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ username: lastUsername, password: '' }}
        onFinish={onFinish}
        onValuesChange={() => setError(null)}
        disabled={submitting}
      >
        <Form.Item name="username" label={t('auth.login.username')} rules={[requiredRule(t)]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus={!lastUsername} />
        </Form.Item>
        <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus={!!lastUsername} />
        </Form.Item>
        {isDamage(damage) ? (
          <RestoreAtStartOffer error={damage} onRestore={() => setRestoring(true)} />
        ) : lockedOutUntil !== null && secondsLeft > 0 ? (
          <Alert type="warning" showIcon role="alert" className="qz-form-alert" title={t('auth.login.lockedOut', { seconds: secondsLeft })} />
        ) : (
          <ErrorAlert error={error} />
        )}
        <Button type="primary" htmlType="submit" block loading={submitting} disabled={secondsLeft > 0}>
          {t('auth.login.submit')}
        </Button>
        <div className="qz-auth-links">
          <Button type="link" onClick={showRecover} disabled={false}>
            {t('auth.login.forgot')}
          </Button>
        </div>
      </Form>
    </AuthLayout>
  );
}

function useSecondsUntil(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
