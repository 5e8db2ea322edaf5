import { useId, useState } from 'react';
import { Button, DatePicker, Descriptions, Form, Modal, Result, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { placeholderDef, type DocumentKindKey } from '../../../shared/documents';
import type { DocumentInfo, SuppliedValues } from '../../../shared/ipc/documents.contract';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { ShortHash } from '../attachments';
import { SuppliedValueInput } from './supplied-value-input';

interface GenerateValues {
  date: Dayjs;
  values?: SuppliedValues;
}

export interface GenerateDocumentModalProps {
  caseId: number;
  kind: DocumentKindKey;
  /** Placeholder paths the case data does not fill. */
  missing: readonly string[];
  /** Corrects this issued document: the new one keeps its number. */
  replaces?: DocumentInfo;
  onClose(): void;
  onIssued(document: DocumentInfo): void;
  onSave(document: DocumentInfo): void;
}

/** Values typed here leave empty strings and lists out: main says what is still missing. */
function filled(values: SuppliedValues | undefined): SuppliedValues | undefined {
  if (!values) return undefined;
  const kept = Object.entries(values).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && String(v).trim() !== ''));
  return kept.length ? Object.fromEntries(kept.map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) : undefined;
}

/**
 * Issues one document of the case: its date (成文日期), any value the case does not record, then
 * the number the office's register gives it, shown as soon as it is taken.
 */
export function GenerateDocumentModal({ caseId, kind, missing, replaces, onClose, onIssued, onSave }: GenerateDocumentModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GenerateValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [issued, setIssued] = useState<DocumentInfo | null>(null);
  const idBase = useId();
  const name = t(`documents.kinds.${kind}`);

  const generate = async (values: GenerateValues) => {
    setBusy(true);
    setError(null);
    try {
      const supplied = filled(values.values);
      const doc = await invoke('documents.generate', {
        caseId,
        kind,
        date: values.date.format('YYYY-MM-DD'),
        ...(supplied ? { values: supplied } : {}),
        ...(replaces ? { replaces: replaces.id } : {}),
      });
      setIssued(doc);
      onIssued(doc);
    } catch (caught) {
      const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
      if (apiError.code === 'LOCKED') return;
      // A value main names is marked on its own field; anything else is shown above the buttons.
      const onForm = apiError.fields.filter((f) => f.startsWith('values.') && missing.includes(f.slice('values.'.length)));
      form.setFields(onForm.map((f) => ({ name: ['values', f.slice('values.'.length)], errors: [apiError.message] })));
      if (!onForm.length || apiError.code !== 'TEMPLATE_VALUE_MISSING') setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={replaces ? t('filesUi.documents.correctTitle', { name, number: replaces.number ?? replaces.title }) : t('filesUi.documents.generateTitle', { name })}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: false }}
      footer={
        issued
          ? [
              <Button key="save" onClick={() => onSave(issued)}>
                {t('filesUi.save.button')}
              </Button>,
              <Button key="close" type="primary" onClick={onClose}>
                {t('filesUi.actions.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose} disabled={busy}>
                {t('filesUi.actions.cancel')}
              </Button>,
              <Button key="ok" type="primary" onClick={() => form.submit()} loading={busy} data-testid="document-generate-ok">
                {t('filesUi.documents.generate')}
              </Button>,
            ]
      }
    >
      {issued ? (
        <Result
          status="success"
          className="qz-file-result"
          title={t('filesUi.documents.issued', { title: issued.title })}
          subTitle={
            issued.number ? (
              <span data-testid="issued-number">{t('filesUi.documents.issuedNumber', { number: issued.number })}</span>
            ) : (
              t('filesUi.documents.unnumbered')
            )
          }
        >
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'date', label: t('filesUi.documents.issuedOn'), children: issued.issuedOn },
              { key: 'version', label: t('filesUi.documents.templateVersion'), children: t('filesUi.documents.version', { version: issued.templateVersion }) },
              { key: 'sha', label: t('filesUi.common.sha256'), children: <ShortHash sha256={issued.sha256} /> },
            ]}
          />
        </Result>
      ) : (
        <Form<GenerateValues> form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={(v) => void generate(v)} disabled={busy}>
          {replaces && <Typography.Paragraph type="secondary">{t('filesUi.documents.correctHint')}</Typography.Paragraph>}
          <Form.Item name="date" label={t('filesUi.documents.issuedOn')} rules={[{ required: true, message: t('filesUi.documents.dateRequired') }]}>
            <DatePicker format="YYYY-MM-DD" allowClear={false} style={{ width: 180 }} />
          </Form.Item>
          {missing.length > 0 && <Typography.Paragraph>{t('filesUi.documents.missingIntro')}</Typography.Paragraph>}
          {missing.map((path, i) => (
            <Form.Item
              key={path}
              name={['values', path]}
              label={t(`documents.placeholders.${path}` as 'documents.placeholders.case.number', { defaultValue: path })}
              htmlFor={`${idBase}-${i}`}
              rules={[{ required: true, message: t('filesUi.documents.valueRequired') }]}
            >
              <SuppliedValueInput id={`${idBase}-${i}`} type={placeholderDef(path)?.type ?? 'text'} />
            </Form.Item>
          ))}
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </Form>
      )}
    </Modal>
  );
}
