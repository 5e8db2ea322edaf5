import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api-error';
import { isCancelled, isPathRefusal, needsTypedPath } from './host-path';
import { TypedPathField } from './typed-path-field';

export interface HostPath {
  /**
   * Calls `start` with the typed path, or with none so that main asks the host's dialog. Returns null
   * when the officer has to type a path first or closed the dialog; other refusals are thrown.
   */
  run<T>(start: (path: string | undefined) => Promise<T>): Promise<T | null>;
  /** The path field, once main has said there is no dialog; null before. */
  field: ReactNode;
}

/**
 * Where a file goes or comes from: the host's save or open dialog in the app; a typed path where
 * there is none. The field appears the first time main answers that no dialog is available.
 */
export function useHostPath(purpose: 'save' | 'open', extension?: string, disabled?: boolean): HostPath {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async <T,>(start: (path: string | undefined) => Promise<T>): Promise<T | null> => {
      const typed = path.trim();
      if (asked && !typed) {
        setError(t('filesUi.path.required'));
        return null;
      }
      setError(null);
      try {
        return await start(asked ? typed : undefined);
      } catch (caught) {
        if (!isApiError(caught)) throw caught;
        if (needsTypedPath(caught)) {
          setAsked(true);
          return null;
        }
        if (isCancelled(caught)) return null;
        if (asked && isPathRefusal(caught)) {
          setError(caught.message);
          return null;
        }
        throw caught;
      }
    },
    [asked, path, t],
  );

  const field = asked ? (
    <TypedPathField
      purpose={purpose}
      extension={extension}
      value={path}
      onChange={(v) => {
        setPath(v);
        setError(null);
      }}
      error={error}
      disabled={disabled}
    />
  ) : null;

  return { run, field };
}
