import { Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../../../shared/workflow';
import { useText } from '../use-text';
import type { FormRule } from 'antd';

/**
 * Every condition or exclusion of the catalog the case is judged by, each answered "holds / does
 * not hold" with a note. A row whose answer counts against tolerance (a condition that fails, an
 * exclusion that holds) is marked so it cannot be overlooked.
 */
export function CatalogChecklist({
  group,
  items,
  rules,
}: {
  group: 'conditions' | 'exclusions';
  items: readonly CatalogItem[];
  rules: (path: readonly (string | number)[], label: string) => FormRule[];
}) {
  const { t } = useTranslation();
  const { item } = useText();
  const answers = Form.useWatch(group) as Record<string, { holds?: boolean }> | undefined;
  return (
    <div className="qz-checklist" role="list">
      {items.map((entry, i) => {
        const holds = answers?.[entry.id]?.holds;
        const against = group === 'exclusions' ? holds === true : holds === false;
        const name = item(entry);
        return (
          <div key={entry.id} role="listitem" className={against ? 'qz-check-row qz-check-row--against' : 'qz-check-row'} data-check={`${group}.${entry.id}`}>
            <Typography.Text className="qz-check-name">
              {i + 1}. {name}
            </Typography.Text>
            <Form.Item name={[group, entry.id, 'holds']} rules={rules([group, entry.id, 'holds'], name)} className="qz-check-holds">
              <Radio.Group
                aria-label={name}
                options={[
                  { value: true, label: t('cases.faultTolerance.investigation.holds') },
                  { value: false, label: t('cases.faultTolerance.investigation.notHolds') },
                ]}
              />
            </Form.Item>
            <Form.Item name={[group, entry.id, 'note']} rules={rules([group, entry.id, 'note'], t('cases.faultTolerance.investigation.noteOf', { name }))} className="qz-check-note">
              <Input aria-label={t('cases.faultTolerance.investigation.noteOf', { name })} placeholder={t('cases.faultTolerance.investigation.note')} maxLength={2000} />
            </Form.Item>
          </div>
        );
      })}
    </div>
  );
}
