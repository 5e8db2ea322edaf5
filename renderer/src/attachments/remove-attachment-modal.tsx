import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import { invoke } from '../api';
import { ErrorAlert } from '../components/error-alert';
import { useApiSubmit } from '../forms/use-api-submit';

interface RemoveValues {
  reason: string;
  purge: boolean;
}

/**
 * Removing evidence asks why: the record, its hash and the reason stay in the list and the case's
 * history, struck through. Purging also removes the bytes, which cannot be undone.
 */
export function RemoveAttachmentModal({ attachment, onClose, onRemoved }: { attachment: AttachmentInfo; onClose(): void; onRemoved(row: AttachmentInfo): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RemoveValues>();
  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: RemoveValues) => {
    onRemoved(await invoke('attachments.remove', { id: attachment.id, reason: values.reason.trim(), purge: values.purge }));
  });
  return (
    <Modal
      open
      title={t('filesUi.attachments.removeTitle', { name: attachment.name })}
      okText={t('filesUi.attachments.remove')}
      okButtonProps={{ danger: true }}
      cancelText={t('filesUi.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">{t('filesUi.attachments.removeHint')}</Typography.Paragraph>
      <Form<RemoveValues> form={form} layout="vertical" initialValues={{ reason: '', purge: false }} onFinish={onFinish} onValuesChange={() => setError(null)}>
        <Form.Item
          name="reason"
          label={t('filesUi.attachments.reason')}
          rules={[{ required: true, whitespace: true, message: t('filesUi.attachments.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="purge" valuePropName="checked" extra={t('filesUi.attachments.purgeHint')}>
          <Checkbox>{t('filesUi.attachments.purge')}</Checkbox>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  );
}
