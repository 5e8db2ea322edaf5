import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';

export interface CadreChoice {
  id: number;
  name: string;
  unitName?: string;
  post?: string | null;
}

/** How long typing may pause before the search is sent: one query per name, not per keystroke. */
const SEARCH_DELAY_MS = 250;

const describe = (c: CadreChoice) => [c.name, c.unitName, c.post].filter(Boolean).join(' · ');

/**
 * Several cadres found by name among those the user may see (cadres.list): the cadres a report
 * names. `known` are the ones already chosen, so their names show before any search.
 */
export function CadreMultiSelect({
  value,
  onChange,
  known,
  onChosen,
  id,
  disabled,
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  known: readonly CadreChoice[];
  /** The chosen cadres with their names, for the fields that pick among them. */
  onChosen?: (cadres: CadreChoice[]) => void;
  id?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [found, setFound] = useState<CadreChoice[]>([]);
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

  const all = new Map<number, CadreChoice>();
  for (const c of [...known, ...found]) if (!all.has(c.id)) all.set(c.id, c);

  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder={t('cases.cadres.pickPlaceholder')}
      value={value ?? []}
      onChange={(ids) => {
        onChange?.(ids);
        onChosen?.(ids.flatMap((cid) => (all.has(cid) ? [all.get(cid)!] : [])));
      }}
      notFoundContent={searching ? <Spin size="small" /> : t('cases.cadres.noneFound')}
      options={[...all.values()].map((c) => ({ value: c.id, label: describe(c) }))}
      labelRender={(chosen) => all.get(Number(chosen.value))?.name ?? chosen.label}
      style={{ width: '100%' }}
    />
  );
}
