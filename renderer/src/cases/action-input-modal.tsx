import { useMemo, useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { evaluateAction, inputLabelKey, type ActionDef, type Evaluation } from '../../../shared/workflow';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { markFields } from '../forms/use-api-submit';
import { IsoDateInput } from './iso-date-input';
import { ReasonList } from './reason-list';
import { cleanValue } from './step-draft';
import { useText } from './use-text';
import { zodRules } from './zod-field-rules';

/** Inputs whose value is a date; every other input is text. */
const DATE_INPUTS = new Set(['receivedOn']);

/**
 * Asks for what an action is taken with (the reason of a return, refusal or withdrawal; an appeal's
 * grounds and the day it was received), with the fields drawn from the action's input schema and
 * the rules that read the input (an appeal out of time) judged by the engine as it is typed.
 */
export function ActionInputModal({
  evaluation,
  action,
  onAct,
  onClose,
}: {
  evaluation: Evaluation;
  action: ActionDef;
  onAct: (action: ActionDef, input: Record<string, unknown>) => Promise<ApiError | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { text } = useText();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const shape = action.input.shape as Record<string, z.ZodType>;
  const label = text(action.labelKey);

  const guards = useMemo(() => {
    const verdict = evaluateAction(evaluation, action.key, (cleanValue(values) as Record<string, unknown> | undefined) ?? {});
    return verdict?.reasons.filter((r) => r.kind === 'guard') ?? [];
  }, [evaluation, action.key, values]);

  const submit = async (raw: Record<string, unknown>) => {
    setSubmitting(true);
    setError(null);
    const failed = await onAct(action, (cleanValue(raw) as Record<string, unknown> | undefined) ?? {});
    setSubmitting(false);
    if (!failed) return onClose();
    if (failed.code !== 'LOCKED' && !markFields(form, failed)) setError(failed);
  };

  return (
    <Modal
      open
      title={label}
      okText={label}
      cancelText={t('common.actions.cancel')}
      okButtonProps={{ danger: action.kind === 'reject' || action.kind === 'withdraw', disabled: guards.length > 0 }}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={(_, all) => setValues(all)} disabled={submitting}>
        {Object.entries(shape).map(([name, schema]) => {
          const fieldLabel = text(inputLabelKey(name));
          return (
            <Form.Item key={name} name={name} label={fieldLabel} rules={zodRules(schema, fieldLabel, t)}>
              {DATE_INPUTS.has(name) ? <IsoDateInput /> : <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />}
            </Form.Item>
          );
        })}
      </Form>
      {guards.length > 0 && <Alert type="error" showIcon title={<ReasonList reasons={guards} />} className="qz-form-alert" />}
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  );
}
