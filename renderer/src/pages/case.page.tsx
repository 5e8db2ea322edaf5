import { FolderOpenOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { useRoute } from '../route.store';
import { CaseView } from '../cases/case-view';

// Reached from a list or a cadre's record, never from the menu.
export const page: PageMeta = {
  title: 'cases.page.title',
  icon: <FolderOpenOutlined />,
  permission: 'cases.work',
};

export default function CasePage() {
  const { t } = useTranslation();
  const id = Number(useRoute((s) => s.params.id));
  if (!Number.isInteger(id) || id < 1) return <Result status="404" subTitle={t('cases.page.noCase')} />;
  return <CaseView key={id} id={id} />;
}
