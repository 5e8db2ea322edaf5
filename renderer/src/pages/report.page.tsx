import { FileSearchOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { useRoute } from '../route.store';
import { ReportView } from '../clearance/report-view';

// A report (检举控告), reached from the 澄清正名 area, a cadre's page or a clearance case.
export const page: PageMeta = {
  title: 'clearanceUi.report.pageTitle',
  icon: <FileSearchOutlined />,
  permission: 'cases.work',
};

export default function ReportPage() {
  const { t } = useTranslation();
  const id = Number(useRoute((s) => s.params.id));
  if (!Number.isInteger(id) || id < 1) return <Result status="404" subTitle={t('clearanceUi.report.noReport')} />;
  return <ReportView key={id} id={id} />;
}
