import { Tag } from 'antd';
import type { ReferralStatus } from '../../../shared/ipc/clearance.contract';
import { useText } from '../cases/use-text';

const COLORS: Record<ReferralStatus, string> = { draft: 'warning', approved: 'processing', sent: 'blue', concluded: 'success' };

/** 待审批 / 已批准 / 已移送 / 已反馈结果. */
export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { text } = useText();
  return <Tag color={COLORS[status]}>{text(`workflow.clearance.referralStatuses.${status}`)}</Tag>;
}
