import { Alert, Form, Input, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { clearanceFields } from '../../../shared/workflow';
import { FormSection } from '../cases/form-section';
import { IsoDateInput } from '../cases/iso-date-input';
import { liveGuardReasons, reasonsFor } from '../cases/live-guards';
import { ReasonList } from '../cases/reason-list';
import type { StepFieldsProps, StepFormModule } from '../cases/step-form';
import { useStepRules } from '../cases/use-step-rules';
import { useText } from '../cases/use-text';
import { CaseLinks, caseReport } from './case-links';
import { ReportSnapshotView } from './report-snapshot';

const INLINE = ['initiation.consultation', 'initiation.application'];

/**
 * 启动: the report the case was opened from (read-only: main copied it), and how it began — the
 * department's proposal with the record of consulting the cadre (date, how, the cadre's wishes), or
 * the cadre's written application (the untrue content and the clearance wanted).
 */
function InitiationFields({ evaluation, step, readOnly, form }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const origin = Form.useWatch('origin', form) as 'proposal' | 'application' | undefined;
  const l = (key: string) => text(`workflow.labels.${key}`);
  const live = readOnly ? [] : liveGuardReasons(evaluation, 'initiation');
  const warning = [...reasonsFor(live, 'initiation.consultation'), ...reasonsFor(live, 'initiation.application')];

  return (
    <>
      <CaseLinks state={evaluation.state} />
      <FormSection title={text('workflow.clearance.report.title')}>
        <ReportSnapshotView report={caseReport(evaluation.state)} />
      </FormSection>
      <FormSection title={label('origin')}>
        <Form.Item
          name="origin"
          label={label('origin')}
          rules={rules(['origin'], label('origin'))}
          extra={warning.length ? <ReasonList reasons={warning} className="qz-field-warning" /> : undefined}
        >
          <Radio.Group
            options={(['proposal', 'application'] as const).map((o) => ({ value: o, label: text(`workflow.clearance.origins.${o}`) }))}
          />
        </Form.Item>
        {origin === 'proposal' && (
          <div className="qz-origin-detail" data-origin="proposal">
            {!readOnly && <Alert className="qz-form-alert" type="info" showIcon title={t('clearanceUi.initiation.consultHint')} />}
            <Space wrap align="start" size="large">
              <Form.Item name={['consultation', 'consultedOn']} label={l('consultedOn')} rules={rules(['consultation', 'consultedOn'], l('consultedOn'))}>
                <IsoDateInput />
              </Form.Item>
              <Form.Item name={['consultation', 'means']} label={l('means')} rules={rules(['consultation', 'means'], l('means'))}>
                <Radio.Group
                  options={clearanceFields.CONSULTATION_MEANS.map((m) => ({ value: m, label: text(`workflow.clearance.consultationMeans.${m}`) }))}
                />
              </Form.Item>
            </Space>
            <Form.Item name={['consultation', 'wishes']} label={l('wishes')} rules={rules(['consultation', 'wishes'], l('wishes'))}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </div>
        )}
        {origin === 'application' && (
          <div className="qz-origin-detail" data-origin="application">
            <Form.Item
              name={['application', 'receivedOn']}
              label={t('clearanceUi.initiation.applicationReceivedOn')}
              rules={rules(['application', 'receivedOn'], t('clearanceUi.initiation.applicationReceivedOn'))}
            >
              <IsoDateInput />
            </Form.Item>
            <Form.Item name={['application', 'untrueContent']} label={l('untrueContent')} rules={rules(['application', 'untrueContent'], l('untrueContent'))}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
            <Form.Item name={['application', 'clearanceWanted']} label={l('clearanceWanted')} rules={rules(['application', 'clearanceWanted'], l('clearanceWanted'))}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
            {!readOnly && <Alert className="qz-form-alert" type="info" showIcon title={t('clearanceUi.initiation.refusalHint')} />}
          </div>
        )}
      </FormSection>
    </>
  );
}

export const stepForm: StepFormModule = { workflow: 'clearance', step: 'initiation', Fields: InitiationFields, inlineGuardFields: INLINE };
