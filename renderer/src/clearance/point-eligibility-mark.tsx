import { Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PointEligibility } from './point-eligibility';

/** Whether a point may be cleared, and when not, why: the reason an officer would otherwise have to ask main for. */
export function PointEligibilityMark({ eligibility }: { eligibility: PointEligibility }) {
  const { t } = useTranslation();
  if (eligibility.eligible) {
    return (
      <Tag color="success" icon={<CheckCircleOutlined />} className="qz-eligibility" data-eligible="true">
        {t('clearanceUi.eligibility.clearable')}
      </Tag>
    );
  }
  const why =
    eligibility.reason === 'taken'
      ? t('clearanceUi.eligibility.taken', { numbers: eligibility.numbers.join(t('cases.listSeparator')) })
      : t(`clearanceUi.eligibility.${eligibility.reason}`);
  return (
    <Space size={4} wrap className="qz-eligibility" data-eligible="false" data-reason={eligibility.reason}>
      <Tag icon={<StopOutlined />}>{t('clearanceUi.eligibility.notClearable')}</Tag>
      <Typography.Text type="secondary" className="qz-eligibility-reason">
        {why}
      </Typography.Text>
    </Space>
  );
}
