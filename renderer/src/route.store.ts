import { create } from 'zustand';

/** In-app navigation: which page of the frame is showing, with its parameters. */
interface RouteState {
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
