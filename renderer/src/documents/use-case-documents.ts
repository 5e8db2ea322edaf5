import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../shared/ipc/contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';

export type KindsOfCase = Output<'documents.kinds'>;
export type IssuedDocument = Output<'documents.list'>['rows'][number];

/**
 * The documents a case can issue now and those it has issued, read again whenever the case moves
 * (`revision`), since a step reached or an action taken makes new documents available.
 */
export function useCaseDocuments(caseId: number, revision: string) {
  const [kinds, setKinds] = useState<KindsOfCase | null>(null);
  const [issued, setIssued] = useState<IssuedDocument[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const [nextKinds, list] = await Promise.all([invoke('documents.kinds', { caseId }), invoke('documents.list', { caseId })]);
      setKinds(nextKinds);
      setIssued(list.rows);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
    // `revision` only says when to read again.
  }, [caseId, revision]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { kinds, issued, loading, error, setError, reload };
}
