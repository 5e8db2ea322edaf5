import { useCallback, useEffect, useState } from 'react';
import type { AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';

/** A case's evidence as main lists it, removed items (tombstones) included. */
export function useAttachments(caseId: number) {
  const [rows, setRows] = useState<AttachmentInfo[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setRows((await invoke('attachments.list', { caseId })).rows);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, [caseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Puts a row main just answered with in place (added or removed) without asking for the whole list again. */
  const upsert = useCallback((row: AttachmentInfo) => {
    setRows((current) => (current.some((r) => r.id === row.id) ? current.map((r) => (r.id === row.id ? row : r)) : [...current, row]));
  }, []);

  return { rows, loading, error, setError, reload, upsert };
}
