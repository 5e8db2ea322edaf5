import { useState } from 'react';
import { Button, Card, Result, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/ipc/auth.contract';
import { useSession } from '../session.store';
import { LanguageSwitch } from '../components/language-switch';
import { OfficeStep, type OfficeValues } from './office-step';
import { AdminStep, type SetupCreated } from './admin-step';
import { RecoveryKeyStep } from './recovery-key-step';
import { RecoveryConfirmForm } from './recovery-confirm-form';
import { RestoreAtStartScreen } from '../auth/restore-at-start-screen';

type Step = 'office' | 'admin' | 'recoveryKey' | 'recoveryConfirm' | 'done';
const STEP_INDEX: Record<Step, number> = { office: 0, admin: 1, recoveryKey: 2, recoveryConfirm: 2, done: 3 };

/**
 * First run. The recovery key lives only in this component's state: it is gone from memory
 * once the wizard is left, which is what "shown once" means on this side.
 */
export function SetupWizard() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.signedIn);
  const [step, setStep] = useState<Step>('office');
  const [office, setOffice] = useState<OfficeValues | null>(null);
  const [created, setCreated] = useState<SetupCreated | null>(null);
  const [session, setSession] = useState<SessionInfo | null>(null);
  // A new computer for an office that already has a backup: restore it instead of setting up anew.
  const [restoring, setRestoring] = useState(false);

  if (restoring) return <RestoreAtStartScreen damage={null} onBack={() => setRestoring(false)} backLabel={t('backupUi.atStart.backToSetup')} />;

  return (
    <div className="qz-setup">
      <div className="qz-auth-lang">
        <LanguageSwitch size="small" />
      </div>
      <div className="qz-auth-brand">
        <div className="qz-auth-name">{t('app.name')}</div>
        <div className="qz-auth-tagline">{t('app.tagline')}</div>
      </div>
      <Card className="qz-setup-card" title={t('setup.title')}>
        <Steps
          className="qz-setup-steps"
          current={STEP_INDEX[step]}
          items={[
            { title: t('setup.steps.office') },
            { title: t('setup.steps.admin') },
            { title: t('setup.steps.recovery') },
            { title: t('setup.steps.done') },
          ]}
        />
        {step === 'office' && (
          <>
            <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">
              {t('backupUi.atStart.fromSetupHint')}
              <Button type="link" size="small" onClick={() => setRestoring(true)}>
                {t('backupUi.atStart.fromSetup')}
              </Button>
            </Typography.Paragraph>
            <OfficeStep
              initial={office ?? {}}
              onNext={(values) => {
                setOffice(values);
                setStep('admin');
              }}
            />
          </>
        )}
        {step === 'admin' && office && (
          <AdminStep
            office={office}
            onBack={() => setStep('office')}
            onCreated={(result) => {
              setCreated(result);
              setStep('recoveryKey');
            }}
          />
        )}
        {step === 'recoveryKey' && created && (
          <>
            <Typography.Title level={4}>{t('setup.recovery.title')}</Typography.Title>
            <RecoveryKeyStep recoveryKey={created.recoveryKey} officeName={office?.officeName ?? ''} onNext={() => setStep('recoveryConfirm')} />
          </>
        )}
        {step === 'recoveryConfirm' && (
          <>
            <Typography.Title level={4}>{t('setup.recovery.confirmTitle')}</Typography.Title>
            <RecoveryConfirmForm
              onConfirmed={(confirmed) => {
                setSession(confirmed);
                setCreated(null);
                setStep('done');
              }}
              extraAction={<Button onClick={() => setStep('recoveryKey')}>{t('setup.recovery.showAgain')}</Button>}
            />
          </>
        )}
        {step === 'done' && session && (
          <Result
            status="success"
            title={t('setup.done.title')}
            subTitle={t('setup.done.subtitle')}
            extra={
              <Button type="primary" size="large" onClick={() => signedIn(session)}>
                {t('setup.done.enter')}
              </Button>
            }
          />
        )}
      </Card>
    </div>
  );
}
