import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { PlaceholderPage } from '../components/placeholder-page';

export const page: PageMeta = {
  title: 'frame.menu.faultTolerance',
  icon: <SafetyCertificateOutlined />,
  menuOrder: 10,
  permission: 'cases.work',
};

export default function FaultTolerancePage() {
  const { t } = useTranslation();
  return <PlaceholderPage description={t('frame.placeholder.faultTolerance')} />;
}
