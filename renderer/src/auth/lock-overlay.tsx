import { useEffect, useRef, useState } from 'react';
import { Avatar, Button, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session.store';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';
import { LanguageSwitch } from '../components/language-switch';

interface UnlockValues {
  password: string;
}

/**
 * Covers the whole window while locked. It sits above the app instead of replacing it, so
 * whatever the user was typing stays mounted; everything outside it is made inert so neither
 * the mouse nor the Tab key can reach the content beneath.
 */
export function LockOverlay() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const lockedUser = useSession((s) => s.lockedUser);
  const unlock = useSession((s) => s.unlock);
  const logout = useSession((s) => s.logout);
  const [form] = Form.useForm<UnlockValues>();
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async ({ password }: UnlockValues) => {
    try {
      await unlock(password);
    } catch (caught) {
      form.setFieldValue('password', '');
      throw caught;
    }
  });

  // Popups of the app (modals, dropdowns) live in their own containers under <body>.
  useEffect(() => {
    const own = ref.current;
    const others = Array.from(document.body.children).filter(
      (el) => !(own && el.contains(own)) && !el.hasAttribute('inert'),
    );
    others.forEach((el) => el.setAttribute('inert', ''));
    return () => others.forEach((el) => el.removeAttribute('inert'));
  }, []);

  const signOut = async () => {
    setSigningOut(true);
    await logout();
  };

  return (
    <div
      ref={ref}
      className="qz-lock-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="qz-lock-title"
      // Keys typed here must not reach listeners of the app beneath (Esc closing its modal).
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="qz-lock-lang">
        <LanguageSwitch size="small" />
      </div>
      <div className="qz-lock-card">
        <Avatar size={64} icon={<UserOutlined />} className="qz-lock-avatar" />
        <Typography.Title level={3} id="qz-lock-title" className="qz-lock-title">
          <LockOutlined /> {t('auth.lock.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('auth.lock.intro', { name: lockedUser?.displayName ?? lockedUser?.username ?? '' })}
        </Typography.Paragraph>
        {confirmSignOut ? (
          <>
            <Typography.Paragraph type="warning">{t('auth.lock.signOutWarning')}</Typography.Paragraph>
            <Space>
              <Button onClick={() => setConfirmSignOut(false)} disabled={signingOut}>
                {t('common.actions.cancel')}
              </Button>
              <Button danger type="primary" loading={signingOut} onClick={() => void signOut()}>
                {t('auth.lock.signOut')}
              </Button>
            </Space>
          </>
        ) : (
          <Form<UnlockValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)}>
            <Form.Item
              name="password"
              label={t('auth.lock.password')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input.Password autoFocus autoComplete="current-password" disabled={submitting} />
            </Form.Item>
            <ErrorAlert error={error} />
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('auth.lock.unlock')}
            </Button>
            <Button type="link" block className="qz-lock-signout" onClick={() => setConfirmSignOut(true)}>
              {t('auth.lock.signOut')}
            </Button>
          </Form>
        )}
      </div>
    </div>
  );
}
