import { useEffect, type RefObject } from 'react';
import { Col, Form, Input, Row, Tag, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_LIMITS, type DocumentLayout, type DocumentTemplate } from '../../../shared/documents';
import { ParagraphList } from './template-paragraphs';

export interface TemplateFormProps {
  template: DocumentTemplate;
  layout: DocumentLayout;
  readOnly: boolean;
  /** validateStatus and help for the field at this path. */
  status(path: string): { validateStatus?: 'error'; help?: string };
  /** Receives the form while it is mounted, for the editor to read and write. */
  formRef: RefObject<FormInstance | null>;
  onChange(): void;
}

/**
 * The fields of one template, its tables drawn as tables with a text box per cell. Its own form
 * each time it is mounted: a form store keeps values across remounts, and a version read or
 * restored must show exactly its own text.
 */
export function TemplateForm({ template, layout, readOnly, status, formRef, onChange }: TemplateFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  useEffect(() => {
    if (readOnly) return undefined;
    formRef.current = form;
    return () => {
      if (formRef.current === form) formRef.current = null;
    };
  }, [form, formRef, readOnly]);
  const text = (path: string, multiline = false) =>
    multiline ? (
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 12 }} maxLength={TEMPLATE_LIMITS.paragraph} data-placeholders="yes" />
    ) : (
      <Input maxLength={TEMPLATE_LIMITS.line} data-placeholders="yes" data-path={path} />
    );

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={template}
      disabled={readOnly}
      onValuesChange={onChange}
      className="qz-template-form"
    >
      {(layout === 'letter' || template.letterhead) && (
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name={['letterhead', 'mark']} label={t('documents.where.letterheadMark')} {...status('letterhead.mark')}>
              {text('letterhead.mark', false)}
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name={['letterhead', 'number']} label={t('documents.where.letterheadNumber')} {...status('letterhead.number')}>
              {text('letterhead.number', false)}
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item name="title" label={t('documents.where.title')} {...status('title')}>
        {text('title', false)}
      </Form.Item>
      {(layout !== 'form' || template.recipient !== undefined) && (
        <Form.Item name="recipient" label={t('documents.where.recipient')} {...status('recipient')}>
          {text('recipient', false)}
        </Form.Item>
      )}
      <ParagraphList name="paragraphs" title={t('filesUi.templates.paragraphs')} status={status} readOnly={readOnly} onChange={onChange} />
      {template.tables.map((table, ti) => (
        <div key={ti} className="qz-template-table-wrap">
          <Typography.Text strong>{t('filesUi.templates.table', { n: ti + 1 })}</Typography.Text>
          <table className="qz-template-table">
            <colgroup>
              {table.columns.map((w, ci) => (
                <col key={ci} style={{ width: `${(w / table.columns.reduce((a, b) => a + b, 0)) * 100}%` }} />
              ))}
            </colgroup>
            <tbody>
              {table.rows.map((row, ri) => (
                <tr key={ri} className={row.repeat ? 'qz-template-row--repeat' : undefined}>
                  {row.cells.map((cell, ci) => (
                    <td key={ci} colSpan={cell.span ?? 1} className={cell.label ? 'qz-template-cell--label' : undefined}>
                      <Form.Item name={['tables', ti, 'rows', ri, 'cells', ci, 'text']} {...status(`tables.${ti}.rows.${ri}.cells.${ci}.text`)} className="qz-template-cell">
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} maxLength={TEMPLATE_LIMITS.cell} data-placeholders="yes" aria-label={t('documents.where.cell', { table: ti + 1, row: ri + 1, cell: ci + 1 })} />
                      </Form.Item>
                      {ci === 0 && row.repeat && <Tag color="blue">{t('filesUi.templates.repeat', { path: row.repeat })}</Tag>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {(template.notes !== undefined || layout === 'form') && (
        <ParagraphList name="notes" title={t('filesUi.templates.notes')} status={status} readOnly={readOnly} onChange={onChange} />
      )}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="signature" label={t('documents.where.signature')} {...status('signature')}>
            {text('signature', false)}
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="date" label={t('documents.where.date')} {...status('date')}>
            {text('date', false)}
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="copyTo" label={t('documents.where.copyTo')} {...status('copyTo')}>
        {text('copyTo', true)}
      </Form.Item>
    </Form>
  );
}
