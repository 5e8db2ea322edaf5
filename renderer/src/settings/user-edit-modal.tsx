import { useEffect } from 'react';
import { App, Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit, User } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { requiredRule } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';
import { UnitSelect } from './unit-select';

interface EditValues {
  displayName: string;
  unitId: number;
  active: boolean;
}

/**
 * Name, unit and whether the account is in use: the system administrator's part of an account.
 * Roles are the security administrator's (user-grant-modal); the user name never changes.
 */
export function UserEditModal({
  user,
  units,
  unitsLoading,
  onClose,
  onSaved,
}: {
  user: User | null;
  units: Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();

  useEffect(() => {
    if (user) form.setFieldsValue({ displayName: user.displayName, unitId: user.unitId, active: user.active });
  }, [user, form]);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: EditValues) => {
    if (!user) return;
    const saved = await invoke('users.update', {
      id: user.id,
      displayName: values.displayName.trim(),
      unitId: values.unitId,
      active: values.active,
    });
    void message.success(t('users.form.updated', { name: saved.displayName }));
    onSaved(saved);
  });

  return (
    <Modal
      open={user !== null}
      title={t('users.form.editTitle', { name: user?.username ?? '' })}
      okText={t('common.actions.save')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        // A refusal marked on a field (LAST_ADMIN on active) must not greet the next account opened here.
        form.setFields((['displayName', 'unitId', 'active'] as const).map((name) => ({ name, errors: [] })));
        onClose();
      }}
      confirmLoading={submitting}
      width={560}
      forceRender
    >
      <Form<EditValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setError(null)}
        disabled={submitting}
        className="qz-modal-form"
      >
        <Form.Item name="displayName" label={t('users.form.displayName')} rules={[requiredRule(t), { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="unitId" label={t('users.form.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect units={units} loading={unitsLoading} />
        </Form.Item>
        <Form.Item name="active" label={t('users.form.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
