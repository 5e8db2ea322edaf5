import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/i18n';
import { catalogItemLabel, type CatalogItem, type FaultToleranceCatalog } from '../../../shared/workflow';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { useApiSubmit } from '../forms/use-api-submit';
import { useReference } from '../cases/reference.store';

const GROUPS = ['situations', 'conditions', 'exclusions'] as const;
type Group = (typeof GROUPS)[number];
const ID_PREFIX: Record<Group, string> = { situations: 'situation-', conditions: 'condition-', exclusions: 'exclusion-' };

interface Row {
  id: string;
  /** A shipped entry keeps naming its text by key while its text is left as shipped. */
  labelKey?: string;
  zh: string;
  en: string;
  requiresExplanation?: boolean;
}
type Values = Record<Group, Row[]>;

interface VersionInfo {
  version: number;
  createdAt: string | null;
  createdBy: string | null;
}

function toRow(item: CatalogItem): Row {
  return {
    id: item.id,
    labelKey: item.labelKey,
    zh: catalogItemLabel('zh-CN', item),
    en: catalogItemLabel('en', item),
    requiresExplanation: item.requiresExplanation ?? false,
  };
}

function toItem(row: Row): CatalogItem {
  const zh = row.zh.trim();
  const en = row.en.trim();
  const extra = row.requiresExplanation ? { requiresExplanation: true } : {};
  if (row.labelKey && zh === translate('zh-CN', row.labelKey) && en === translate('en', row.labelKey)) {
    return { id: row.id, labelKey: row.labelKey as CatalogItem['labelKey'], ...extra };
  }
  return { id: row.id, label: { 'zh-CN': zh, en }, ...extra };
}

function toValues(catalog: FaultToleranceCatalog): Values {
  return { situations: catalog.situations.map(toRow), conditions: catalog.conditions.map(toRow), exclusions: catalog.exclusions.map(toRow) };
}

function nextId(group: Group, rows: readonly Row[] | undefined): string {
  let n = (rows?.length ?? 0) + 1;
  while (rows?.some((r) => r.id === `${ID_PREFIX[group]}${n}`)) n += 1;
  return `${ID_PREFIX[group]}${n}`;
}

/**
 * The catalog of situations, conditions and exclusions, edited by an administrator. A save makes a
 * new version; earlier versions stay as they were (rulings show the version they applied) and can be
 * read here.
 */
export function CatalogPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [catalog, setCatalog] = useState<FaultToleranceCatalog | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const readOnly = viewing !== null && viewing !== current;

  const show = useCallback(
    async (version?: number) => {
      setLoading(true);
      try {
        const [list, got] = await Promise.all([invoke('catalog.versions', {}), invoke('catalog.get', version ? { version } : {})]);
        // Main checked every label key against the catalogs when the version was saved.
        const shown = got as FaultToleranceCatalog;
        const latest = Math.max(...list.map((v) => v.version));
        setVersions(list);
        setCurrent(latest);
        setViewing(shown.version);
        setCatalog(shown);
        setLoadError(null);
      } catch (caught) {
        setLoadError(caught as ApiError);
      } finally {
        setLoading(false);
      }
    },
    [form],
  );

  useEffect(() => {
    void show();
  }, [show]);

  // Filled once the form is on screen: before the first answer there is no form to fill.
  useEffect(() => {
    if (catalog) form.setFieldsValue(toValues(catalog));
  }, [catalog, form]);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async () => {
    // Ids and label keys are held by the form but not shown as fields: read the whole store.
    const values = form.getFieldsValue(true) as Values;
    const saved = await invoke('catalog.update', {
      situations: values.situations.map(toItem),
      conditions: values.conditions.map(toItem),
      exclusions: values.exclusions.map(toItem),
    });
    useReference.getState().forget();
    void message.success(t('cases.catalog.saved', { version: saved.version }));
    await show();
  });

  const versionOptions = useMemo(
    () =>
      [...versions].reverse().map((v) => ({
        value: v.version,
        label: [
          t('cases.catalog.version', { version: v.version }),
          v.version === current ? t('cases.catalog.current') : null,
          v.createdAt ? dayjs(v.createdAt).format('YYYY-MM-DD HH:mm') : t('cases.catalog.shipped'),
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    [versions, current, t],
  );

  if (!catalog) return loadError ? <ErrorAlert error={loadError} /> : <Skeleton active />;

  return (
    <div className="qz-panel qz-catalog-panel">
      <Space wrap className="qz-panel-toolbar">
        <Typography.Text>{t('cases.catalog.showVersion')}</Typography.Text>
        <Select
          aria-label={t('cases.catalog.showVersion')}
          value={viewing ?? undefined}
          options={versionOptions}
          onChange={(v) => void show(v)}
          loading={loading}
          style={{ width: 300 }}
        />
        {!readOnly && (
          <Button type="primary" icon={<SaveOutlined />} loading={submitting} onClick={() => form.submit()}>
            {t('cases.catalog.save')}
          </Button>
        )}
      </Space>
      <Alert
        className="qz-form-alert"
        type={readOnly ? 'warning' : 'info'}
        showIcon
        title={readOnly ? t('cases.catalog.viewingOld', { version: viewing }) : t('cases.catalog.help', { version: current })}
      />
      <ErrorAlert error={loadError} />
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={readOnly || submitting}>
        {GROUPS.map((group) => (
          <Card key={group} size="small" className="qz-catalog-group" title={t(`cases.catalog.groups.${group}`)}>
            <Form.List name={group}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => {
                    const row = form.getFieldValue([group, field.name]) as Row | undefined;
                    return (
                      <div key={field.key} className="qz-catalog-row" data-row={`${group}.${i}`}>
                        <Tag className="qz-catalog-id">{row?.id}</Tag>
                        <Form.Item
                          name={[field.name, 'zh']}
                          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}
                          className="qz-catalog-text"
                        >
                          <Input.TextArea aria-label={t('cases.catalog.zh', { group: t(`cases.catalog.groups.${group}`), n: i + 1 })} placeholder={t('cases.catalog.zhPlaceholder')} autoSize maxLength={200} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'en']}
                          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}
                          className="qz-catalog-text"
                        >
                          <Input.TextArea aria-label={t('cases.catalog.en', { group: t(`cases.catalog.groups.${group}`), n: i + 1 })} placeholder={t('cases.catalog.enPlaceholder')} autoSize maxLength={200} />
                        </Form.Item>
                        {group === 'situations' && (
                          <Form.Item name={[field.name, 'requiresExplanation']} valuePropName="checked" className="qz-catalog-flag">
                            <Checkbox>{t('cases.catalog.requiresExplanation')}</Checkbox>
                          </Form.Item>
                        )}
                        {!readOnly && (
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            disabled={fields.length <= 1}
                            aria-label={t('cases.catalog.remove')}
                            onClick={() => remove(field.name)}
                          />
                        )}
                      </div>
                    );
                  })}
                  {!readOnly && (
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ id: nextId(group, form.getFieldValue(group) as Row[]), zh: '', en: '', requiresExplanation: false })}
                    >
                      {t('cases.catalog.add')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>
          </Card>
        ))}
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </Form>
    </div>
  );
}
