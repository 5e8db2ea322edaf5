import { useState } from 'react';
import { Alert, App, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { currentLocale } from '../i18n';
import { ErrorAlert } from '../components/error-alert';
import { userTemporaryPassword } from './user-temporary-password';

/**
 * The security administrator resets a password: the app makes up the temporary password, so nobody
 * chooses one they might reuse, and shows it once to be handed over in person. Its holder must
 * replace it at their next sign-in; main also lifts any lock-out.
 */
export function UserPasswordResetModal({ user, onClose, onDone }: { user: User | null; onClose: () => void; onDone: (user: User) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [shown, setShown] = useState<{ user: User; password: string } | null>(null);
  const person = (u: User) => t('common.personWithUsername', { name: u.displayName, username: u.username });

  const reset = async () => {
    if (!user) return;
    setSubmitting(true);
    setError(null);
    const temporaryPassword = userTemporaryPassword();
    try {
      const saved = await invoke('users.resetPassword', { id: user.id, temporaryPassword });
      void message.success(t('users.reset.done', { name: saved.displayName }));
      setShown({ user: saved, password: temporaryPassword });
    } catch (caught) {
      const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
      // The lock overlay already says it; the administrator resets again after unlocking.
      if (apiError.code !== 'LOCKED') setError(apiError);
    } finally {
      setSubmitting(false);
    }
  };

  const close = () => {
    const done = shown;
    // Forgotten as soon as the dialog closes: it must not be on screen again.
    setShown(null);
    setError(null);
    if (done) onDone(done.user);
    else onClose();
  };

  if (shown) {
    return (
      <Modal
        key="shown"
        open
        destroyOnHidden
        title={t('users.reset.shownTitle')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        width={520}
        footer={
          <Button type="primary" onClick={close}>
            {t('users.reset.close')}
          </Button>
        }
      >
        <Typography.Paragraph>{person(shown.user)}</Typography.Paragraph>
        <Typography.Text type="secondary">{t('users.reset.password')}</Typography.Text>
        <Typography.Paragraph>
          <Typography.Text strong code style={{ fontSize: 22, letterSpacing: 2 }} data-testid="temporary-password">
            {shown.password}
          </Typography.Text>
        </Typography.Paragraph>
        <Alert
          type="warning"
          showIcon
          className="qz-form-alert"
          title={t('users.reset.handOver', { name: shown.user.displayName })}
          description={
            <>
              <div>{t('users.reset.firstSignIn')}</div>
              <div>{t('users.reset.once')}</div>
            </>
          }
        />
      </Modal>
    );
  }

  return (
    // A Modal of its own: the one that showed the password must leave nothing of it behind in the page.
    <Modal
      key="confirm"
      open={user !== null}
      title={t('users.reset.title', { name: user ? person(user) : '' })}
      okText={t('users.reset.submit')}
      cancelText={t('common.actions.cancel')}
      onOk={() => void reset()}
      onCancel={close}
      confirmLoading={submitting}
      width={480}
    >
      <Typography.Paragraph>{t('users.reset.intro', { name: user ? person(user) : '' })}</Typography.Paragraph>
      <ErrorAlert error={error} />
    </Modal>
  );
}
