import { Form, Input, Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PACKAGE_PASSPHRASE_MIN, isStrongPassphrase } from '../../../shared/ipc/exports.contract';

/** Each part of the rule, as the officer types: the same test main applies (isStrongPassphrase). */
function RuleLine({ met, text }: { met: boolean; text: string }) {
  return (
    <Space size={4} className={met ? 'qz-rule qz-rule--met' : 'qz-rule'}>
      {met ? <CheckCircleFilled /> : <CloseCircleOutlined />}
      <span>{text}</span>
    </Space>
  );
}

/**
 * A package passphrase, typed twice: it travels apart from the file, to whoever imports it, and
 * a typo would seal the package for good. The strength rule is shown as it is met.
 */
export function PassphraseFields({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="passphrase"
        label={t('filesUi.packages.passphrase')}
        rules={[
          { required: true, message: t('filesUi.packages.passphraseRequired') },
          { validator: async (_, v: string) => (!v || isStrongPassphrase(v) ? undefined : Promise.reject(new Error(t('filesUi.packages.passphraseWeak', { min: PACKAGE_PASSPHRASE_MIN })))) },
        ]}
        extra={
          <div className="qz-passphrase-rules" data-testid="passphrase-rules">
            <RuleLine met={value.length >= PACKAGE_PASSPHRASE_MIN} text={t('filesUi.packages.ruleLength', { min: PACKAGE_PASSPHRASE_MIN })} />
            <RuleLine met={/\p{L}/u.test(value)} text={t('filesUi.packages.ruleLetter')} />
            <RuleLine met={/\p{N}/u.test(value)} text={t('filesUi.packages.ruleDigit')} />
            <Typography.Text type="secondary">{t('filesUi.packages.passphraseHint')}</Typography.Text>
          </div>
        }
      >
        <Input.Password autoComplete="new-password" maxLength={256} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('filesUi.packages.passphraseAgain')}
        dependencies={['passphrase']}
        rules={[
          { required: true, message: t('filesUi.packages.passphraseAgainRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, v: string) => (!v || v === getFieldValue('passphrase') ? undefined : Promise.reject(new Error(t('filesUi.packages.passphraseMismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={256} />
      </Form.Item>
    </>
  );
}
