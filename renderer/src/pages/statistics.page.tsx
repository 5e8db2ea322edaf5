import { BarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { PlaceholderPage } from '../components/placeholder-page';

export const page: PageMeta = {
  title: 'frame.menu.statistics',
  icon: <BarChartOutlined />,
  menuOrder: 30,
  permission: 'cases.work',
};

export default function StatisticsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage description={t('frame.placeholder.statistics')} />;
}
