import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredRule } from '../forms/credential-rules';

/** 机关名称 and 发文机关代字, as asked at setup and edited in settings; field names follow the contract. */
export function OfficeFields({ nameField, codeField }: { nameField: string; codeField: string }) {
  const { t } = useTranslation();
  const code = Form.useWatch(codeField) as string | undefined;
  const example = t('common.office.numberExample', {
    code: code?.trim() || t('common.office.codeSample'),
    year: new Date().getFullYear(),
  });
  return (
    <>
      <Form.Item name={nameField} label={t('common.office.name')} rules={[requiredRule(t), { max: 100 }]}>
        <Input placeholder={t('common.office.namePlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item
        name={codeField}
        label={t('common.office.code')}
        extra={t('common.office.codeHelp', { example })}
        rules={[requiredRule(t), { max: 12 }]}
      >
        <Input placeholder={t('common.office.codePlaceholder')} maxLength={12} style={{ maxWidth: 240 }} />
      </Form.Item>
    </>
  );
}
