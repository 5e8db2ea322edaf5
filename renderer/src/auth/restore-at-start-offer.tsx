import { Alert, Button, Typography } from 'antd';
import { CloudDownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api-error';

/** Refusals of sign-in that mean the data here cannot be trusted, not that the password was wrong. */
export const DAMAGE_CODES = ['DB_DAMAGED', 'DB_TAMPERED', 'KEYRING_DAMAGED'] as const;
export type DamageCode = (typeof DAMAGE_CODES)[number];

export function isDamage(error: ApiError | null): error is ApiError & { code: DamageCode } {
  return error !== null && (DAMAGE_CODES as readonly string[]).includes(error.code);
}

/** Says plainly what is wrong with the data and that nothing was opened, in the officer's words, not the core's. */
export function DamageExplanation({ error }: { error: ApiError & { code: DamageCode } }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="qz-backup-damage"
      data-testid="damaged-data"
      title={t('backupUi.atStart.damagedTitle')}
      description={
        <>
          <Typography.Paragraph className="qz-damage-reason">{t(`backupUi.atStart.reasons.${error.code}`, { seq: error.params.seq ?? '' })}</Typography.Paragraph>
          <Typography.Paragraph className="qz-damage-reason">{t('backupUi.atStart.nothingOpened')}</Typography.Paragraph>
        </>
      }
    />
  );
}

/** On the login screen after a refused sign-in: the explanation and the way out. */
export function RestoreAtStartOffer({ error, onRestore }: { error: ApiError & { code: DamageCode }; onRestore: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <DamageExplanation error={error} />
      <Button type="primary" danger block icon={<CloudDownloadOutlined />} onClick={onRestore} disabled={false} className="qz-form-alert">
        {t('backupUi.atStart.offer')}
      </Button>
    </>
  );
}
