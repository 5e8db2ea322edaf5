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
};
export default settings;
