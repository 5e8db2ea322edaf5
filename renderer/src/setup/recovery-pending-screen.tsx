import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session.store';
import { AuthLayout } from '../auth/auth-layout';
import { RecoveryConfirmForm } from './recovery-confirm-form';

/** Signed in, but setup was left before the recovery key was typed back: finish that first. */
export function RecoveryPendingScreen() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.signedIn);
  const logout = useSession((s) => s.logout);
  return (
    <AuthLayout title={t('setup.pending.title')} width={560}>
      <Alert type="warning" showIcon title={t('setup.pending.intro')} className="qz-form-alert" />
      <RecoveryConfirmForm
        onConfirmed={signedIn}
        extraAction={<Button onClick={() => void logout()}>{t('frame.header.signOut')}</Button>}
      />
    </AuthLayout>
  );
}
