import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles';
import type { Unit, User } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { newPasswordRules, PASSWORD_MIN, requiredRule, usernameRules } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';
import { RoleCheckboxes, roleRules } from './role-checkboxes';
import { UnitSelect } from './unit-select';

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
  unitId: number;
  roles: Role[];
}

export function UserCreateModal({
  open,
  units,
  unitsLoading,
  rolesAllowed,
  onClose,
  onCreated,
}: {
  open: boolean;
  /** Main takes roles at creation only until the office has a security administrator (DUTIES_SEPARATED after). */
  rolesAllowed: boolean;
  units: Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  // Units arrive after the form is mounted; the top unit is the likeliest choice.
  useEffect(() => {
    if (open && units.length && form.getFieldValue('unitId') === undefined) form.setFieldValue('unitId', units[0].id);
  }, [open, units, form]);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: CreateValues) => {
    const user = await invoke('users.create', {
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
      unitId: values.unitId,
      roles: rolesAllowed ? values.roles : [],
    });
    void message.success(t('users.form.created', { name: user.displayName }));
    form.resetFields();
    onCreated(user);
  });

  return (
    <Modal
      open={open}
      title={t('users.form.createTitle')}
      okText={t('common.actions.create')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      width={560}
      forceRender
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setError(null)}
        initialValues={{ roles: ['officer'] }}
        disabled={submitting}
        className="qz-modal-form"
      >
        <Form.Item name="username" label={t('users.form.username')} extra={t('common.username.rules')} rules={usernameRules(t)}>
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.form.displayName')} rules={[requiredRule(t), { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.form.password')}
          extra={`${t('common.password.rules', { min: PASSWORD_MIN })} ${t('users.form.passwordHelp')}`}
          rules={newPasswordRules(t)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="unitId" label={t('users.form.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect units={units} loading={unitsLoading} />
        </Form.Item>
        {rolesAllowed ? (
          <Form.Item name="roles" label={t('users.form.roles')} extra={t('users.form.rolesBeforeSeparation')} rules={roleRules(t)}>
            <RoleCheckboxes />
          </Form.Item>
        ) : (
          <Alert type="info" showIcon title={t('users.form.rolesLater')} className="qz-form-alert" data-testid="roles-later" />
        )}
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
