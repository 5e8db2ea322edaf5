import { Descriptions, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSnapshot } from '../../../shared/workflow/clearance.fields';
import { useText } from '../cases/use-text';
import { FindingTag } from './finding-tag';

type SnapshotPoint = ReportSnapshot['points'][number];

/**
 * The original report as the case was opened from it — source, date, allegations, the verification's
 * conclusion and the specific untrue points this case clears. Main wrote it; nobody retypes it here.
 */
export function ReportSnapshotView({ report }: { report: ReportSnapshot | undefined }) {
  const { t } = useTranslation();
  const { text } = useText();
  const r = (key: string) => text(`workflow.clearance.report.${key}`);
  if (!report) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clearanceUi.initiation.noReport')} />;
  return (
    <div className="qz-report-snapshot" data-testid="report-snapshot">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'number', label: r('number'), children: report.number },
          { key: 'via', label: r('receivedVia'), children: text(`workflow.clearance.receivedVia.${report.receivedVia}`) },
          { key: 'on', label: r('receivedOn'), children: report.receivedOn },
          { key: 'unit', label: r('verifyingUnit'), children: report.verifyingUnit },
          { key: 'allegations', label: r('allegations'), span: 'filled', children: <span className="qz-pre">{report.allegations}</span> },
          { key: 'concludedOn', label: r('concludedOn'), children: report.concludedOn },
          { key: 'conclusion', label: r('conclusion'), span: 'filled', children: <span className="qz-pre">{report.conclusion}</span> },
        ]}
      />
      <Typography.Text strong className="qz-snapshot-points-title">
        {r('points')}
      </Typography.Text>
      <Table<SnapshotPoint>
        rowKey="pointId"
        size="small"
        pagination={false}
        dataSource={report.points}
        columns={[
          { title: t('clearanceUi.report.columns.no'), dataIndex: 'id', width: 80, render: (no: string) => t('clearanceUi.pointNo', { no }) },
          { title: t('clearanceUi.report.columns.summary'), dataIndex: 'summary' },
          { title: t('clearanceUi.report.columns.finding'), dataIndex: 'finding', width: 110, render: (f: SnapshotPoint['finding']) => <FindingTag finding={f} /> },
          { title: t('clearanceUi.report.columns.note'), dataIndex: 'note', render: (n?: string) => <span className="qz-pre">{n ?? ''}</span> },
        ]}
      />
    </div>
  );
}
