import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PREVIEW_STATUSES } from '../../../shared/ipc/jobs.contract';

const COLORS: Record<(typeof PREVIEW_STATUSES)[number], string> = { new: 'green', same: 'default', differs: 'orange' };

/** How a case in a package stands against this installation: new, here and the same, here and different. */
export function PreviewStatusTag({ status }: { status: (typeof PREVIEW_STATUSES)[number] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`files.preview.${status}`)}
    </Tag>
  );
}
