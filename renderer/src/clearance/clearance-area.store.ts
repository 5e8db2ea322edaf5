import { create } from 'zustand';
import type { ReferralListInput, ReportListInput } from '../../../shared/ipc/clearance.contract';
import { useSession } from '../session.store';

export type ClearanceTab = 'reports' | 'cases' | 'referrals';
export type ReportQuery = ReportListInput & Required<Pick<ReportListInput, 'sort' | 'order' | 'page' | 'pageSize'>>;
export type ReferralQuery = ReferralListInput & Required<Pick<ReferralListInput, 'order' | 'page' | 'pageSize'>>;

export const DEFAULT_REPORT_QUERY: ReportQuery = { sort: 'receivedOn', order: 'desc', page: 1, pageSize: 50 };
export const DEFAULT_REFERRAL_QUERY: ReferralQuery = { order: 'desc', page: 1, pageSize: 50 };

/**
 * Where the officer was in the 澄清正名 area — which tab, and each list's filters, sort and page —
 * kept while a report, case or referral is opened and left again.
 */
interface ClearanceAreaState {
  tab: ClearanceTab;
  reports: ReportQuery;
  referrals: ReferralQuery;
  setTab(tab: ClearanceTab): void;
  setReports(query: ReportQuery): void;
  setReferrals(query: ReferralQuery): void;
}

const initial = { tab: 'reports' as ClearanceTab, reports: DEFAULT_REPORT_QUERY, referrals: DEFAULT_REFERRAL_QUERY };

export const useClearanceArea = create<ClearanceAreaState>()((set) => ({
  ...initial,
  setTab(tab) {
    set({ tab });
  },
  setReports(reports) {
    set({ reports });
  },
  setReferrals(referrals) {
    set({ referrals });
  },
}));

// What one officer searched for is not the next one's starting point.
useSession.subscribe((state, previous) => {
  if (state.session?.userId !== previous.session?.userId) useClearanceArea.setState(initial);
});
