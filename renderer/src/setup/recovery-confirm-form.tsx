import { Button, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/ipc/auth.contract';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { requiredRule } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';

interface ConfirmValues {
  recoveryKey: string;
}

/** The user types the recovery key back, so a key never written down is caught now, not in a crisis. */
export function RecoveryConfirmForm({ onConfirmed, extraAction }: { onConfirmed: (session: SessionInfo) => void; extraAction?: ReactNode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConfirmValues>();
  const { submitting, error, setError, onFinish } = useApiSubmit(form, async ({ recoveryKey }: ConfirmValues) => {
    onConfirmed(await invoke('setup.confirmRecovery', { recoveryKey: recoveryKey.trim() }));
  });
  return (
    <Form<ConfirmValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting}>
      <Typography.Paragraph type="secondary">{t('setup.recovery.confirmIntro')}</Typography.Paragraph>
      <Form.Item name="recoveryKey" label={t('setup.recovery.confirmLabel')} rules={[requiredRule(t)]}>
        <Input.TextArea className="qz-mono qz-recovery-input" autoSize={{ minRows: 2, maxRows: 4 }} spellCheck={false} autoComplete="off" autoFocus />
      </Form.Item>
      <ErrorAlert error={error} />
      <div className="qz-step-actions">
        {extraAction}
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('setup.recovery.confirm')}
        </Button>
      </div>
    </Form>
  );
}
