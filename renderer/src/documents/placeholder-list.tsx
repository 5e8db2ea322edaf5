import { useMemo, useState } from 'react';
import { Input, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { placeholdersFor, type CaseType, type PlaceholderDef } from '../../../shared/documents';
import { placeholderToken } from './placeholder-token';

/**
 * The values a template of this case type may name, with their labels: a click writes the
 * placeholder into the field last edited, at the cursor.
 */
export function PlaceholderList({ caseType, onPick }: { caseType: CaseType | undefined; onPick(token: string): void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const label = (path: string) => t(`documents.placeholders.${path}` as 'documents.placeholders.case.number', { defaultValue: path });
  const all = useMemo(() => placeholdersFor(caseType), [caseType]);
  const q = filter.trim().toLowerCase();
  const shown = all.filter((d) => !q || d.path.toLowerCase().includes(q) || label(d.path).includes(filter.trim()));

  const item = (def: PlaceholderDef, indent = false) => (
    <li key={def.path} className={indent ? 'qz-ph qz-ph--item' : 'qz-ph'}>
      <button type="button" className="qz-ph-button" onClick={() => onPick(placeholderToken(def))} data-placeholder={def.path}>
        <span className="qz-ph-label">{label(def.path)}</span>
        <Typography.Text code className="qz-ph-path">
          {placeholderToken(def)}
        </Typography.Text>
      </button>
      {def.type !== 'text' && (
        <Tooltip title={t(`filesUi.templates.types.${def.type}`)}>
          <Tag className="qz-ph-type">{t(`filesUi.templates.typeTags.${def.type}`)}</Tag>
        </Tooltip>
      )}
    </li>
  );

  return (
    <div className="qz-ph-panel" data-testid="placeholder-list">
      <Typography.Text strong>{t('filesUi.templates.placeholders')}</Typography.Text>
      <Typography.Paragraph type="secondary" className="qz-ph-hint">
        {t('filesUi.templates.placeholdersHint')}
      </Typography.Paragraph>
      <Input.Search allowClear size="small" placeholder={t('filesUi.templates.placeholderSearch')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul className="qz-ph-list">
        {shown.flatMap((def) => [item(def), ...(def.itemFields ?? []).map((f) => item(f, true))])}
      </ul>
      <Typography.Paragraph type="secondary" className="qz-ph-hint">
        {t('filesUi.templates.filtersHint')}
      </Typography.Paragraph>
    </div>
  );
}
