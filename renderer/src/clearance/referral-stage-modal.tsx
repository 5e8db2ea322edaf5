import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Input as ChannelInput } from '../../../shared/ipc';
import { referralUpdateInput, type ReferralDetail } from '../../../shared/ipc/clearance.contract';
import { shortText } from '../../../shared/ipc/fields';
import { date } from '../../../shared/workflow/field-schemas';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { IsoDateInput } from '../cases/iso-date-input';
import { cleanValue } from '../cases/step-draft';
import { schemaAt, zodRules } from '../cases/zod-field-rules';
import { markFormFields } from './mark-form-fields';

/** The referral's course after drafting: approved, sent, answered. */
export type ReferralStage = 'approve' | 'send' | 'result';

interface Field {
  name: string[];
  label: string;
  schema: z.ZodType | undefined;
  date?: boolean;
  long?: boolean;
}

/**
 * Records one stage of a referral: the approval (who approved the finding of 诬告陷害 and when — at
 * prefecture level or above), the sending (when, to which body, under which number), or the result the
 * receiving body reported back. Main keeps the dates in order and refuses what comes too early.
 */
export function ReferralStageModal({
  referral,
  stage,
  onClose,
  onSaved,
}: {
  referral: ReferralDetail;
  stage: ReferralStage;
  onClose: () => void;
  onSaved: (saved: ReferralDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const l = (key: string) => t(`clearanceUi.referralStage.${key}` as 'clearanceUi.referralStage.approvedBy');
  const today = dayjs().format('YYYY-MM-DD');

  const fields: Field[] =
    stage === 'approve'
      ? [
          { name: ['approvedBy'], label: l('approvedBy'), schema: shortText },
          { name: ['approvedOn'], label: l('approvedOn'), schema: date, date: true },
        ]
      : stage === 'send'
        ? [
            { name: ['sending', 'sentOn'], label: l('sentOn'), schema: schemaAt(referralUpdateInput, ['sending', 'sentOn']), date: true },
            { name: ['sending', 'receivingBody'], label: l('receivingBody'), schema: schemaAt(referralUpdateInput, ['sending', 'receivingBody']) },
            { name: ['sending', 'documentNo'], label: l('documentNo'), schema: schemaAt(referralUpdateInput, ['sending', 'documentNo']) },
          ]
        : [
            { name: ['result', 'receivedOn'], label: l('resultOn'), schema: schemaAt(referralUpdateInput, ['result', 'receivedOn']), date: true },
            { name: ['result', 'result'], label: l('result'), schema: schemaAt(referralUpdateInput, ['result', 'result']), long: true },
          ];
  const title = t(`clearanceUi.referralStage.titles.${stage}`);
  const initialValues =
    stage === 'approve' ? { approvedOn: today } : stage === 'send' ? { sending: { sentOn: today } } : { result: { receivedOn: today } };

  const save = async (raw: Record<string, unknown>) => {
    const values = (cleanValue(raw) as Record<string, unknown> | undefined) ?? {};
    setSaving(true);
    setError(null);
    try {
      const saved =
        stage === 'approve'
          ? await invoke('referrals.approve', { id: referral.id, ...(values as Omit<ChannelInput<'referrals.approve'>, 'id'>) })
          : await invoke('referrals.update', { id: referral.id, ...(values as Omit<ChannelInput<'referrals.update'>, 'id'>) });
      void message.success(t('clearanceUi.referralStage.done', { stage: title }));
      onSaved(saved);
    } catch (caught) {
      const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
      if (apiError.code !== 'LOCKED' && !markFormFields(form, apiError)) setError(apiError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={title}
      cancelText={t('common.actions.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={saving} className="qz-referral-stage">
        {fields.map((f) => (
          <Form.Item key={f.name.join('.')} name={f.name} label={f.label} rules={zodRules(f.schema, f.label, t)}>
            {f.date ? <IsoDateInput /> : f.long ? <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={20000} /> : <Input maxLength={100} />}
          </Form.Item>
        ))}
        {stage === 'approve' && <div className="qz-form-section-help">{t('clearanceUi.referralStage.approveHelp')}</div>}
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  );
}
