import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { faultToleranceFields, type WorkflowKey } from '../../../../shared/workflow';
import { catalogInForce } from '../../../../shared/workflow';
import { IsoDateInput } from '../iso-date-input';
import type { StepFieldsProps, StepFormModule } from '../step-form';
import { useStepRules } from '../use-step-rules';
import { useText } from '../use-text';

/** 申请受理: who applies, within which accountability matter, the facts claimed and the situations invoked. */
function ApplicationFields({ evaluation, step }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text, item } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const catalog = catalogInForce(evaluation.context);

  return (
    <>
      <Form.Item name="receivedOn" label={label('receivedOn')} rules={rules(['receivedOn'], label('receivedOn'))}>
        <IsoDateInput />
      </Form.Item>
      <Form.Item name="applicantKind" label={label('applicantKind')} rules={rules(['applicantKind'], label('applicantKind'))}>
        <Radio.Group
          options={faultToleranceFields.APPLICANT_KINDS.map((k) => ({ value: k, label: text(`workflow.faultTolerance.applicantKinds.${k}` as WorkflowKey) }))}
        />
      </Form.Item>
      <Form.Item name="applicantName" label={label('applicantName')} rules={rules(['applicantName'], label('applicantName'))} extra={t('cases.faultTolerance.application.applicantNameHelp')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="accountabilityMatter"
        label={label('accountabilityMatter')}
        rules={rules(['accountabilityMatter'], label('accountabilityMatter'))}
        extra={t('cases.faultTolerance.application.accountabilityHelp')}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="factsClaimed" label={label('factsClaimed')} rules={rules(['factsClaimed'], label('factsClaimed'))}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="situationsInvoked" label={label('situationsInvoked')} rules={rules(['situationsInvoked'], label('situationsInvoked'))}>
        <Checkbox.Group className="qz-vertical-options" options={catalog.situations.map((s) => ({ value: s.id, label: item(s) }))} />
      </Form.Item>
    </>
  );
}

export const stepForm: StepFormModule = { workflow: 'faultTolerance', step: 'application', Fields: ApplicationFields };
