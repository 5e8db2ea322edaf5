import { Alert, Descriptions, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { clearanceFields, readField } from '../../../shared/workflow';
import { FormSection } from '../cases/form-section';
import { IsoDateInput } from '../cases/iso-date-input';
import type { StepFieldsProps, StepFormModule } from '../cases/step-form';
import { useStepRules } from '../cases/use-step-rules';
import { useText } from '../cases/use-text';
import { CaseLinks, caseReport } from './case-links';

/**
 * 审批: the approval form (审批表) signed per cadre-management authority — its number, the organ that
 * holds the authority, the day it went up — with what is being approved read from the assessment, so
 * the approver signs knowing which points, how and before whom.
 */
function ApprovalFields({ evaluation, step, readOnly }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const { state } = evaluation;
  const a = clearanceFields.assessmentFields;
  const points = readField(state, 'assessment', a, 'pointsToClear') ?? [];
  const methods = readField(state, 'assessment', a, 'methods') ?? [];
  const nature = readField(state, 'assessment', a, 'reportNature');
  const summaries = caseReport(state)?.points ?? [];
  const sep = t('cases.listSeparator');
  const assessed = (field: string) => text(`workflow.clearance.fields.assessment.${field}`);

  return (
    <>
      <CaseLinks state={state} />
      <FormSection title={t('clearanceUi.approval.proposal')}>
        <Descriptions
          size="small"
          bordered
          column={1}
          className="qz-approval-summary"
          items={[
            {
              key: 'points',
              label: assessed('pointsToClear'),
              children: points
                .map((id) => `${t('clearanceUi.pointNo', { no: id })} ${summaries.find((p) => p.id === id)?.summary ?? ''}`)
                .join('；'),
            },
            { key: 'methods', label: assessed('methods'), children: methods.map((m) => text(`workflow.clearance.methods.${m}`)).join(sep) },
            { key: 'scope', label: assessed('scope'), children: readField(state, 'assessment', a, 'scope') ?? '' },
            { key: 'audience', label: assessed('audience'), children: readField(state, 'assessment', a, 'audience') ?? '' },
            { key: 'nature', label: assessed('reportNature'), children: nature ? text(`workflow.clearance.natures.${nature}`) : '' },
          ]}
        />
      </FormSection>
      <FormSection title={t('clearanceUi.approval.form')}>
        <Space wrap align="start" size="large">
          <Form.Item name="formNo" label={label('formNo')} rules={rules(['formNo'], label('formNo'))}>
            <Input maxLength={100} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="authority" label={label('authority')} rules={rules(['authority'], label('authority'))} extra={t('clearanceUi.approval.authorityHelp')}>
            <Input maxLength={100} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item name="submittedOn" label={label('submittedOn')} rules={rules(['submittedOn'], label('submittedOn'))}>
            <IsoDateInput />
          </Form.Item>
        </Space>
        {!readOnly && <Alert className="qz-form-alert" type="info" showIcon title={t('clearanceUi.approval.deadlineHint')} />}
      </FormSection>
    </>
  );
}

export const stepForm: StepFormModule = { workflow: 'clearance', step: 'approval', Fields: ApprovalFields };
