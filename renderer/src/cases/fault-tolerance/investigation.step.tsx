import { useEffect } from 'react';
import { Button, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { catalogInForce, faultToleranceFields, type WorkflowKey } from '../../../../shared/workflow';
import { FormSection } from '../form-section';
import { liveGuardReasons, reasonsFor } from '../live-guards';
import { ReasonList } from '../reason-list';
import type { StepFieldsProps, StepFormModule } from '../step-form';
import { useStepRules } from '../use-step-rules';
import { useText } from '../use-text';
import { CatalogChecklist } from './catalog-checklist';
import { OutcomeChoice } from './outcome-choice';

const { FACTORS, DISTINCTIONS, DISTINCTION_FINDINGS } = faultToleranceFields;
const ft = (key: string) => `workflow.faultTolerance.${key}` as WorkflowKey;

/**
 * 调查核实: facts and evidence, the six factors, the three distinctions one by one, every condition and
 * exclusion of the catalog checked with a note, and the investigator's proposal.
 */
function InvestigationFields({ evaluation, step, readOnly, form }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const catalog = catalogInForce(evaluation.context);
  const warnings = readOnly ? [] : reasonsFor(liveGuardReasons(evaluation, 'investigation'), 'investigation.proposedOutcome');

  // The checks below are the catalog shown here; the record says which version that was.
  useEffect(() => {
    if (!readOnly && form.getFieldValue('catalogVersion') !== catalog.version) form.setFieldValue('catalogVersion', catalog.version);
  }, [readOnly, form, catalog.version]);

  const evidenceTitle = t('workflow.labels.title');
  const evidenceNote = t('workflow.labels.note');

  return (
    <>
      <Form.Item name="facts" label={label('facts')} rules={rules(['facts'], label('facts'))}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
      </Form.Item>
      <Form.Item label={label('evidence')} required>
        <Form.List
          name="evidence"
          rules={[
            {
              validator: async (_, list?: unknown[]) => {
                if (!list?.length) throw new Error(t('cases.validation.tooFew', { label: label('evidence'), min: 1 }));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div className="qz-evidence">
              {fields.map((field, i) => (
                <Space key={field.key} align="start" className="qz-evidence-row">
                  <Form.Item name={[field.name, 'title']} rules={rules(['evidence', i, 'title'], evidenceTitle)}>
                    <Input aria-label={t('cases.faultTolerance.investigation.evidenceTitle', { n: i + 1 })} placeholder={evidenceTitle} maxLength={100} style={{ width: 280 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} rules={rules(['evidence', i, 'note'], evidenceNote)}>
                    <Input aria-label={t('cases.faultTolerance.investigation.evidenceNote', { n: i + 1 })} placeholder={evidenceNote} maxLength={2000} style={{ width: 320 }} />
                  </Form.Item>
                  {!readOnly && (
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('cases.faultTolerance.investigation.evidenceRemove', { n: i + 1 })} onClick={() => remove(field.name)} />
                  )}
                </Space>
              ))}
              {!readOnly && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('cases.faultTolerance.investigation.evidenceAdd')}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </div>
          )}
        </Form.List>
      </Form.Item>

      <FormSection title={label('factors')} help={t('cases.faultTolerance.investigation.factorsHelp')}>
        {FACTORS.map((f) => {
          const name = text(ft(`factors.${f}`));
          return (
            <Form.Item key={f} name={['factors', f]} label={name} rules={rules(['factors', f], name)}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          );
        })}
      </FormSection>

      <FormSection title={label('distinctions')} help={t('cases.faultTolerance.investigation.distinctionsHelp')}>
        {DISTINCTIONS.map((d, i) => {
          const name = text(ft(`distinctionNames.${d}`));
          return (
            <div key={d} className="qz-distinction" data-distinction={d} role="group" aria-label={name}>
              <Typography.Paragraph strong className="qz-distinction-title">
                {i + 1}. {text(ft(`distinctions.${d}`))}
              </Typography.Paragraph>
              <Form.Item
                name={['distinctions', d, 'finding']}
                label={t('workflow.labels.finding')}
                rules={rules(['distinctions', d, 'finding'], t('cases.faultTolerance.investigation.findingOf', { name }))}
              >
                <Radio.Group options={DISTINCTION_FINDINGS.map((v) => ({ value: v, label: text(ft(`distinctionFindings.${v}`)) }))} />
              </Form.Item>
              <Form.Item
                name={['distinctions', d, 'reasoning']}
                label={t('workflow.labels.reasoning')}
                rules={rules(['distinctions', d, 'reasoning'], t('cases.faultTolerance.investigation.reasoningOf', { name }))}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
              </Form.Item>
            </div>
          );
        })}
      </FormSection>

      <FormSection title={label('conditions')} help={t('cases.faultTolerance.investigation.conditionsHelp')}>
        <CatalogChecklist group="conditions" items={catalog.conditions} rules={rules} />
      </FormSection>
      <FormSection title={label('exclusions')} help={t('cases.faultTolerance.investigation.exclusionsHelp')}>
        <CatalogChecklist group="exclusions" items={catalog.exclusions} rules={rules} />
      </FormSection>

      <Form.Item name="catalogVersion" hidden>
        <InputNumber />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('cases.faultTolerance.catalogVersion', { version: catalog.version })}</Typography.Paragraph>

      <Form.Item
        name="proposedOutcome"
        label={label('proposedOutcome')}
        rules={rules(['proposedOutcome'], label('proposedOutcome'))}
        extra={warnings.length ? <ReasonList reasons={warnings} className="qz-field-warning" /> : undefined}
      >
        <OutcomeChoice evaluation={evaluation} step="investigation" field="proposedOutcome" disabled={readOnly} />
      </Form.Item>
    </>
  );
}

export const stepForm: StepFormModule = {
  workflow: 'faultTolerance',
  step: 'investigation',
  Fields: InvestigationFields,
  defaults: (evaluation) => ({ catalogVersion: catalogInForce(evaluation.context).version }),
  inlineGuardFields: ['investigation.proposedOutcome'],
};
