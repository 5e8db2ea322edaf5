import { Tag, Tooltip } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A case that came in a package keeps its origin in sight: the office that exported it. */
export function OriginOfficeTag({ office }: { office: string | null }) {
  const { t } = useTranslation();
  if (!office) return null;
  return (
    <Tooltip title={t('filesUi.packages.originHint')}>
      <Tag color="purple" icon={<ImportOutlined />} data-testid="origin-office">
        {t('filesUi.packages.origin', { office })}
      </Tag>
    </Tooltip>
  );
}
