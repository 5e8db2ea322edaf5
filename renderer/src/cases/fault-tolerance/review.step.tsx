import { Descriptions, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { faultToleranceFields, type WorkflowKey } from '../../../../shared/workflow';
import { IsoDateInput } from '../iso-date-input';
import type { StepFieldsProps, StepFormModule } from '../step-form';
import { useStepRules } from '../use-step-rules';
import { useText } from '../use-text';

/** 申诉复核: the appeal as registered, the review's findings and its decision (uphold or revise the ruling). */
function ReviewFields({ evaluation, step }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const appeal = [...evaluation.state.history].reverse().find((h) => h.action === 'appeal');

  return (
    <>
      {appeal && (
        <Descriptions
          size="small"
          column={1}
          className="qz-appeal"
          title={t('cases.faultTolerance.review.appealTitle')}
          items={[
            { key: 'receivedOn', label: text('workflow.inputs.receivedOn'), children: String(appeal.input?.receivedOn ?? '') },
            { key: 'reason', label: text('workflow.inputs.reason'), children: String(appeal.input?.reason ?? '') },
          ]}
        />
      )}
      <Form.Item name="appellant" label={label('appellant')} rules={rules(['appellant'], label('appellant'))}>
        <Input maxLength={100} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="grounds" label={label('grounds')} rules={rules(['grounds'], label('grounds'))}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="findings" label={label('findings')} rules={rules(['findings'], label('findings'))}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="decision" label={label('decision')} rules={rules(['decision'], label('decision'))}>
        <Radio.Group
          options={faultToleranceFields.REVIEW_DECISIONS.map((d) => ({ value: d, label: text(`workflow.faultTolerance.reviewDecisions.${d}` as WorkflowKey) }))}
        />
      </Form.Item>
      <Form.Item name="decidedOn" label={label('decidedOn')} rules={rules(['decidedOn'], label('decidedOn'))}>
        <IsoDateInput />
      </Form.Item>
    </>
  );
}

export const stepForm: StepFormModule = { workflow: 'faultTolerance', step: 'review', Fields: ReviewFields };
