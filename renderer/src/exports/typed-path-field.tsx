import { useId } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TypedPathFieldProps {
  purpose: 'save' | 'open';
  value: string;
  onChange(value: string): void;
  /** What the file will be, for the placeholder: pdf, xlsx, qzp… */
  extension?: string;
  error?: string | null;
  disabled?: boolean;
}

/** The path typed by hand, shown only when main has no file dialog to offer. */
export function TypedPathField({ purpose, value, onChange, extension, error, disabled }: TypedPathFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Form.Item
      className="qz-typed-path"
      label={t(purpose === 'save' ? 'filesUi.path.saveLabel' : 'filesUi.path.openLabel')}
      extra={t('filesUi.path.noDialog')}
      validateStatus={error ? 'error' : undefined}
      help={error ?? undefined}
      layout="vertical"
      htmlFor={id}
    >
      <Input
        id={id}
        className="qz-mono"
        data-testid="typed-path"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t('filesUi.path.placeholder', { extension: extension ?? '' })}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        maxLength={4096}
      />
    </Form.Item>
  );
}
