import { useMemo, useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../shared/ipc/clearance.contract';
import { clearanceFields } from '../../../shared/workflow';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { IsoDateInput } from '../cases/iso-date-input';
import { cleanValue } from '../cases/step-draft';
import { useText } from '../cases/use-text';
import { schemaAt, zodRules } from '../cases/zod-field-rules';
import { FindingTag } from './finding-tag';
import { pointEligibility } from './point-eligibility';
import { PointEligibilityMark } from './point-eligibility-mark';

interface OpenValues {
  cadreId?: number;
  pointIds?: number[];
  origin?: 'proposal' | 'application';
  consultation?: { consultedOn?: string; means?: string; wishes?: string };
  application?: { receivedOn?: string; untrueContent?: string; clearanceWanted?: string };
}

const initiation = clearanceFields.initiationFields;

/**
 * Opens a 澄清正名 case from the report for one cadre it names: the 失实 points to clear (the others
 * shown with the reason they cannot be), and how it starts — the department's proposal with the record
 * of consulting the cadre, or the cadre's written application.
 */
export function OpenClearanceModal({ report, onClose, onOpened }: { report: ReportDetail; onClose: () => void; onOpened: (caseId: number) => void }) {
  const { t } = useTranslation();
  const { text } = useText();
  const [form] = Form.useForm<OpenValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const watchedCadre = Form.useWatch('cadreId', form) as number | undefined;
  const watchedOrigin = Form.useWatch('origin', form) as OpenValues['origin'];

  const eligibleFor = useMemo(
    () => new Map(report.cadres.map((c) => [c.id, report.points.filter((p) => pointEligibility(report, p, c.id).eligible).map((p) => p.id)])),
    [report],
  );
  const firstCadre = report.cadres.find((c) => eligibleFor.get(c.id)!.length > 0);
  const initialValues: OpenValues = { cadreId: firstCadre?.id, pointIds: firstCadre ? eligibleFor.get(firstCadre.id) : [], origin: 'proposal' };
  // useWatch answers only after the first paint: until then the form holds its initial values.
  const cadreId = watchedCadre ?? initialValues.cadreId;
  const origin = watchedOrigin ?? initialValues.origin;

  const rule = (path: string[], label: string) => zodRules(schemaAt(initiation, path), label, t, { required: true });
  const l = (key: string) => text(`workflow.labels.${key}`);

  const open = async (raw: OpenValues) => {
    const values = (cleanValue(raw) as OpenValues | undefined) ?? {};
    setSaving(true);
    setError(null);
    try {
      const detail = await invoke('clearance.open', {
        reportId: report.id,
        cadreId: values.cadreId!,
        pointIds: values.pointIds ?? [],
        initiation:
          values.origin === 'application'
            ? { origin: 'application', application: values.application }
            : { origin: 'proposal', consultation: values.consultation },
      });
      onOpened(detail.summary.id);
    } catch (caught) {
      // Main names the point it refused ('pointIds.1'); the message says which and why, above the buttons.
      setError(isApiError(caught) ? caught : ApiError.internal(currentLocale()));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={t('clearanceUi.open.title', { number: report.number })}
      okText={t('clearanceUi.open.submit')}
      cancelText={t('common.actions.cancel')}
      okButtonProps={{ disabled: !firstCadre }}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<OpenValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={open}
        disabled={saving}
        className="qz-open-clearance"
        onValuesChange={(changed: OpenValues) => {
          // A clearance is for one cadre: choosing another starts from that cadre's clearable points.
          if (changed.cadreId !== undefined) form.setFieldValue('pointIds', eligibleFor.get(changed.cadreId) ?? []);
        }}
      >
        <Form.Item name="cadreId" label={t('clearanceUi.open.cadre')} rules={[{ required: true, message: t('cases.validation.choose', { label: t('clearanceUi.open.cadre') }) }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {report.cadres.map((c) => {
                const count = eligibleFor.get(c.id)!.length;
                return (
                  <Radio key={c.id} value={c.id} disabled={count === 0}>
                    {[c.name, c.unitName, c.post].filter(Boolean).join(' · ')}
                    <Typography.Text type="secondary" className="qz-open-count">
                      {count ? t('clearanceUi.open.clearableCount', { count }) : t('clearanceUi.open.nothingClearable')}
                    </Typography.Text>
                  </Radio>
                );
              })}
            </Space>
          </Radio.Group>
        </Form.Item>

        <Form.Item
          name="pointIds"
          label={t('clearanceUi.open.points')}
          extra={t('clearanceUi.open.pointsHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('clearanceUi.open.pointsRequired') }]}
        >
          <Checkbox.Group className="qz-open-points">
            {report.points.map((p) => {
              const eligibility = pointEligibility(report, p, cadreId);
              return (
                <div key={p.id} className="qz-open-point" data-point={p.no}>
                  <Checkbox value={p.id} disabled={!eligibility.eligible || cadreId === undefined}>
                    <Space size={6} wrap>
                      <span>{t('clearanceUi.pointNo', { no: p.no })}</span>
                      <span>{p.summary}</span>
                      <FindingTag finding={p.finding} />
                    </Space>
                  </Checkbox>
                  {!eligibility.eligible && <PointEligibilityMark eligibility={eligibility} />}
                </div>
              );
            })}
          </Checkbox.Group>
        </Form.Item>

        <Form.Item name="origin" label={text('workflow.clearance.fields.initiation.origin')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['proposal', 'application'] as const).map((o) => ({ value: o, label: text(`workflow.clearance.origins.${o}`) }))}
          />
        </Form.Item>
        {origin === 'application' ? (
          <>
            <Form.Item name={['application', 'receivedOn']} label={t('clearanceUi.initiation.applicationReceivedOn')} rules={rule(['application', 'receivedOn'], t('clearanceUi.initiation.applicationReceivedOn'))}>
              <IsoDateInput />
            </Form.Item>
            <Form.Item name={['application', 'untrueContent']} label={l('untrueContent')} rules={rule(['application', 'untrueContent'], l('untrueContent'))}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
            <Form.Item name={['application', 'clearanceWanted']} label={l('clearanceWanted')} rules={rule(['application', 'clearanceWanted'], l('clearanceWanted'))}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        ) : (
          <>
            <Alert className="qz-form-alert" type="info" showIcon title={t('clearanceUi.initiation.consultHint')} />
            <Space wrap align="start" size="large">
              <Form.Item
                name={['consultation', 'consultedOn']}
                label={l('consultedOn')}
                rules={rule(['consultation', 'consultedOn'], l('consultedOn'))}
                initialValue={dayjs().format('YYYY-MM-DD')}
              >
                <IsoDateInput />
              </Form.Item>
              <Form.Item name={['consultation', 'means']} label={l('means')} rules={rule(['consultation', 'means'], l('means'))}>
                <Radio.Group
                  options={clearanceFields.CONSULTATION_MEANS.map((m) => ({ value: m, label: text(`workflow.clearance.consultationMeans.${m}`) }))}
                />
              </Form.Item>
            </Space>
            <Form.Item name={['consultation', 'wishes']} label={l('wishes')} rules={rule(['consultation', 'wishes'], l('wishes'))}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  );
}
