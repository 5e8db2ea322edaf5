import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { SortOrder, SorterResult } from 'antd/es/table/interface';
import type { ApiError } from '../api-error';

/** What every paged list query has; the filters are the list's own. */
export interface PagedQuery {
  q?: string;
  sort?: string;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface Page<Row> {
  rows: Row[];
  total: number;
}

export interface PagedListOptions<Q extends PagedQuery, Row> {
  /** The query lives in a store so that it survives opening a row and coming back. */
  query: Q;
  setQuery: (query: Q) => void;
  /** The query with no filters: what "reset" goes back to, and what is not counted as a filter. */
  defaults: Q;
  fetchPage: (query: Q) => Promise<Page<Row>>;
  /** Anything besides the query that should load the page again. */
  reloadOn?: DependencyList;
}

/**
 * One page of a list from main, with the query kept in the caller's store: loading and error
 * state, the quick search text, filters that start again from page one, and antd's sort names.
 */
export function usePagedList<Q extends PagedQuery, Row>({ query, setQuery, defaults, fetchPage, reloadOn = [] }: PagedListOptions<Q, Row>) {
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [search, setSearch] = useState(query.q ?? '');
  // Callers pass a new function each render; only the query and reloadOn should trigger a load.
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const page = await fetchRef.current(query);
      setRows(page.rows);
      setTotal(page.total);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, ...reloadOn]);

  useEffect(() => {
    void load();
  }, [load]);

  // A filter change starts again from the first page.
  const filter = (patch: Partial<Q>) => setQuery({ ...query, ...patch, page: 1 });
  const filtered = Object.keys(query).some((k) => !(k in defaults) && query[k as keyof Q] !== undefined);
  const reset = () => {
    setSearch('');
    setQuery({ ...defaults, pageSize: query.pageSize });
  };
  /** The column's arrow; with no key, the list has one sortable column and it always shows. */
  const sortOrder = (key?: string): SortOrder => {
    if (key !== undefined && query.sort !== key) return null;
    return query.order === 'asc' ? 'ascend' : 'descend';
  };
  /** The table's pager and column sort as the next query; `fallback` is the sort when none is chosen. */
  const changeTable = (pagination: TablePaginationConfig, sorter: SorterResult<Row> | SorterResult<Row>[], sortable: readonly string[], fallback: NonNullable<Q['sort']>) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = sortable.find((k) => k === s?.columnKey);
    const next: Q = {
      ...query,
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? query.pageSize,
      ...(key && s?.order ? { sort: key, order: s.order === 'ascend' ? 'asc' : 'desc' } : { sort: fallback, order: 'desc' }),
    };
    // A new sort or page size starts from the first page.
    if (next.sort !== query.sort || next.order !== query.order || next.pageSize !== query.pageSize) next.page = 1;
    setQuery(next);
  };

  /** What ListToolbar needs from the list; the caller adds the label, width and its own buttons. */
  const toolbar = {
    search,
    onSearchChange: setSearch,
    onSearch: (q: string | undefined) => filter({ q } as Partial<Q>),
    loading,
    onRefresh: () => void load(),
  };

  return { rows, total, loading, error, clearError: () => setError(null), filter, filtered, reset, sortOrder, changeTable, toolbar };
}
