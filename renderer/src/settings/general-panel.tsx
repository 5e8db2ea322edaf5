import { useEffect, useState } from 'react';
import { App, Button, Card, Form, InputNumber, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { useSession } from '../session.store';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';
import { OfficeFields } from '../components/office-fields';
import type { ApiError } from '../api-error';

interface IdleValues {
  idleLockMinutes: number;
}
interface OfficeValues {
  name: string;
  code: string;
}

/** Idle-lock minutes and the office profile (name, document-number abbreviation). */
export function GeneralPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const patchSession = useSession((s) => s.patchSession);
  const [idleForm] = Form.useForm<IdleValues>();
  const [officeForm] = Form.useForm<OfficeValues>();
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([invoke('settings.get', {}), invoke('office.get', {})])
      .then(([settings, office]) => {
        if (!live) return;
        idleForm.setFieldsValue({ idleLockMinutes: settings.idleLockMinutes });
        officeForm.setFieldsValue({ name: office.name, code: office.code });
      })
      .catch((caught: ApiError) => live && setLoadError(caught))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [idleForm, officeForm]);

  const idle = useApiSubmit(idleForm, async ({ idleLockMinutes }: IdleValues) => {
    const saved = await invoke('settings.update', { idleLockMinutes });
    // The idle watcher reads the session's copy; without this the new value would wait for the next sign-in.
    patchSession({ idleLockMinutes: saved.idleLockMinutes });
    void message.success(t('common.saved'));
  });

  const office = useApiSubmit(officeForm, async ({ name, code }: OfficeValues) => {
    const saved = await invoke('office.update', { name: name.trim(), code: code.trim() });
    officeForm.setFieldsValue(saved);
    void message.success(t('common.saved'));
  });

  return (
    <Spin spinning={loading}>
      <div className="qz-panel qz-general">
        <ErrorAlert error={loadError} />
        <Card size="small" title={t('settings.idle.title')}>
          <Form<IdleValues> form={idleForm} layout="vertical" onFinish={idle.onFinish} disabled={idle.submitting}>
            <Form.Item
              name="idleLockMinutes"
              label={t('settings.idle.minutes')}
              extra={t('settings.idle.help')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={1} max={240} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <ErrorAlert error={idle.error} />
            <Button type="primary" htmlType="submit" loading={idle.submitting}>
              {t('common.actions.save')}
            </Button>
          </Form>
        </Card>
        <Card size="small" title={t('settings.office.title')}>
          <Form<OfficeValues> form={officeForm} layout="vertical" onFinish={office.onFinish} disabled={office.submitting}>
            <OfficeFields nameField="name" codeField="code" />
            <ErrorAlert error={office.error} />
            <Button type="primary" htmlType="submit" loading={office.submitting}>
              {t('common.actions.save')}
            </Button>
          </Form>
        </Card>
      </div>
    </Spin>
  );
}
