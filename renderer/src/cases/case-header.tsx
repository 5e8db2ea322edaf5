import { Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/ipc/cases.contract';
import { findStep, type WorkflowTable } from '../../../shared/workflow';
import { useRoute } from '../route.store';
import { OriginOfficeTag } from '../packages';
import { DeadlineTag } from './deadline-tag';
import { StatusTag } from './status-tag';
import { useText } from './use-text';

/** Number, cadre, unit, where the case stands and by when the step is due. */
export function CaseHeader({ detail, table, outcomeLabel }: { detail: CaseDetail; table: WorkflowTable; outcomeLabel?: (outcome: string) => string }) {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const { summary } = detail;
  const step = findStep(table, summary.step);

  return (
    <div className="qz-case-header">
      <Space align="center" wrap size="middle">
        <Typography.Title level={3} className="qz-case-number" data-testid="case-number">
          {summary.number}
        </Typography.Title>
        <StatusTag status={summary.status} />
        <OriginOfficeTag office={summary.originOffice} />
        <Typography.Text type="secondary">{text(table.nameKey)}</Typography.Text>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        className="qz-case-facts"
        items={[
          {
            key: 'cadre',
            label: t('cases.header.cadre'),
            children: <Typography.Link onClick={() => navigate('cadre', { id: String(summary.cadreId) })}>{summary.cadreName}</Typography.Link>,
          },
          { key: 'unit', label: t('cases.header.unit'), children: summary.unitName },
          { key: 'opened', label: t('cases.header.openedOn'), children: summary.openedOn },
          { key: 'step', label: t('cases.header.step'), children: step ? text(step.titleKey) : summary.step },
          { key: 'due', label: t('cases.header.due'), children: <DeadlineTag summary={summary} /> },
          ...(summary.outcome && outcomeLabel ? [{ key: 'outcome', label: t('cases.header.outcome'), children: outcomeLabel(summary.outcome) }] : []),
          ...(detail.catalogVersion
            ? [{ key: 'catalog', label: t('cases.header.catalog'), children: t('cases.header.catalogVersion', { version: detail.catalogVersion }) }]
            : []),
        ]}
      />
    </div>
  );
}
