import { useEffect } from 'react';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from './api';
import { currentLocale } from './i18n';
import { useSession } from './session.store';
import { AppProviders } from './app-providers';
import { restoreLocale } from './locale-preference';
import { useIdleLock } from './auth/idle-lock';
import { LockGate } from './auth/lock-gate';
import { LoginScreen } from './auth/login-screen';
import { RecoverScreen } from './auth/recover-screen';
import { ChangePasswordRequiredScreen } from './auth/change-password-required-screen';
import { SetupWizard } from './setup/setup-wizard';
import { RecoveryPendingScreen } from './setup/recovery-pending-screen';
import { AppFrame } from './frame/app-frame';

export function App() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const phase = useSession((s) => s.phase);
  const session = useSession((s) => s.session);
  const locked = useSession((s) => s.locked);
  const load = useSession((s) => s.load);
  const lock = useSession((s) => s.lock);

  useEffect(() => {
    void restoreLocale();
    void load();
  }, [load]);

  useEffect(() => {
    document.title = t('app.name');
    document.documentElement.lang = locale;
  }, [t, locale, i18n.language]);

  useIdleLock({
    enabled: phase === 'app' && session !== null && !locked,
    minutes: session?.idleLockMinutes ?? 0,
    onIdle: () => void lock(),
    // A LOCKED answer raises the overlay through the session store's error listener.
    onTouch: () => void invoke('session.touch', {}).catch(() => undefined),
  });

  return (
    <AppProviders>
      <Screen />
    </AppProviders>
  );
}

function Screen() {
  const { t } = useTranslation();
  const phase = useSession((s) => s.phase);
  const session = useSession((s) => s.session);
  const startupError = useSession((s) => s.startupError);
  const load = useSession((s) => s.load);

  switch (phase) {
    case 'loading':
      return (
        <div className="qz-center">
          <Spin size="large" description={t('common.loading')} />
        </div>
      );
    case 'unavailable':
      return (
        <div className="qz-center">
          <Result
            status="error"
            title={t('common.startupFailed')}
            subTitle={startupError?.message}
            extra={<Button onClick={() => void load()}>{t('common.actions.retry')}</Button>}
          />
        </div>
      );
    case 'setup':
      return <SetupWizard />;
    case 'confirmRecovery':
      return <RecoveryPendingScreen />;
    case 'login':
      return <LoginScreen />;
    case 'recover':
      return <RecoverScreen />;
    case 'app':
      // Main refuses everything but the change until a temporary password is replaced.
      return <LockGate>{session && (session.mustChangePassword ? <ChangePasswordRequiredScreen /> : <AppFrame session={session} />)}</LockGate>;
  }
}
