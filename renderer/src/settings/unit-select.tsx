import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/ipc/users.contract';
import { unitTree } from './unit-tree';

export function UnitSelect({
  units,
  loading,
  value,
  onChange,
  id,
}: {
  units: Unit[];
  loading?: boolean;
  value?: number;
  onChange?: (unitId: number) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const treeData = useMemo(() => unitTree(units), [units]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={loading}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={t('users.form.unitPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
