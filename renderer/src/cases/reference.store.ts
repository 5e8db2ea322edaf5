import { create } from 'zustand';
import { officialWorkCalendar, type WorkCalendar } from '../../../shared/calendar';
import type { FaultToleranceCatalog } from '../../../shared/workflow';
import { invoke } from '../api';

/**
 * The reference data the workflow engine reads besides the case: the working-day calendar (with the
 * years an administrator entered) and the fault-tolerance catalog versions. A saved catalog version
 * never changes, so versions are kept once fetched; the calendar and the catalog in force are asked
 * for again whenever a screen needs them fresh, since an administrator may have changed them.
 */
interface ReferenceState {
  calendar: WorkCalendar | null;
  /** The last year with notice data: deadlines beyond it are estimates. */
  lastKnownYear: number | null;
  currentCatalog: FaultToleranceCatalog | null;
  catalogs: Record<number, FaultToleranceCatalog>;
  loadCalendar(): Promise<WorkCalendar>;
  loadCurrentCatalog(): Promise<FaultToleranceCatalog>;
  loadCatalog(version: number): Promise<FaultToleranceCatalog>;
  /** After an administrator saved a catalog or a calendar year. */
  forget(): void;
}

export const useReference = create<ReferenceState>()((set, get) => ({
  calendar: null,
  lastKnownYear: null,
  currentCatalog: null,
  catalogs: {},

  async loadCalendar() {
    const { years, lastKnownYear } = await invoke('calendar.years', {});
    // officialWorkCalendar starts from the shipped notices; the entered years replace theirs whole.
    const calendar = officialWorkCalendar(years.filter((y) => y.source === 'entered').map((y) => y.data));
    set({ calendar, lastKnownYear });
    return calendar;
  },

  async loadCurrentCatalog() {
    const catalog = (await invoke('catalog.get', {})) as FaultToleranceCatalog;
    set((s) => ({ currentCatalog: catalog, catalogs: { ...s.catalogs, [catalog.version]: catalog } }));
    return catalog;
  },

  async loadCatalog(version) {
    const known = get().catalogs[version];
    if (known) return known;
    // Main checked every label key against the catalogs when the version was saved.
    const catalog = (await invoke('catalog.get', { version })) as FaultToleranceCatalog;
    set((s) => ({ catalogs: { ...s.catalogs, [version]: catalog } }));
    return catalog;
  },

  forget() {
    set({ calendar: null, lastKnownYear: null, currentCatalog: null });
  },
}));
