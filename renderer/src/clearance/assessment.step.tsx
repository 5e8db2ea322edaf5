import { Alert, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clearanceFields } from '../../../shared/workflow';
import { FormSection } from '../cases/form-section';
import { liveGuardReasons, reasonsFor } from '../cases/live-guards';
import { ReasonList } from '../cases/reason-list';
import type { StepFieldsProps, StepFormModule } from '../cases/step-form';
import { useStepRules } from '../cases/use-step-rules';
import { useText } from '../cases/use-text';
import { CaseLinks, caseReferral, caseReport } from './case-links';
import { ReferralStarter } from './referral-starter';

const INLINE = ['assessment.harms', 'assessment.onlyVerificationEffects', 'assessment.pointsToClear', 'assessment.methods', 'assessment.reportNature'];

/**
 * 核实评估: whether the case is eligible (the harms that call for clearance, and the exclusion of an
 * effect that came only from the verification's own interviews), the impact, which untrue points to
 * clear, by which methods (a non-written one needs a written one too, as the engine says), the scope
 * and audience, and whether the report was an honest mistake or a malicious false accusation — which
 * needs a referral record before the assessment can go on.
 */
function AssessmentFields({ evaluation, step, readOnly, form }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const nature = Form.useWatch('reportNature', form) as string | undefined;
  const live = readOnly ? [] : liveGuardReasons(evaluation, 'assessment');
  const warn = (field: string) => {
    const reasons = reasonsFor(live, `assessment.${field}`);
    return reasons.length ? <ReasonList reasons={reasons} className="qz-field-warning" /> : undefined;
  };
  const report = caseReport(evaluation.state);
  // By default every point the case was opened for; once saved, the choice as saved.
  const saved = evaluation.state.data.assessment as { pointsToClear?: unknown } | undefined;
  const referral = caseReferral(evaluation.state);
  const yesNo = [
    { value: true, label: t('cases.yes') },
    { value: false, label: t('cases.no') },
  ];

  return (
    <>
      <CaseLinks state={evaluation.state} />
      <FormSection title={t('clearanceUi.assessment.eligibility')} help={t('clearanceUi.assessment.eligibilityHelp')}>
        <Form.Item name="harms" label={label('harms')} rules={rules(['harms'], label('harms'))} extra={warn('harms')}>
          <Checkbox.Group
            className="qz-vertical-options"
            options={clearanceFields.HARMS.map((h) => ({ value: h, label: text(`workflow.clearance.harms.${h}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="onlyVerificationEffects"
          label={label('onlyVerificationEffects')}
          rules={rules(['onlyVerificationEffects'], label('onlyVerificationEffects'))}
          extra={warn('onlyVerificationEffects')}
        >
          <Radio.Group options={yesNo} />
        </Form.Item>
        <Form.Item name="impact" label={label('impact')} rules={rules(['impact'], label('impact'))} extra={t('clearanceUi.assessment.impactHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
        </Form.Item>
      </FormSection>

      <FormSection title={t('clearanceUi.assessment.plan')}>
        <Form.Item
          name="pointsToClear"
          label={label('pointsToClear')}
          rules={rules(['pointsToClear'], label('pointsToClear'))}
          initialValue={saved?.pointsToClear === undefined ? report?.points.map((p) => p.id) : undefined}
          extra={warn('pointsToClear') ?? t('clearanceUi.assessment.pointsHelp')}
        >
          <Checkbox.Group
            className="qz-vertical-options"
            options={(report?.points ?? []).map((p) => ({ value: p.id, label: `${t('clearanceUi.pointNo', { no: p.id })}　${p.summary}` }))}
          />
        </Form.Item>
        <Form.Item name="methods" label={label('methods')} rules={rules(['methods'], label('methods'))} extra={warn('methods') ?? t('clearanceUi.assessment.methodsHelp')}>
          <Checkbox.Group options={clearanceFields.CLEARANCE_METHODS.map((m) => ({ value: m, label: text(`workflow.clearance.methods.${m}`) }))} />
        </Form.Item>
        <Form.Item name="scope" label={label('scope')} rules={rules(['scope'], label('scope'))} extra={t('clearanceUi.assessment.scopeHelp')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="audience" label={label('audience')} rules={rules(['audience'], label('audience'))} extra={t('clearanceUi.assessment.audienceHelp')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </FormSection>

      <FormSection title={label('reportNature')} help={t('clearanceUi.assessment.natureHelp')}>
        <Form.Item name="reportNature" label={label('reportNature')} rules={rules(['reportNature'], label('reportNature'))} extra={warn('reportNature')}>
          <Radio.Group options={clearanceFields.REPORT_NATURES.map((n) => ({ value: n, label: text(`workflow.clearance.natures.${n}`) }))} />
        </Form.Item>
        <Form.Item name="natureReasoning" label={label('natureReasoning')} rules={rules(['natureReasoning'], label('natureReasoning'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        {nature === 'malicious' && !referral && !readOnly && <ReferralStarter step={step} form={form} />}
        {nature === 'malicious' && !referral && readOnly && (
          <Typography.Text type="secondary">{t('clearanceUi.assessment.noReferralYet')}</Typography.Text>
        )}
        {referral && (
          <Alert className="qz-form-alert" type="warning" showIcon title={t('clearanceUi.assessment.referralOpened', { number: referral.number })} />
        )}
      </FormSection>
    </>
  );
}

export const stepForm: StepFormModule = { workflow: 'clearance', step: 'assessment', Fields: AssessmentFields, inlineGuardFields: INLINE };
