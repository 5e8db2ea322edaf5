import type { Catalog } from '..';
import type zh from '../zh-CN/settings';

const settings: Catalog<typeof zh> = {
  tabs: {
    users: 'Users',
    units: 'Units',
    general: 'General',
    catalog: 'Situation catalog',
    templates: 'Document templates',
    calendar: 'Holiday calendar',
    backup: 'Backup and restore',
    password: 'Change password',
  },
  idle: {
    title: 'Automatic lock',
    minutes: 'Lock after inactivity (minutes)',
    help: 'With no keyboard or mouse activity for this long, the system locks and asks for the password. Locking keeps what you were typing.',
  },
  office: {
    title: 'Office',
  },
  password: {
    title: 'Change password',
    oldPassword: 'Current password',
    newPassword: 'New password',
    confirm: 'Repeat new password',
    submit: 'Change password',
    done: 'Password changed. Use the new one next time you sign in.',
  },
  mustChange: {
    title: 'Set your own password',
    intro: 'You are signed in with a temporary password set by an administrator. So that only you know your password, set your own before using Qingzheng.',
    account: 'Account: {{person}}',
    oldPassword: 'Temporary password',
    newPassword: 'New password',
    confirm: 'Repeat new password',
    rulesTitle: 'The new password must:',
    ruleStrength: 'have at least {{min}} characters, with both letters and digits;',
    ruleDifferent: 'differ from the temporary password;',
    ruleSecret: 'be known to you alone; tell nobody, administrators included.',
    sameAsOld: 'The new password must differ from the temporary password.',
    submit: 'Set password and continue',
    done: 'Password set. Use it from now on to sign in.',
  },
};
export default settings;
