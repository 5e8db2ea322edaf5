import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PointFinding } from '../../../shared/workflow/clearance.fields';
import { useText } from '../cases/use-text';

const COLORS: Record<PointFinding, string> = {
  untrue: 'green',
  true: 'red',
  partlyTrue: 'orange',
  unproven: 'gold',
};

/** What verification concluded on one point, or that it has not yet. */
export function FindingTag({ finding }: { finding: PointFinding | null }) {
  const { t } = useTranslation();
  const { text } = useText();
  if (!finding) return <Tag>{t('clearanceUi.findings.none')}</Tag>;
  return <Tag color={COLORS[finding]}>{text(`workflow.clearance.findings.${finding}`)}</Tag>;
}
