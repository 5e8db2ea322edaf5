import { IdcardOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { useRoute } from '../route.store';
import { CadreDetail } from '../cadres/cadre-detail';

// A cadre's record, reached from the cadre list or a case.
export const page: PageMeta = {
  title: 'cases.cadres.detailTitle',
  icon: <IdcardOutlined />,
  permission: 'cases.work',
};

export default function CadrePage() {
  const { t } = useTranslation();
  const id = Number(useRoute((s) => s.params.id));
  if (!Number.isInteger(id) || id < 1) return <Result status="404" subTitle={t('cases.cadres.notFound')} />;
  return <CadreDetail key={id} id={id} />;
}
