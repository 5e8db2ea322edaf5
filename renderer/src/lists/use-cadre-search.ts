import { useEffect, useRef, useState } from 'react';
import type { Cadre } from '../../../shared/ipc/cases.contract';
import { invoke } from '../api';

/** How long typing may pause before the search is sent: one query per name, not per keystroke. */
const SEARCH_DELAY_MS = 250;

/** Cadres found by name among those the user may see (cadres.list), for a Select's onSearch. */
export function useCadreSearch() {
  const [found, setFound] = useState<Cadre[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const asked = useRef(0);

  const search = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const ask = ++asked.current;
      setSearching(true);
      try {
        const page = await invoke('cadres.list', { q: q.trim() || undefined, pageSize: 20 });
        // An older answer arriving late must not replace the newer one.
        if (ask === asked.current) setFound(page.rows);
      } catch {
        if (ask === asked.current) setFound([]);
      } finally {
        if (ask === asked.current) setSearching(false);
      }
    }, SEARCH_DELAY_MS);
  };

  useEffect(() => {
    search('');
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // Once, for the first page of names.
  }, []);

  return { found, setFound, searching, search };
}
