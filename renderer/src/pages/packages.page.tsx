import { Tabs } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { useRoute } from '../route.store';
import { PackageExport, PackageImport } from '../packages';

export const page: PageMeta = {
  title: 'filesUi.packages.title',
  icon: <SwapOutlined />,
  menuOrder: 35,
  permission: 'cases.work',
};

/** 交换包: cases carried between offline installations as one sealed file, exported here or imported. */
export default function PackagesPage() {
  const { t } = useTranslation();
  const tab = useRoute((s) => s.params.tab) === 'import' ? 'import' : 'export';
  const navigate = useRoute((s) => s.navigate);
  return (
    <Tabs
      className="qz-packages-tabs"
      activeKey={tab}
      onChange={(key) => navigate('packages', { tab: key })}
      items={[
        { key: 'export', label: t('filesUi.packages.exportTab'), children: <PackageExport /> },
        { key: 'import', label: t('filesUi.packages.importTab'), children: <PackageImport /> },
      ]}
    />
  );
}
