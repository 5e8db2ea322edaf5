import { useEffect } from 'react';
import { App, Form, Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATA_SCOPES, type DataScope, type Role } from '../../../shared/roles';
import type { User } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';
import { RoleCheckboxes, roleRules } from './role-checkboxes';

interface GrantValues {
  roles: Role[];
  dataScope: DataScope;
}

/**
 * Roles and data scope: the security administrator's part of an account (三员分立). Refusals about who
 * may hold what (self-grant, the last holder of a duty, two administrative roles) come back from main
 * on the roles or scope field they are about.
 */
export function UserGrantModal({ user, onClose, onSaved }: { user: User | null; onClose: () => void; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantValues>();

  useEffect(() => {
    if (user) form.setFieldsValue({ roles: user.roles, dataScope: user.dataScope });
  }, [user, form]);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: GrantValues) => {
    if (!user) return;
    const saved = await invoke('users.grant', { id: user.id, roles: values.roles, dataScope: values.dataScope });
    void message.success(t('users.grant.saved', { name: saved.displayName }));
    onSaved(saved);
  });

  const close = () => {
    setError(null);
    // A refusal marked on a field must not greet the next account opened here.
    form.setFields([
      { name: 'roles', errors: [] },
      { name: 'dataScope', errors: [] },
    ]);
    onClose();
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.grant.title', { name: user ? t('common.personWithUsername', { name: user.displayName, username: user.username }) : '' })}
      okText={t('common.actions.save')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={submitting}
      width={600}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('users.grant.intro')}</Typography.Paragraph>
      <Form<GrantValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting}>
        <Form.Item name="roles" label={t('users.grant.roles')} rules={roleRules(t)}>
          <RoleCheckboxes />
        </Form.Item>
        <Form.Item
          name="dataScope"
          label={t('users.grant.dataScope')}
          extra={t('users.grant.scopeNote')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Radio.Group>
            <Space orientation="vertical" size={4}>
              {DATA_SCOPES.map((scope) => (
                <Radio key={scope} value={scope}>
                  {t(`common.dataScopes.${scope}`)}
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t(`users.grant.scopeHelp.${scope}`, { unit: user?.unitName ?? '' })}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
