import { useCallback, useId, useState, type ReactNode } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { isCancelled, isPathRefusal, needsTypedPath } from './host-path';

export interface SaveRequest {
  /** The file's name, as the officer knows it. */
  name: string;
  extension: string;
  /** Writes the copy: to `path`, or where the host's save dialog says when there is none. */
  write(path: string | undefined): Promise<{ path: string }>;
}

export interface SaveCopy {
  save(request: SaveRequest): Promise<void>;
  /** The typed-path dialog, for hosts without a save dialog; render it once, anywhere. */
  element: ReactNode;
}

/**
 * "Save a copy" of one stored file, only on the officer's request: the host's save dialog in the app;
 * where there is none, a small dialog asking for the path. Main records every copy in the audit log.
 */
export function useSaveCopy(): SaveCopy {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [noDialog, setNoDialog] = useState(false);
  const [pending, setPending] = useState<SaveRequest | null>(null);
  const [path, setPath] = useState('');
  const [pathError, setPathError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const inputId = useId();

  const saved = useCallback((where: string) => void message.success(t('filesUi.save.done', { path: where })), [message, t]);

  const save = useCallback(
    async (request: SaveRequest) => {
      setError(null);
      setPathError(null);
      if (noDialog) {
        setPath('');
        setPending(request);
        return;
      }
      try {
        saved((await request.write(undefined)).path);
      } catch (caught) {
        const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
        if (needsTypedPath(apiError)) {
          setNoDialog(true);
          setPath('');
          setPending(request);
        } else if (!isCancelled(apiError) && apiError.code !== 'LOCKED') {
          void message.error(apiError.message);
        }
      }
    },
    [noDialog, saved, message],
  );

  const confirm = async () => {
    if (!pending) return;
    const typed = path.trim();
    if (!typed) {
      setPathError(t('filesUi.path.required'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      saved((await pending.write(typed)).path);
      setPending(null);
    } catch (caught) {
      const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
      if (isPathRefusal(apiError)) setPathError(apiError.message);
      else if (apiError.code !== 'LOCKED') setError(apiError);
    } finally {
      setSaving(false);
    }
  };

  const element = pending ? (
    <Modal
      open
      title={t('filesUi.save.title', { name: pending.name })}
      okText={t('filesUi.save.ok')}
      cancelText={t('filesUi.actions.cancel')}
      onOk={() => void confirm()}
      onCancel={() => setPending(null)}
      confirmLoading={saving}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">{t('filesUi.path.noDialog')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void confirm()}>
        <Form.Item label={t('filesUi.path.saveLabel')} htmlFor={inputId} validateStatus={pathError ? 'error' : undefined} help={pathError ?? undefined}>
          <Input
            id={inputId}
            className="qz-mono"
            data-testid="typed-path"
            autoFocus
            value={path}
            onChange={(e) => {
              setPath(e.target.value);
              setPathError(null);
            }}
            placeholder={t('filesUi.path.placeholder', { extension: pending.extension })}
            spellCheck={false}
            autoComplete="off"
            maxLength={4096}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  ) : null;

  return { save, element };
}
