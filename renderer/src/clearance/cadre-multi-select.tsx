import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCadreSearch } from '../lists/use-cadre-search';

export interface CadreChoice {
  id: number;
  name: string;
  unitName?: string;
  post?: string | null;
}

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
  const { found, searching, search } = useCadreSearch();

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
