import { Button, Progress, Space, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { JobKind, JobStatus } from '../../../shared/ipc/jobs.contract';
import { formatBytes } from '../backup';

/** The phases whose `done` and `total` count bytes rather than rows, documents or items. */
const BYTE_PHASES: Partial<Record<JobKind, readonly string[]>> = {
  packageExport: ['write'],
  packageInspect: ['verify'],
  packageImport: ['stage'],
};

function amount(kind: JobKind, phase: string, n: number): string {
  return BYTE_PHASES[kind]?.includes(phase) ? formatBytes(n) : String(n);
}

export interface JobProgressProps {
  status: JobStatus | null;
  /** Offered while the job runs; omitted where stopping half-way makes no sense. */
  onCancel?: () => void;
  cancelling?: boolean;
}

/** Which phase a running job is in and how far along, with a way to stop it. */
export function JobProgress({ status, onCancel, cancelling }: JobProgressProps) {
  const { t } = useTranslation();
  const phase = status?.phase ?? 'start';
  const total = status?.total ?? 0;
  const done = status?.done ?? 0;
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  const label = t(`files.phases.${phase}` as 'files.phases.start', { defaultValue: phase });
  return (
    <div className="qz-job-progress" role="status" aria-live="polite" data-phase={phase} data-state={status?.state ?? 'running'}>
      <Space className="qz-job-progress-head" align="center">
        <Typography.Text strong>{label}</Typography.Text>
        {status && total > 0 && (
          <Typography.Text type="secondary" className="qz-job-progress-count">
            {t('filesUi.jobs.count', { done: amount(status.kind, phase, done), total: amount(status.kind, phase, total) })}
          </Typography.Text>
        )}
      </Space>
      <Progress percent={percent} status="active" showInfo={total > 0} />
      {onCancel && (
        // Enabled even inside a form disabled while its job runs: stopping is the one thing left to do.
        <Button size="small" icon={<StopOutlined />} onClick={onCancel} loading={cancelling} disabled={false} data-testid="job-cancel">
          {t('filesUi.jobs.cancel')}
        </Button>
      )}
    </div>
  );
}
