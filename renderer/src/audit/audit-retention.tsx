import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Spin, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Output } from '../../../shared/ipc/contract';
import { can } from '../../../shared/roles';
import { invoke } from '../api';
import { isApiError, type ApiError } from '../api-error';
import { currentLocale } from '../i18n';
import { useSession } from '../session.store';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';
import { AuditFileResult, type AuditFileWritten } from './audit-file-result';

type Settings = Output<'audit.settings'>;

interface DaysValues {
  retentionDays: number;
}
interface PathValues {
  path?: string;
}

/**
 * How long entries stay in the live trail (never under the legal floor), and archiving what is
 * older: written to a file first, removed only after, and the chain then verified from the anchor.
 */
export function AuditRetention({ onArchived }: { onArchived: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const manage = useSession((s) => can(s.session?.roles ?? [], 'audit.manage'));
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [daysForm] = Form.useForm<DaysValues>();
  const [pathForm] = Form.useForm<PathValues>();
  const [archiving, setArchiving] = useState(false);
  const [archived, setArchived] = useState<(AuditFileWritten & { throughSeq: number }) | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await invoke('audit.settings', {});
      setSettings(next);
    } catch (caught) {
      setLoadError(caught as ApiError);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const saveDays = useApiSubmit(daysForm, async ({ retentionDays }: DaysValues) => {
    const next = await invoke('audit.updateSettings', { retentionDays });
    setSettings(next);
    void message.success(t('common.saved'));
  });

  const archive = useApiSubmit(pathForm, async ({ path }: PathValues) => {
    const typed = path?.trim();
    try {
      const result = await invoke('audit.archive', { ...(typed ? { path: typed } : {}), locale: currentLocale() });
      if (result === null) return;
      setArchived(result);
      setArchiving(false);
      void message.success(t('auditUi.retention.archived', { rows: result.rows, seq: result.throughSeq }));
      await load();
      onArchived();
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'INVALID_INPUT' && caught.fields.includes('path')) {
        pathForm.setFields([{ name: 'path', errors: [t('auditUi.export.pathNeeded')] }]);
        return;
      }
      throw caught;
    }
  });

  const anchor = settings?.archivedThrough ?? null;

  return (
    <Card size="small" title={t('auditUi.retention.title')} className="qz-audit-card">
      <ErrorAlert error={loadError} />
      {settings && (
        <>
          <Form<DaysValues>
            form={daysForm}
            layout="vertical"
            initialValues={{ retentionDays: settings.retentionDays }}
            onFinish={saveDays.onFinish}
            disabled={!manage || saveDays.submitting}
          >
            <Form.Item
              name="retentionDays"
              label={t('auditUi.retention.days')}
              extra={t('auditUi.retention.help', { min: settings.minRetentionDays })}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={settings.minRetentionDays} max={36500} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <ErrorAlert error={saveDays.error} />
            {manage && (
              <Button type="primary" htmlType="submit" loading={saveDays.submitting}>
                {t('common.actions.save')}
              </Button>
            )}
          </Form>
          <Descriptions
            className="qz-backup-gap"
            size="small"
            bordered
            column={1}
            items={[
              {
                key: 'archivable',
                label: t('auditUi.retention.archivable'),
                children: <span data-testid="archivable">{t('auditUi.retention.archivableValue', { count: settings.archivable })}</span>,
              },
              {
                key: 'through',
                label: t('auditUi.retention.archivedThrough'),
                children: anchor
                  ? t('auditUi.retention.archivedThroughValue', { seq: anchor.seq, at: dayjs(anchor.at).format('YYYY-MM-DD HH:mm'), rows: anchor.rows })
                  : t('auditUi.retention.none'),
              },
              ...(anchor ? [{ key: 'sha', label: t('auditUi.retention.archiveSha'), children: <Typography.Text className="qz-mono qz-hash">{anchor.fileSha256}</Typography.Text> }] : []),
            ]}
          />
          {manage && (
            <Button className="qz-backup-gap" icon={<InboxOutlined />} disabled={settings.archivable === 0} onClick={() => setArchiving(true)}>
              {t('auditUi.retention.archive')}
            </Button>
          )}
          {archived && (
            <div className="qz-backup-gap">
              <AuditFileResult written={archived} />
            </div>
          )}
        </>
      )}
      <Modal
        open={archiving}
        title={t('auditUi.retention.archive')}
        onCancel={() => setArchiving(false)}
        okText={t('auditUi.retention.archiveSubmit')}
        cancelText={t('common.actions.cancel')}
        onOk={() => pathForm.submit()}
        confirmLoading={archive.submitting}
        destroyOnHidden
      >
        <Spin spinning={archive.submitting} description={t('auditUi.retention.running')}>
          <Alert type="warning" showIcon className="qz-form-alert" title={t('auditUi.retention.archiveConfirm', { count: settings?.archivable ?? 0 })} />
          <Form<PathValues> form={pathForm} layout="vertical" onFinish={archive.onFinish} onValuesChange={() => archive.setError(null)}>
            <Form.Item name="path" label={t('auditUi.retention.archivePath')}>
              <Input className="qz-mono" placeholder={t('auditUi.export.pathPlaceholder')} spellCheck={false} autoComplete="off" />
            </Form.Item>
            <ErrorAlert error={archive.error} />
          </Form>
        </Spin>
      </Modal>
    </Card>
  );
}
