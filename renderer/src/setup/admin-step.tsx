import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/ipc/auth.contract';
import { invoke } from '../api';
import { currentLocale } from '../i18n';
import { useApiSubmit } from '../forms/use-api-submit';
import { newPasswordRules, PASSWORD_MIN, repeatPasswordRules, requiredRule, usernameRules } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';
import type { OfficeValues } from './office-step';

interface AdminValues {
  adminUsername: string;
  adminDisplayName: string;
  password: string;
  passwordConfirm: string;
}

export interface SetupCreated {
  recoveryKey: string;
  session: SessionInfo;
}

export function AdminStep({
  office,
  onBack,
  onCreated,
}: {
  office: OfficeValues;
  onBack: () => void;
  onCreated: (created: SetupCreated) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AdminValues>();
  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: AdminValues) => {
    const created = await invoke('setup.create', {
      officeName: office.officeName.trim(),
      officeCode: office.officeCode.trim(),
      unitName: office.unitName.trim(),
      adminUsername: values.adminUsername.trim(),
      adminDisplayName: values.adminDisplayName.trim(),
      password: values.password,
      locale: currentLocale(),
    });
    onCreated(created);
  });

  return (
    <Form<AdminValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting}>
      <Typography.Paragraph type="secondary">{t('setup.admin.intro')}</Typography.Paragraph>
      <Form.Item name="adminUsername" label={t('setup.admin.username')} extra={t('common.username.rules')} rules={usernameRules(t)}>
        <Input autoComplete="username" maxLength={32} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="adminDisplayName" label={t('setup.admin.displayName')} rules={[requiredRule(t), { max: 100 }]}>
        <Input maxLength={100} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('setup.admin.password')}
        extra={t('common.password.rules', { min: PASSWORD_MIN })}
        rules={newPasswordRules(t)}
      >
        <Input.Password autoComplete="new-password" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item
        name="passwordConfirm"
        label={t('setup.admin.passwordConfirm')}
        dependencies={['password']}
        rules={repeatPasswordRules(t, 'password')}
      >
        <Input.Password autoComplete="new-password" style={{ maxWidth: 320 }} />
      </Form.Item>
      <ErrorAlert error={error} />
      <div className="qz-step-actions">
        <Button onClick={onBack}>{t('common.actions.previous')}</Button>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('setup.admin.create')}
        </Button>
      </div>
    </Form>
  );
}
