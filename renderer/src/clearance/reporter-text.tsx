import { Space, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../shared/ipc/clearance.contract';

/** The reporter as this reader may know them: anonymous, named, or withheld from this reader's roles (检举人信息保密). */
export function ReporterText({ reporter }: { reporter: ReportDetail['reporter'] }) {
  const { t } = useTranslation();
  if (reporter.anonymous) return <Tag>{t('clearanceUi.reporter.anonymous')}</Tag>;
  if (reporter.hidden) {
    return (
      <Typography.Text type="secondary" data-testid="reporter-hidden">
        <LockOutlined /> {t('clearanceUi.reporter.hidden')}
      </Typography.Text>
    );
  }
  return (
    <Space size={6} wrap>
      <span>{reporter.name}</span>
      {reporter.workplace && <Typography.Text type="secondary">{reporter.workplace}</Typography.Text>}
      {reporter.contact && <Typography.Text type="secondary">{reporter.contact}</Typography.Text>}
    </Space>
  );
}
