import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { OfficeFields } from '../components/office-fields';
import { requiredRule } from '../forms/credential-rules';

export interface OfficeValues {
  officeName: string;
  officeCode: string;
  unitName: string;
}

export function OfficeStep({ initial, onNext }: { initial: Partial<OfficeValues>; onNext: (values: OfficeValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OfficeValues>();
  return (
    <Form<OfficeValues> form={form} layout="vertical" initialValues={initial} onFinish={onNext}>
      <OfficeFields nameField="officeName" codeField="officeCode" />
      <Form.Item
        name="unitName"
        label={t('setup.office.unitName')}
        extra={t('setup.office.unitNameHelp')}
        rules={[requiredRule(t), { max: 100 }]}
      >
        <Input placeholder={t('setup.office.unitNamePlaceholder')} maxLength={100} />
      </Form.Item>
      <div className="qz-step-actions">
        <Button type="primary" htmlType="submit">
          {t('common.actions.next')}
        </Button>
      </div>
    </Form>
  );
}
