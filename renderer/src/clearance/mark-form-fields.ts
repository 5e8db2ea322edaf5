import type { FormInstance } from 'antd';
import type { ApiError } from '../api-error';

/**
 * Puts main's refusal on the fields it names ('points.1.finding', 'verification.concludedOn'), list
 * indexes as numbers the way Form.List names its rows. True when at least one field was on the form.
 */
export function markFormFields(form: FormInstance, error: ApiError): boolean {
  const onForm = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const marked = error.fields.filter((f) => onForm.has(f));
  if (!marked.length) return false;
  form.setFields(marked.map((f) => ({ name: f.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [error.message] })));
  return true;
}
