import { useCallback, useRef, useState } from 'react';
import type { AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import { ApiError, isApiError } from '../api-error';
import { currentLocale } from '../i18n';
import { UploadStopped, uploadFile, type UploadTarget } from './chunked-upload';

export interface UploadItem {
  key: string;
  name: string;
  sent: number;
  total: number;
  state: 'waiting' | 'sending' | 'failed';
  error?: ApiError;
}

let counter = 0;

/**
 * Dropped files, sent one after another with each one's progress. A file that fails stays listed
 * with main's reason until dismissed; one that arrives leaves the queue for the list of evidence.
 */
export function useUploadQueue(target: UploadTarget, onAdded: (row: AttachmentInfo) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const sending = useRef(false);
  const stopped = useRef(new Set<string>());

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((i) => (i.key === key ? { ...i, ...change } : i)));
  }, []);

  const drain = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        const { key, file } = next;
        if (stopped.current.has(key)) continue;
        patch(key, { state: 'sending' });
        try {
          const row = await uploadFile(target, file, (sent, total) => patch(key, { sent, total }), () => stopped.current.has(key));
          setItems((current) => current.filter((i) => i.key !== key));
          onAdded(row);
        } catch (caught) {
          if (caught instanceof UploadStopped) setItems((current) => current.filter((i) => i.key !== key));
          else patch(key, { state: 'failed', error: isApiError(caught) ? caught : ApiError.internal(currentLocale()) });
        }
      }
    } finally {
      sending.current = false;
    }
  }, [target, onAdded, patch]);

  const add = useCallback(
    (files: File[]) => {
      const added = files.map((file) => ({ key: `upload-${(counter += 1)}`, file }));
      queue.current.push(...added);
      setItems((current) => [...current, ...added.map(({ key, file }) => ({ key, name: file.name, sent: 0, total: file.size, state: 'waiting' as const }))]);
      void drain();
    },
    [drain],
  );

  /** Stops a file waiting or being sent; dismisses one that failed. */
  const stop = useCallback((key: string) => {
    stopped.current.add(key);
    setItems((current) => current.filter((i) => i.key !== key || i.state === 'sending'));
  }, []);

  return { items, add, stop };
}
