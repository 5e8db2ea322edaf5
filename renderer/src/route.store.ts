import { create } from 'zustand';
import { useSession } from './session.store';

/** In-app navigation: which page of the frame is showing, with its parameters. */
interface RouteState {
  /** null: the first menu page the signed-in user may see. */
  pageId: string | null;
  params: Record<string, string>;
  navigate(pageId: string, params?: Record<string, string>): void;
  reset(): void;
}

export const useRoute = create<RouteState>()((set) => ({
  pageId: null,
  params: {},
  navigate(pageId, params = {}) {
    set({ pageId, params });
  },
  reset() {
    set({ pageId: null, params: {} });
  },
}));

// The next person to sign in starts on their own first page, not where the last one left off.
// Locking and unlocking keep the same user, so they keep the page.
useSession.subscribe((state, previous) => {
  if (state.session?.userId !== previous.session?.userId) useRoute.getState().reset();
});
