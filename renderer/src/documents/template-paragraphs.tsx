import { Button, Empty, Form, Input, Select, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PARAGRAPH_STYLES, TEMPLATE_LIMITS } from '../../../shared/documents';

export interface ParagraphListProps {
  name: 'paragraphs' | 'notes';
  title: string;
  status(path: string): { validateStatus?: 'error'; help?: string };
  readOnly: boolean;
  /** Adding, removing and moving change no input, so they are reported here. */
  onChange(): void;
}

/** Paragraphs (or a form's notes) in order, each with its style: added, removed and moved. */
export function ParagraphList({ name, title, status, readOnly, onChange }: ParagraphListProps) {
  const { t } = useTranslation();
  const after = (fn: () => void) => () => {
    fn();
    // The list's store has changed by the time the next frame runs.
    requestAnimationFrame(onChange);
  };
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <div className="qz-template-paragraphs" data-list={name}>
          <Typography.Text strong>{title}</Typography.Text>
          {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('filesUi.templates.noParagraphs')} />}
          {fields.map((field, i) => (
            <div key={field.key} className="qz-template-paragraph">
              <Form.Item name={[field.name, 'style']} className="qz-template-style" {...status(`${name}.${field.name}.style`)}>
                <Select
                  aria-label={t('filesUi.templates.style')}
                  popupMatchSelectWidth={false}
                  options={PARAGRAPH_STYLES.map((s) => ({ value: s, label: t(`documents.paragraphStyles.${s}`) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'text']} className="qz-template-text" {...status(`${name}.${field.name}.text`)}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 12 }}
                  maxLength={TEMPLATE_LIMITS.paragraph}
                  data-placeholders="yes"
                  aria-label={t(name === 'notes' ? 'documents.where.note' : 'documents.where.paragraph', { n: i + 1 })}
                />
              </Form.Item>
              {!readOnly && (
                <Space.Compact className="qz-template-paragraph-tools">
                  <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={after(() => move(i, i - 1))} aria-label={t('filesUi.templates.up')} />
                  <Button size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={after(() => move(i, i + 1))} aria-label={t('filesUi.templates.down')} />
                  <Button size="small" danger icon={<DeleteOutlined />} onClick={after(() => remove(field.name))} aria-label={t('filesUi.templates.removeParagraph')} />
                </Space.Compact>
              )}
            </div>
          ))}
          {!readOnly && (
            <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={after(() => add({ style: name === 'notes' ? 'plain' : 'body', text: '' }))}>
              {t(name === 'notes' ? 'filesUi.templates.addNote' : 'filesUi.templates.addParagraph')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
