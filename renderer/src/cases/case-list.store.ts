import { create } from 'zustand';
import type { CaseKind, CaseListInput } from '../../../shared/ipc/cases.contract';
import { useSession } from '../session.store';

export type CaseQuery = Omit<CaseListInput, 'kind'> & Required<Pick<CaseListInput, 'sort' | 'order' | 'page' | 'pageSize'>>;

export const DEFAULT_CASE_QUERY: CaseQuery = { sort: 'updatedAt', order: 'desc', page: 1, pageSize: 50 };

/** The filters, sort and page of each case list, kept while the officer opens a case and comes back. */
interface CaseListState {
  queries: Partial<Record<CaseKind, CaseQuery>>;
  setQuery(kind: CaseKind, query: CaseQuery): void;
}

export const useCaseLists = create<CaseListState>()((set) => ({
  queries: {},
  setQuery(kind, query) {
    set((s) => ({ queries: { ...s.queries, [kind]: query } }));
  },
}));

// What one officer searched for is not the next one's starting point.
useSession.subscribe((state, previous) => {
  if (state.session?.userId !== previous.session?.userId) useCaseLists.setState({ queries: {} });
});
