import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Spin, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { requiredRule } from '../forms/credential-rules';
import { ErrorAlert } from '../components/error-alert';
import { unitTree } from './unit-tree';
import { useUnits } from './use-units';

interface AddValues {
  name: string;
}

export function UnitsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { units, loading, error: loadError, reload } = useUnits();
  const treeData = useMemo(() => unitTree(units), [units]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = units.find((u) => u.id === selectedId) ?? null;
  const [form] = Form.useForm<AddValues>();

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async ({ name }: AddValues) => {
    if (!selected) return;
    const unit = await invoke('units.create', { name: name.trim(), parentId: selected.id });
    void message.success(t('users.units.created', { name: unit.name }));
    form.resetFields();
    await reload();
  });

  return (
    <div className="qz-panel qz-units">
      <Card size="small" className="qz-units-tree" title={t('users.units.title')}>
        <ErrorAlert error={loadError} />
        <Spin spinning={loading}>
          {treeData.length ? (
            <Tree
              key={units.length}
              treeData={treeData}
              defaultExpandAll
              blockNode
              selectedKeys={selectedId === null ? [] : [selectedId]}
              onSelect={(keys) => setSelectedId(keys.length ? Number(keys[0]) : null)}
            />
          ) : (
            !loading && <Empty description={t('users.units.empty')} />
          )}
        </Spin>
      </Card>
      <Card size="small" className="qz-units-form" title={t('users.units.add')}>
        {selected ? (
          <Form<AddValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={() => setError(null)} disabled={submitting}>
            <Form.Item label={t('users.units.parent')}>
              <Typography.Text strong>{selected.name}</Typography.Text>
            </Form.Item>
            <Form.Item name="name" label={t('users.units.name')} rules={[requiredRule(t), { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
            <ErrorAlert error={error} />
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={submitting}>
              {t('users.units.add')}
            </Button>
          </Form>
        ) : (
          <Typography.Paragraph type="secondary">{t('users.units.selectHint')}</Typography.Paragraph>
        )}
      </Card>
    </div>
  );
}
