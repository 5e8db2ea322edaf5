import { Descriptions, Form, Input, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { faultToleranceFields, readField } from '../../../../shared/workflow';
import { FormSection } from '../form-section';
import { IsoDateInput } from '../iso-date-input';
import { liveGuardReasons, reasonsFor } from '../live-guards';
import { ReasonList } from '../reason-list';
import type { StepFieldsProps, StepFormModule } from '../step-form';
import { useStepRules } from '../use-step-rules';

const SENT = ['resultToApplicant', 'resultToUnit', 'noticeToOrganizationDepartment'] as const;

/**
 * 反馈运用: the written result to the applicant and the unit, the notice to the organization department,
 * the filing, and the check that the correction ordered by the ruling was done; the case closes only
 * once it was.
 */
function FeedbackFields({ evaluation, step, readOnly }: StepFieldsProps) {
  const { t } = useTranslation();
  const { label, rules } = useStepRules(evaluation.table, step);
  const l = (key: string) => t(`workflow.labels.${key}` as 'workflow.labels.body');
  const order = readField(evaluation.state, 'ruling', faultToleranceFields.rulingFields, 'correctionOrder');
  const pending = readOnly ? [] : reasonsFor(liveGuardReasons(evaluation, 'feedback'), 'feedback.correctionCheck');

  return (
    <>
      {SENT.map((field) => (
        <FormSection key={field} title={label(field)}>
          <Space wrap align="start" size="large">
            <Form.Item name={[field, 'sentOn']} label={l('sentOn')} rules={rules([field, 'sentOn'], `${label(field)}：${l('sentOn')}`)}>
              <IsoDateInput />
            </Form.Item>
            <Form.Item name={[field, 'documentNo']} label={l('documentNo')} rules={rules([field, 'documentNo'], `${label(field)}：${l('documentNo')}`)}>
              <Input maxLength={100} style={{ width: 240 }} />
            </Form.Item>
          </Space>
        </FormSection>
      ))}
      <FormSection title={label('filing')}>
        <Space wrap align="start" size="large">
          <Form.Item name={['filing', 'filedWith']} label={l('filedWith')} rules={rules(['filing', 'filedWith'], l('filedWith'))}>
            <Input maxLength={100} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name={['filing', 'filedOn']} label={l('filedOn')} rules={rules(['filing', 'filedOn'], l('filedOn'))}>
            <IsoDateInput />
          </Form.Item>
        </Space>
      </FormSection>
      <FormSection title={label('correctionCheck')}>
        {order && (
          <Descriptions
            size="small"
            column={1}
            className="qz-correction-order"
            title={t('cases.faultTolerance.feedback.orderTitle')}
            items={[
              { key: 'measures', label: l('measures'), children: order.measures },
              { key: 'dueOn', label: l('dueOn'), children: order.dueOn },
              { key: 'responsible', label: l('responsible'), children: order.responsible },
            ]}
          />
        )}
        <Form.Item name={['correctionCheck', 'checkedOn']} label={l('checkedOn')} rules={rules(['correctionCheck', 'checkedOn'], l('checkedOn'))}>
          <IsoDateInput />
        </Form.Item>
        <Form.Item
          name={['correctionCheck', 'completed']}
          label={l('completed')}
          rules={rules(['correctionCheck', 'completed'], l('completed'))}
          extra={pending.length ? <ReasonList reasons={pending} className="qz-field-warning" /> : undefined}
        >
          <Radio.Group
            options={[
              { value: true, label: t('cases.faultTolerance.feedback.completed') },
              { value: false, label: t('cases.faultTolerance.feedback.notCompleted') },
            ]}
          />
        </Form.Item>
        <Form.Item name={['correctionCheck', 'note']} label={t('cases.faultTolerance.feedback.checkNote')} rules={rules(['correctionCheck', 'note'], t('cases.faultTolerance.feedback.checkNote'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </FormSection>
      <Form.Item name="resultApplied" label={label('resultApplied')} rules={rules(['resultApplied'], label('resultApplied'))} extra={t('cases.faultTolerance.feedback.resultAppliedHelp')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </>
  );
}

export const stepForm: StepFormModule = {
  workflow: 'faultTolerance',
  step: 'feedback',
  Fields: FeedbackFields,
  inlineGuardFields: ['feedback.correctionCheck'],
};
