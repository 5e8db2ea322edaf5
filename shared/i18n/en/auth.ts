import type { Catalog } from '..';
import type zh from '../zh-CN/auth';

const auth: Catalog<typeof zh> = {
  login: {
    title: 'Sign in',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot password?',
    lockedOut: 'Too many failed attempts. Try again in {{seconds}} seconds.',
  },
  recover: {
    title: 'Reset a password with the recovery key',
    intro: 'Enter the recovery key kept at setup to set a new password for an account. This is recorded in the audit log.',
    username: 'User name',
    recoveryKey: 'Recovery key',
    newPassword: 'New password',
    newPasswordConfirm: 'Repeat new password',
    submit: 'Reset password',
    done: 'The password has been reset. Sign in with the new password.',
    back: 'Back to sign-in',
  },
  lock: {
    title: 'Locked',
    intro: '{{name}}, the system is locked to protect case data. What you were typing is kept; enter your password to continue.',
    password: 'Password',
    unlock: 'Unlock',
    signOut: 'Sign out',
    signOutWarning: 'Signing out discards anything not yet saved.',
  },
};
export default auth;
