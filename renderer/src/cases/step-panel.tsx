import { useEffect, type RefObject } from 'react';
import { Alert, Button, Form, Space, Tag, Typography, type FormInstance } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../shared/ipc/cases.contract';
import { findAction, findStep, type Evaluation, type Reason } from '../../../shared/workflow';
import { liveGuardReasons } from './live-guards';
import { ReasonList } from './reason-list';
import { RecordedFields } from './recorded-fields';
import { findStepForm } from './step-forms';

export interface StepPanelProps {
  /** The case with what is being typed merged in. */
  evaluation: Evaluation;
  stepKey: string;
  /** The step is the one being worked and this user may record it. */
  editable: boolean;
  /** Why this user may not record the step being worked (shown when it is the one viewed). */
  recordReasons: readonly Reason[];
  /** Receives the form of the step being worked, for the case page to save before an action. */
  formRef: RefObject<FormInstance | null>;
  events: readonly CaseEvent[];
  saving: boolean;
  /** Typed but not saved. */
  dirty: boolean;
  onValuesChange: () => void;
  onSave: () => void;
}

/**
 * One step's record: the form while it is being worked by someone who may record it, read-only
 * otherwise; the reasons it was returned, shown on the step it was returned to; and, as the officer
 * types, the table's rules that the work would break if submitted now.
 */
export function StepPanel({ evaluation, stepKey, editable, recordReasons, formRef, events, saving, dirty, onValuesChange, onSave }: StepPanelProps) {
  const { t } = useTranslation();
  // Its own form each time it is mounted: a form store keeps its values across remounts, and one
  // step's values must never show up in another's.
  const [form] = Form.useForm();
  useEffect(() => {
    if (!editable) return undefined;
    formRef.current = form;
    return () => {
      if (formRef.current === form) formRef.current = null;
    };
  }, [editable, form, formRef]);
  const { table, state } = evaluation;
  const step = findStep(table, stepKey);
  if (!step) return null;
  const stepForm = findStepForm(table.id, stepKey);
  const data = state.data[stepKey] as Record<string, unknown> | undefined;
  const isCurrent = state.step === stepKey;
  const returns = events.filter((e) => e.toStep === stepKey && e.reason && findAction(table, e.action)?.kind === 'return').reverse();
  const inline = new Set(stepForm?.inlineGuardFields ?? []);
  const guards = editable ? liveGuardReasons(evaluation, stepKey).filter((r) => !r.field || !inline.has(r.field)) : [];

  return (
    <div className="qz-step-panel" data-step={stepKey}>
      {returns.map((e, i) => (
        <Alert
          key={e.id}
          className="qz-return-alert"
          type={i === 0 && isCurrent && state.status === 'active' ? 'warning' : 'info'}
          showIcon
          title={t('cases.panel.returned', { name: e.actorName, at: dayjs(e.at).format('YYYY-MM-DD HH:mm') })}
          description={e.reason}
        />
      ))}
      {isCurrent && state.status === 'active' && !editable && recordReasons.length > 0 && (
        <Alert className="qz-form-alert" type="info" showIcon title={t('cases.panel.cannotRecord')} description={<ReasonList reasons={recordReasons} />} />
      )}
      {stepForm ? (
        <Form
          form={form}
          layout="vertical"
          className={editable ? 'qz-step-form' : 'qz-step-form qz-step-form--readonly'}
          initialValues={{ ...(editable ? stepForm.defaults?.(evaluation) : undefined), ...data }}
          disabled={!editable}
          onValuesChange={onValuesChange}
          scrollToFirstError
        >
          <stepForm.Fields evaluation={evaluation} step={step} readOnly={!editable} form={form} />
        </Form>
      ) : editable ? (
        <Alert type="warning" showIcon title={t('cases.panel.noForm')} />
      ) : (
        <RecordedFields table={table} step={step} data={data} />
      )}
      {guards.length > 0 && (
        <Alert
          className="qz-guard-alert"
          type="error"
          showIcon
          title={t('cases.panel.guards')}
          description={<ReasonList reasons={guards} />}
          data-testid="live-guards"
        />
      )}
      {editable && stepForm && (
        <Space className="qz-step-save">
          <Button icon={<SaveOutlined />} onClick={onSave} loading={saving}>
            {t('cases.panel.save')}
          </Button>
          {dirty && <Tag color="gold">{t('cases.panel.unsaved')}</Tag>}
          <Typography.Text type="secondary">{t('cases.panel.saveHint')}</Typography.Text>
        </Space>
      )}
    </div>
  );
}
