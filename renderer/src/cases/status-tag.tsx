import { Tag } from 'antd';
import { statusLabelKey, type CaseStatus } from '../../../shared/workflow';
import { useText } from './use-text';

const COLORS: Record<CaseStatus, string> = {
  active: 'processing',
  pending: 'warning',
  refused: 'default',
  withdrawn: 'default',
  closed: 'success',
};

export function StatusTag({ status }: { status: string }) {
  const { text } = useText();
  return <Tag color={COLORS[status as CaseStatus] ?? 'default'}>{text(statusLabelKey(status as CaseStatus))}</Tag>;
}
