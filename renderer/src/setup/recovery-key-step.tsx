import { Fragment } from 'react';
import { Alert, Button, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * The recovery key, shown once. Printing prints only the `.qz-print-only` sheet
 * (see styles.css), never the rest of the window.
 */
export function RecoveryKeyStep({ recoveryKey, officeName, onNext }: { recoveryKey: string; officeName: string; onNext: () => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <Alert type="warning" showIcon title={t('setup.recovery.once')} className="qz-form-alert" />
      <Typography.Paragraph>{t('setup.recovery.instruction')}</Typography.Paragraph>
      <div className="qz-recovery-key" data-testid="recovery-key" aria-label={t('setup.recovery.confirmLabel')}>
        <GroupedKey recoveryKey={recoveryKey} />
      </div>
      <div className="qz-step-actions">
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('setup.recovery.print')}
        </Button>
        <Button type="primary" onClick={onNext}>
          {t('setup.recovery.written')}
        </Button>
      </div>
      <div className="qz-print-only" aria-hidden="true">
        <h1>{t('setup.recovery.printTitle')}</h1>
        <p>{officeName}</p>
        <div className="qz-print-key">
          <GroupedKey recoveryKey={recoveryKey} />
        </div>
        <p>{t('setup.recovery.printNote')}</p>
        <p>{new Date().toLocaleDateString('zh-CN')}</p>
      </div>
    </div>
  );
}

/** Lines may break only after a dash, so no group of the key is ever split across lines. */
function GroupedKey({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-');
  return (
    <>
      {groups.map((group, i) => (
        <Fragment key={i}>
          {group}
          {i < groups.length - 1 && (
            <>
              -<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
