import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/ipc/audit.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { cleanQuery, type AuditQuery } from './audit-query';

export const PAGE_SIZES = [20, 50, 100, 200];

/** One page of the trail at a time, newest first: the trail grows without bound and is never loaded whole. */
export function useAuditTrail() {
  const [query, setQuery] = useState<AuditQuery>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    invoke('audit.list', { ...cleanQuery(query), page, pageSize })
      .then((result) => {
        if (!live) return;
        setRows(result.rows);
        setTotal(result.total);
      })
      .catch((caught: ApiError) => live && setError(caught))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [query, page, pageSize, reloads]);

  const search = useCallback((next: AuditQuery) => {
    setQuery(cleanQuery(next));
    setPage(1);
  }, []);

  const goTo = useCallback((nextPage: number, nextSize: number) => {
    setPage(nextPage);
    setPageSize(nextSize);
  }, []);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  /**
   * Opens the unfiltered page holding entry `seq`. Entries are numbered without gaps from the archive
   * anchor to the head, so its page follows from the head's number; where rows were removed (the very
   * tampering a break reveals) it lands near, and the highlighted row shows whether it is there.
   */
  const locate = useCallback(
    async (seq: number) => {
      const head = await invoke('audit.list', { page: 1, pageSize: 1 });
      const top = head.rows[0]?.seq ?? seq;
      setQuery({});
      setPage(Math.floor(Math.max(0, top - seq) / pageSize) + 1);
    },
    [pageSize],
  );

  return { query, page, pageSize, rows, total, loading, error, search, goTo, reload, locate };
}
