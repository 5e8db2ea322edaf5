import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { newPasswordRules, PASSWORD_MIN, repeatPasswordRules } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';

interface ResetValues {
  temporaryPassword: string;
  confirm: string;
}

/** A temporary password set by the security administrator; its holder must replace it at next sign-in. */
export function UserPasswordResetModal({ user, onClose, onDone }: { user: User | null; onClose: () => void; onDone: (user: User) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async ({ temporaryPassword }: ResetValues) => {
    if (!user) return;
    const saved = await invoke('users.resetPassword', { id: user.id, temporaryPassword });
    void message.success(t('users.reset.done', { name: saved.displayName }));
    form.resetFields();
    onDone(saved);
  });

  return (
    <Modal
      open={user !== null}
      title={t('users.reset.title', { name: user ? t('common.personWithUsername', { name: user.displayName, username: user.username }) : '' })}
      okText={t('users.reset.submit')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        setError(null);
        onClose();
      }}
      confirmLoading={submitting}
      width={480}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('users.reset.intro')}</Typography.Paragraph>
      <Form<ResetValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting}>
        <Form.Item
          name="temporaryPassword"
          label={t('users.reset.temporaryPassword')}
          extra={t('common.password.rules', { min: PASSWORD_MIN })}
          rules={newPasswordRules(t)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('users.reset.confirm')} dependencies={['temporaryPassword']} rules={repeatPasswordRules(t, 'temporaryPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
