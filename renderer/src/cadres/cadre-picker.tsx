import { useState } from 'react';
import { Button, Select, Space, Spin } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Cadre } from '../../../shared/ipc/cases.contract';
import { useCadreSearch } from '../lists/use-cadre-search';
import { CadreFormModal } from './cadre-form-modal';

function describe(cadre: Cadre): string {
  return [cadre.name, cadre.unitName, cadre.post].filter(Boolean).join(' · ');
}

/** Finds a cadre by name among those the user may see (cadres.list), or creates one. */
export function CadrePicker({ value, onChange }: { value: Cadre | null; onChange: (cadre: Cadre | null) => void }) {
  const { t } = useTranslation();
  const { found: options, setFound: setOptions, searching, search } = useCadreSearch();
  const [creating, setCreating] = useState(false);

  const shown = value && !options.some((o) => o.id === value.id) ? [value, ...options] : options;

  return (
    <Space.Compact className="qz-cadre-picker">
      <Select<number>
        showSearch={{ filterOption: false, onSearch: search }}
        aria-label={t('cases.cadres.pick')}
        placeholder={t('cases.cadres.pickPlaceholder')}
        value={value?.id}
        onChange={(id) => onChange(shown.find((c) => c.id === id) ?? null)}
        notFoundContent={searching ? <Spin size="small" /> : t('cases.cadres.noneFound')}
        options={shown.map((c) => ({ value: c.id, label: describe(c) }))}
        style={{ width: 420 }}
        allowClear
        onClear={() => onChange(null)}
      />
      <Button icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
        {t('cases.cadres.create')}
      </Button>
      <CadreFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(cadre) => {
          setCreating(false);
          setOptions((list) => [cadre, ...list.filter((c) => c.id !== cadre.id)]);
          onChange(cadre);
        }}
      />
    </Space.Compact>
  );
}
