import { useEffect } from 'react';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cadre } from '../../../shared/ipc/cases.contract';
import { invoke } from '../api';
import { ErrorAlert } from '../components/error-alert';
import { requiredRule } from '../forms/credential-rules';
import { useApiSubmit } from '../forms/use-api-submit';
import { UnitSelect } from '../settings/unit-select';
import { useUnits } from '../settings/use-units';
import { idNumberRules } from './id-number-rules';

interface CadreValues {
  name: string;
  gender?: 'male' | 'female';
  unitId: number;
  post?: string;
  rank?: string;
  politicalStatus?: string;
  idNumber?: string;
}

const optional = (v?: string) => {
  const trimmed = v?.trim();
  return trimmed ? trimmed : undefined;
};

/** Creates a cadre, or edits one when `cadre` is given. */
export function CadreFormModal({ open, cadre, onClose, onSaved }: { open: boolean; cadre?: Cadre | null; onClose: () => void; onSaved: (cadre: Cadre) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CadreValues>();
  const { units, loading: unitsLoading } = useUnits();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (cadre) {
      form.setFieldsValue({
        name: cadre.name,
        gender: cadre.gender ?? undefined,
        unitId: cadre.unitId,
        post: cadre.post ?? undefined,
        rank: cadre.rank ?? undefined,
        politicalStatus: cadre.politicalStatus ?? undefined,
        idNumber: cadre.idNumber ?? undefined,
      });
    }
  }, [open, cadre, form]);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: CadreValues) => {
    const input = {
      name: values.name.trim(),
      unitId: values.unitId,
      ...(values.gender ? { gender: values.gender } : {}),
      post: optional(values.post),
      rank: optional(values.rank),
      politicalStatus: optional(values.politicalStatus),
      idNumber: optional(values.idNumber)?.toUpperCase(),
    };
    const saved = cadre ? await invoke('cadres.update', { id: cadre.id, ...input }) : await invoke('cadres.create', input);
    void message.success(t(cadre ? 'cases.cadres.saved' : 'cases.cadres.created', { name: saved.name }));
    onSaved(saved);
  });

  return (
    <Modal
      open={open}
      title={t(cadre ? 'cases.cadres.editTitle' : 'cases.cadres.createTitle')}
      okText={t(cadre ? 'common.actions.save' : 'common.actions.create')}
      cancelText={t('common.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      width={560}
      forceRender
    >
      <Form<CadreValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting} className="qz-modal-form">
        <Form.Item name="name" label={t('cases.cadres.fields.name')} rules={[requiredRule(t), { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="gender" label={t('cases.cadres.fields.gender')}>
          <Radio.Group
            options={[
              { value: 'male', label: t('cases.cadres.genders.male') },
              { value: 'female', label: t('cases.cadres.genders.female') },
            ]}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('cases.cadres.fields.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect units={units} loading={unitsLoading} />
        </Form.Item>
        <Form.Item name="post" label={t('cases.cadres.fields.post')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="rank" label={t('cases.cadres.fields.rank')} rules={[{ max: 100 }]}>
          <Input maxLength={100} placeholder={t('cases.cadres.rankPlaceholder')} />
        </Form.Item>
        <Form.Item name="politicalStatus" label={t('cases.cadres.fields.politicalStatus')} rules={[{ max: 100 }]}>
          <Input maxLength={100} placeholder={t('cases.cadres.politicalStatusPlaceholder')} />
        </Form.Item>
        <Form.Item name="idNumber" label={t('cases.cadres.fields.idNumber')} rules={idNumberRules(t)} extra={t('cases.cadres.idNumberHelp')}>
          <Input maxLength={18} className="qz-mono" autoComplete="off" />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
