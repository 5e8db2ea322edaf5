import { useEffect } from 'react';
import { Alert, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogInForce, type WorkflowKey } from '../../../../shared/workflow';
import { FormSection } from '../form-section';
import { IsoDateInput } from '../iso-date-input';
import { liveGuardReasons, reasonsFor } from '../live-guards';
import { ReasonList } from '../reason-list';
import type { StepFieldsProps, StepFormModule } from '../step-form';
import { useStepRules } from '../use-step-rules';
import { useText } from '../use-text';
import { OutcomeChoice } from './outcome-choice';

const INLINE = ['ruling.outcome', 'ruling.situationsApplied', 'ruling.situationExplained'];

/**
 * 研究认定: the collective meeting, the outcome and the situations applied (from the catalog the case is
 * judged by, whose version the ruling records and keeps), the reasoning, and the correction order
 * that always comes with it.
 */
function RulingFields({ evaluation, step, readOnly, form }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text, item } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const catalog = catalogInForce(evaluation.context);
  const decidedBy = Form.useWatch(['meeting', 'decidedBy'], form) as string | undefined;
  const live = readOnly ? [] : liveGuardReasons(evaluation, 'ruling');
  const warn = (field: string) => {
    const reasons = reasonsFor(live, `ruling.${field}`);
    return reasons.length ? <ReasonList reasons={reasons} className="qz-field-warning" /> : undefined;
  };
  const l = (key: string) => t(`workflow.labels.${key}` as 'workflow.labels.body');

  useEffect(() => {
    if (!readOnly && form.getFieldValue('catalogVersion') !== catalog.version) form.setFieldValue('catalogVersion', catalog.version);
  }, [readOnly, form, catalog.version]);

  return (
    <>
      {readOnly && (
        <Alert className="qz-form-alert" type="info" showIcon title={t('cases.faultTolerance.ruling.appliedVersion', { version: catalog.version })} />
      )}
      <FormSection title={label('meeting')}>
        <Space wrap align="start" size="large">
          <Form.Item name={['meeting', 'body']} label={l('body')} rules={rules(['meeting', 'body'], l('body'))} extra={t('cases.faultTolerance.ruling.bodyHelp')}>
            <Input maxLength={100} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name={['meeting', 'heldOn']} label={l('heldOn')} rules={rules(['meeting', 'heldOn'], l('heldOn'))}>
            <IsoDateInput />
          </Form.Item>
        </Space>
        <Form.Item name={['meeting', 'attendees']} label={l('attendees')} rules={rules(['meeting', 'attendees'], l('attendees'))} extra={t('cases.faultTolerance.ruling.attendeesHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、', ' ']} maxCount={200} />
        </Form.Item>
        <Form.Item name={['meeting', 'decidedBy']} label={l('decidedBy')} rules={rules(['meeting', 'decidedBy'], l('decidedBy'))}>
          <Radio.Group
            options={(['consensus', 'vote'] as const).map((v) => ({ value: v, label: text(`workflow.faultTolerance.decidedBy.${v}` as WorkflowKey) }))}
          />
        </Form.Item>
        {decidedBy === 'vote' && (
          <Space wrap>
            {(['for', 'against', 'abstain'] as const).map((v) => (
              <Form.Item key={v} name={['meeting', 'votes', v]} label={l(v)} rules={rules(['meeting', 'votes', v], l(v), { required: true })}>
                <InputNumber min={0} max={10000} precision={0} />
              </Form.Item>
            ))}
          </Space>
        )}
      </FormSection>

      <FormSection title={t('cases.faultTolerance.ruling.decision')}>
        <Form.Item name="referredToPartyCommittee" label={label('referredToPartyCommittee')} rules={rules(['referredToPartyCommittee'], label('referredToPartyCommittee'))}>
          <Radio.Group
            options={[
              { value: true, label: t('cases.yes') },
              { value: false, label: t('cases.no') },
            ]}
          />
        </Form.Item>
        <Form.Item name="outcome" label={label('outcome')} rules={rules(['outcome'], label('outcome'))} extra={warn('outcome')}>
          <OutcomeChoice evaluation={evaluation} step="ruling" field="outcome" disabled={readOnly} />
        </Form.Item>
        <Form.Item
          name="situationsApplied"
          label={label('situationsApplied')}
          rules={rules(['situationsApplied'], label('situationsApplied'))}
          extra={warn('situationsApplied') ?? t('cases.faultTolerance.ruling.situationsHelp')}
        >
          <Checkbox.Group className="qz-vertical-options" options={catalog.situations.map((s) => ({ value: s.id, label: item(s) }))} />
        </Form.Item>
        <Form.Item name="situationExplained" label={label('situationExplained')} rules={rules(['situationExplained'], label('situationExplained'))} extra={warn('situationExplained')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="catalogVersion" hidden>
          <InputNumber />
        </Form.Item>
        <Form.Item name="reasoning" label={label('reasoning')} rules={rules(['reasoning'], label('reasoning'))}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
        </Form.Item>
      </FormSection>

      <FormSection title={label('correctionOrder')} help={t('cases.faultTolerance.ruling.correctionHelp')}>
        <Form.Item name={['correctionOrder', 'measures']} label={l('measures')} rules={rules(['correctionOrder', 'measures'], l('measures'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Space wrap align="start" size="large">
          <Form.Item name={['correctionOrder', 'dueOn']} label={l('dueOn')} rules={rules(['correctionOrder', 'dueOn'], l('dueOn'))}>
            <IsoDateInput />
          </Form.Item>
          <Form.Item name={['correctionOrder', 'responsible']} label={l('responsible')} rules={rules(['correctionOrder', 'responsible'], l('responsible'))}>
            <Input maxLength={100} style={{ width: 260 }} />
          </Form.Item>
        </Space>
      </FormSection>

      <Form.Item name="documentNo" label={label('documentNo')} rules={rules(['documentNo'], label('documentNo'))}>
        <Input maxLength={100} style={{ width: 260 }} />
      </Form.Item>
    </>
  );
}

export const stepForm: StepFormModule = {
  workflow: 'faultTolerance',
  step: 'ruling',
  Fields: RulingFields,
  inlineGuardFields: INLINE,
  // A ruling that tolerates nothing applies no situation: an empty choice is an answer, not a gap.
  defaults: (evaluation) => ({ catalogVersion: catalogInForce(evaluation.context).version, situationsApplied: [] }),
};
