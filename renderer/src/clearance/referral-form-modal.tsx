import { useState } from 'react';
import { Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { accuserInput, referralCreateInput, type ReferralDetail } from '../../../shared/ipc/clearance.contract';
import { clearanceFields } from '../../../shared/workflow';
import type { AccuserCategory, ReferralRoute } from '../../../shared/workflow/clearance.fields';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { cleanValue } from '../cases/step-draft';
import { useText } from '../cases/use-text';
import { schemaAt, zodRules } from '../cases/zod-field-rules';
import { markFormFields } from './mark-form-fields';

interface ReferralValues {
  accuser?: { known?: boolean; name?: string; workplace?: string; note?: string };
  category?: AccuserCategory;
  route?: ReferralRoute;
  facts?: string;
  basis?: string;
  materials?: string[];
}

const knownAccuser = accuserInput.options[1].shape;

function valuesOf(referral: ReferralDetail): ReferralValues {
  return {
    accuser: {
      known: referral.accuser.known,
      name: referral.accuser.name ?? undefined,
      workplace: referral.accuser.workplace ?? undefined,
      note: referral.accuser.note ?? undefined,
    },
    category: referral.category,
    route: referral.route,
    facts: referral.facts,
    basis: referral.basis ?? undefined,
    materials: referral.materials,
  };
}

function accuserOf(values: ReferralValues['accuser']): z.input<typeof accuserInput> {
  if (!values?.known) return { known: false };
  return {
    known: true,
    name: values.name ?? '',
    ...(values.workplace ? { workplace: values.workplace } : {}),
    ...(values.note ? { note: values.note } : {}),
  };
}

export type ReferralFormTarget = { caseId: number; prepare?: () => Promise<void> } | { referral: ReferralDetail };

/**
 * The referral of a malicious accuser (诬告陷害): who they are when known, their category, and the
 * route that follows from it (Party member → Party discipline, public official → 政务处分, others →
 * the police, a suspected crime → the judicial organs; the officer may choose another the category
 * allows), what was fabricated and on what basis. Opened from the case, corrected until approved.
 */
export function ReferralFormModal({ target, onClose, onSaved }: { target: ReferralFormTarget; onClose: () => void; onSaved: (saved: ReferralDetail) => void }) {
  const { t } = useTranslation();
  const { text } = useText();
  const [form] = Form.useForm<ReferralValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const known = Form.useWatch(['accuser', 'known'], form) as boolean | undefined;
  const category = Form.useWatch('category', form) as AccuserCategory | undefined;
  const editing = 'referral' in target;
  const initialValues: ReferralValues = editing ? valuesOf(target.referral) : { accuser: { known: true }, materials: [] };

  const rule = (schema: z.ZodType | undefined, label: string) => zodRules(schema, label, t);
  const l = (key: string) => t(`clearanceUi.referralForm.${key}` as 'clearanceUi.referralForm.category');
  const routes = category ? clearanceFields.REFERRAL_ROUTES_BY_CATEGORY[category] : [];

  const save = async (raw: ReferralValues) => {
    const values = (cleanValue(raw) as ReferralValues | undefined) ?? {};
    setSaving(true);
    setError(null);
    try {
      const body = {
        accuser: accuserOf(values.accuser),
        category: values.category!,
        ...(values.route ? { route: values.route } : {}),
        facts: values.facts ?? '',
        ...(values.basis ? { basis: values.basis } : {}),
        materials: values.materials ?? [],
      };
      let saved: ReferralDetail;
      if ('referral' in target) {
        saved = await invoke('referrals.update', { id: target.referral.id, ...body });
      } else {
        await target.prepare?.();
        saved = await invoke('referrals.create', { caseId: target.caseId, ...body });
      }
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
      width={760}
      title={editing ? t('clearanceUi.referralForm.editTitle', { number: target.referral.number }) : t('clearanceUi.referralForm.createTitle')}
      okText={editing ? t('common.actions.save') : t('clearanceUi.referralForm.create')}
      cancelText={t('common.actions.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<ReferralValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={save}
        disabled={saving}
        className="qz-referral-form"
        onValuesChange={(changed: ReferralValues) => {
          // The route follows the category unless the officer then picks another the category allows.
          if (changed.category) form.setFieldValue('route', clearanceFields.defaultReferralRoute(changed.category));
        }}
      >
        <Form.Item name={['accuser', 'known']} label={l('accuserKnown')}>
          <Radio.Group
            options={[
              { value: true, label: t('clearanceUi.referralForm.known') },
              { value: false, label: t('clearanceUi.referralForm.unknown') },
            ]}
          />
        </Form.Item>
        {known !== false && (
          <Space wrap align="start" size="large">
            <Form.Item name={['accuser', 'name']} label={l('accuserName')} rules={rule(knownAccuser.name, l('accuserName'))}>
              <Input maxLength={100} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name={['accuser', 'workplace']} label={l('accuserWorkplace')} rules={rule(knownAccuser.workplace, l('accuserWorkplace'))}>
              <Input maxLength={100} style={{ width: 260 }} />
            </Form.Item>
          </Space>
        )}
        {known !== false && (
          <Form.Item name={['accuser', 'note']} label={l('accuserNote')} rules={rule(knownAccuser.note, l('accuserNote'))}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        )}
        <Space wrap align="start" size="large">
          <Form.Item name="category" label={l('category')} rules={rule(schemaAt(referralCreateInput, ['category']), l('category'))}>
            <Radio.Group options={clearanceFields.ACCUSER_CATEGORIES.map((c) => ({ value: c, label: text(`workflow.clearance.accusers.${c}`) }))} />
          </Form.Item>
          <Form.Item
            name="route"
            label={l('route')}
            extra={category ? t('clearanceUi.referralForm.routeHelp', { route: text(`workflow.clearance.routes.${clearanceFields.defaultReferralRoute(category)}`) }) : undefined}
          >
            <Select
              disabled={!category}
              placeholder={t('clearanceUi.referralForm.chooseCategoryFirst')}
              options={routes.map((r) => ({ value: r, label: text(`workflow.clearance.routes.${r}`) }))}
              style={{ width: 200 }}
            />
          </Form.Item>
        </Space>
        <Form.Item name="facts" label={l('facts')} rules={rule(schemaAt(referralCreateInput, ['facts']), l('facts'))} extra={t('clearanceUi.referralForm.factsHelp')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="basis" label={l('basis')} rules={rule(schemaAt(referralCreateInput, ['basis']), l('basis'))}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="materials" label={l('materials')} extra={t('clearanceUi.referralForm.materialsHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、']} maxCount={200} />
        </Form.Item>
        {!editing && (
          <Typography.Paragraph type="secondary" className="qz-form-section-help">
            {t('clearanceUi.referralForm.approvalHint')}
          </Typography.Paragraph>
        )}
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  );
}
