import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/ipc/contract';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';

type Checked = Output<'audit.checkFile'>;

interface PathValues {
  path: string;
}

/** Reads an exported or archived file back and recomputes its hashes: is it still what was written? */
export function AuditFileCheck() {
  const { t } = useTranslation();
  const [form] = Form.useForm<PathValues>();
  const [checked, setChecked] = useState<Checked | null>(null);

  const check = useApiSubmit(form, async ({ path }: PathValues) => {
    setChecked(null);
    setChecked(await invoke('audit.checkFile', { path: path.trim() }));
  });

  return (
    <Card size="small" title={t('auditUi.checkFile.title')} className="qz-audit-card">
      <Typography.Paragraph type="secondary">{t('auditUi.checkFile.intro')}</Typography.Paragraph>
      <Form<PathValues> form={form} layout="vertical" onFinish={check.onFinish} onValuesChange={() => check.setError(null)} disabled={check.submitting}>
        <Form.Item label={t('auditUi.checkFile.path')} htmlFor="audit-check-path">
          <Space.Compact block>
            <Form.Item name="path" noStyle rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input id="audit-check-path" className="qz-mono" placeholder={t('auditUi.checkFile.pathPlaceholder')} spellCheck={false} autoComplete="off" />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<FileSearchOutlined />} loading={check.submitting}>
              {t('auditUi.checkFile.submit')}
            </Button>
          </Space.Compact>
        </Form.Item>
        <ErrorAlert error={check.error} />
      </Form>
      {checked && (
        <Alert
          type={checked.ok ? 'success' : 'error'}
          showIcon
          role={checked.ok ? 'status' : 'alert'}
          title={checked.ok ? t('auditUi.checkFile.okTitle') : t('auditUi.checkFile.brokenTitle')}
          description={
            <>
              <Typography.Paragraph>
                {checked.ok
                  ? t('auditUi.checkFile.okText', { rows: checked.rows, first: checked.firstSeq ?? '', last: checked.lastSeq ?? '' })
                  : t('auditUi.checkFile.brokenText', { seq: checked.brokenAt ?? '' })}
              </Typography.Paragraph>
              {checked.title && <Typography.Paragraph type="secondary">{checked.title}</Typography.Paragraph>}
              {!checked.consecutive && <Typography.Paragraph type="secondary">{t('auditUi.checkFile.gaps')}</Typography.Paragraph>}
              {checked.lastHash && (
                <Descriptions
                  size="small"
                  column={1}
                  items={[{ key: 'hash', label: t('auditUi.checkFile.lastHash'), children: <Typography.Text copyable className="qz-mono qz-hash">{checked.lastHash}</Typography.Text> }]}
                />
              )}
              <Typography.Paragraph type="secondary">{t('auditUi.checkFile.compare')}</Typography.Paragraph>
            </>
          }
        />
      )}
    </Card>
  );
}
