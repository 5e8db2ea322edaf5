import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError, isApiError } from '../api-error';
import { currentLocale } from '../i18n';

/**
 * A form's submit through main: a loading flag for the button, the refusal's message on the
 * fields main named, and otherwise as one error for an Alert above the buttons.
 */
export function useApiSubmit<V>(form: FormInstance<V>, action: (values: V) => Promise<void>) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const onFinish = useCallback(
    async (values: V) => {
      setSubmitting(true);
      setError(null);
      try {
        await action(values);
      } catch (caught) {
        const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
        if (!isApiError(caught)) console.error(caught);
        // The lock overlay already says it; the user submits again after unlocking.
        if (apiError.code !== 'LOCKED' && !markFields(form, apiError)) setError(apiError);
      } finally {
        setSubmitting(false);
      }
    },
    [form, action],
  );

  return { submitting, error, setError, onFinish };
}

/** True when at least one field named by main is on this form and now shows the message. */
export function markFields<V>(form: FormInstance<V>, error: ApiError): boolean {
  if (!error.fields.length) return false;
  const onForm = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const marked = error.fields.filter((field) => onForm.has(field));
  if (!marked.length) return false;
  form.setFields(marked.map((field) => ({ name: field.split('.') as never, errors: [error.message] })));
  return true;
}
