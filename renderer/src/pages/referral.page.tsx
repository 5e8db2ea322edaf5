import { AlertOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageMeta } from '../page-registry';
import { useRoute } from '../route.store';
import { ReferralView } from '../clearance/referral-view';

// A 诬告陷害 referral, reached from its clearance case, its report or the 澄清正名 area.
export const page: PageMeta = {
  title: 'clearanceUi.referral.pageTitle',
  icon: <AlertOutlined />,
  permission: 'cases.work',
};

export default function ReferralPage() {
  const { t } = useTranslation();
  const id = Number(useRoute((s) => s.params.id));
  if (!Number.isInteger(id) || id < 1) return <Result status="404" subTitle={t('clearanceUi.referral.noReferral')} />;
  return <ReferralView key={id} id={id} />;
}
