import { Space, Tag, Tooltip } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { yearOf } from '../../../shared/calendar';
import type { CaseSummary } from '../../../shared/ipc/cases.contract';

/**
 * A case's current deadline: the date, whether it is past or within three working days, and whether
 * it is only an estimate because the year it falls in has no holiday notice yet (never silently).
 */
export function DeadlineTag({ summary }: { summary: Pick<CaseSummary, 'dueOn' | 'deadline' | 'dueEstimate'> }) {
  const { t } = useTranslation();
  if (!summary.dueOn) return <span className="qz-muted">{t('cases.deadline.none')}</span>;
  return (
    <Space size={4} wrap className="qz-deadline">
      <span className="qz-deadline-date">{summary.dueOn}</span>
      {summary.deadline === 'overdue' && (
        <Tag color="error" icon={<ExclamationCircleOutlined />}>
          {t('calendar.deadlineStatus.overdue')}
        </Tag>
      )}
      {summary.deadline === 'due-soon' && (
        <Tag color="warning" icon={<ClockCircleOutlined />}>
          {t('calendar.deadlineStatus.due-soon')}
        </Tag>
      )}
      {summary.dueEstimate && (
        <Tooltip title={t('calendar.estimateHint', { year: yearOf(summary.dueOn) })}>
          <Tag color="purple" className="qz-estimate-tag">
            {t('calendar.estimate')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
