import { Alert } from 'antd';
import type { ApiError } from '../api-error';

/** A refusal from main that no single field owns. */
export function ErrorAlert({ error, onClose }: { error: ApiError | null; onClose?: () => void }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.message}
      className="qz-form-alert"
      closable={onClose ? { onClose } : false}
    />
  );
}
