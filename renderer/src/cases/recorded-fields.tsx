import { Descriptions, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabelKey, type StepDef, type WorkflowTable } from '../../../shared/workflow';
import { useText } from './use-text';

function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return JSON.stringify(value, null, 1);
}

/** A step recorded by a case type that has no form for it yet: its fields, labelled, as stored. */
export function RecordedFields({ table, step, data }: { table: WorkflowTable; step: StepDef; data: Record<string, unknown> | undefined }) {
  const { t } = useTranslation();
  const { text } = useText();
  if (!data || !Object.keys(data).length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.panel.nothingRecorded')} />;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={Object.keys(step.fields.shape).map((field) => ({
        key: field,
        label: text(fieldLabelKey(table, step.key, field)),
        children: <span className="qz-pre">{show(data[field])}</span>,
      }))}
    />
  );
}
