import { Tag } from 'antd';
import type { ReportStatus } from '../../../shared/ipc/clearance.contract';
import { useText } from '../cases/use-text';

const COLORS: Record<ReportStatus, string> = { registered: 'default', verifying: 'processing', concluded: 'success' };

/** 已登记 / 核实中 / 已核实. */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { text } = useText();
  return <Tag color={COLORS[status]}>{text(`workflow.clearance.reportStatuses.${status}`)}</Tag>;
}
