import type { FormInstance } from 'antd';
import type { ApiError } from '../api-error';

/**
 * Puts main's refusal on the step form's fields it names. Main names them from the step ('ruling.outcome',
 * 'ruling.meeting.heldOn'); the form names them within the step. True when at least one was on the form.
 */
export function markStepFields(form: FormInstance, step: string, error: ApiError): boolean {
  const onForm = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const prefix = `${step}.`;
  const marked = error.fields
    .filter((f) => f.startsWith(prefix))
    .map((f) => f.slice(prefix.length))
    .filter((f) => onForm.has(f));
  if (!marked.length) return false;
  form.setFields(marked.map((f) => ({ name: f.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [error.message] })));
  return true;
}
