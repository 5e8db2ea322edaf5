import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page still to be built: says what will be here so nobody mistakes it for a fault. */
export function PlaceholderPage({ description }: { description: string }) {
  const { t } = useTranslation();
  return (
    <div className="qz-placeholder">
      <Empty description={t('frame.placeholder.empty')}>
        <Typography.Paragraph type="secondary" className="qz-placeholder-text">
          {description}
        </Typography.Paragraph>
      </Empty>
    </div>
  );
}
