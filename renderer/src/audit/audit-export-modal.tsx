import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { isApiError } from '../api-error';
import { currentLocale } from '../i18n';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';
import type { AuditQuery } from './audit-query';
import { AuditFileResult, type AuditFileWritten } from './audit-file-result';

interface PathValues {
  path?: string;
}

/**
 * Exports the selected entries, or all that match the filter, to XLSX. The file carries every
 * entry's hashes and the chain's head at that moment, shown here to be noted down beside the file.
 */
export function AuditExportModal({
  open,
  query,
  seqs,
  total,
  onClose,
}: {
  open: boolean;
  query: AuditQuery;
  /** The auditor's selection; empty means "everything the filter matches". */
  seqs: number[];
  total: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PathValues>();
  const [written, setWritten] = useState<AuditFileWritten | null>(null);
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => {
    if (!open) return;
    setWritten(null);
    setCancelled(false);
  }, [open]);

  const submit = useApiSubmit(form, async ({ path }: PathValues) => {
    setCancelled(false);
    const typed = path?.trim();
    try {
      const result = await invoke('audit.export', {
        // A selection may span several searches: exactly those entries, whatever the filter shows now.
        ...(seqs.length ? { seqs } : query),
        ...(typed ? { path: typed } : {}),
        locale: currentLocale(),
      });
      if (result === null) setCancelled(true);
      else setWritten(result);
    } catch (caught) {
      // No save dialog here (a host without one): ask for the path instead of a generic refusal.
      if (isApiError(caught) && caught.code === 'INVALID_INPUT' && caught.fields.includes('path')) {
        form.setFields([{ name: 'path', errors: [t('auditUi.export.pathNeeded')] }]);
        return;
      }
      throw caught;
    }
  });

  return (
    <Modal
      open={open}
      title={t('auditUi.export.title')}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      mask={{ closable: !submit.submitting }}
      footer={
        written ? (
          <Button type="primary" onClick={onClose}>
            {t('auditUi.export.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={submit.submitting}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="primary" onClick={() => form.submit()} loading={submit.submitting}>
              {t('auditUi.export.submit')}
            </Button>
          </>
        )
      }
    >
      {written ? (
        <>
          <Alert type="success" showIcon className="qz-form-alert" title={t('auditUi.export.doneTitle', { rows: written.rows })} />
          <AuditFileResult written={written} />
        </>
      ) : (
        <Spin spinning={submit.submitting} description={t('auditUi.export.running')}>
          <Form<PathValues> form={form} layout="vertical" onFinish={submit.onFinish} onValuesChange={() => submit.setError(null)} disabled={submit.submitting}>
            <Form.Item label={t('auditUi.export.scope')}>
              <span data-testid="export-scope">
                {seqs.length ? t('auditUi.export.scopeSelected', { count: seqs.length }) : t('auditUi.export.scopeFiltered', { total })}
              </span>
            </Form.Item>
            <Form.Item name="path" label={t('auditUi.export.path')}>
              <Input className="qz-mono" placeholder={t('auditUi.export.pathPlaceholder')} spellCheck={false} autoComplete="off" />
            </Form.Item>
            {cancelled && <Alert type="info" showIcon className="qz-form-alert" title={t('auditUi.export.cancelled')} />}
            <ErrorAlert error={submit.error} />
          </Form>
        </Spin>
      )}
    </Modal>
  );
}
