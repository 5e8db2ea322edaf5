import { FileDoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { PlaceholderPage } from '../components/placeholder-page';

export const page: PageMeta = {
  title: 'frame.menu.nameClearing',
  icon: <FileDoneOutlined />,
  menuOrder: 20,
  permission: 'cases.work',
};

export default function NameClearingPage() {
  const { t } = useTranslation();
  return <PlaceholderPage description={t('frame.placeholder.nameClearing')} />;
}
