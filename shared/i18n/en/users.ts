import type { Catalog } from '..';
import type zh from '../zh-CN/users';

const users: Catalog<typeof zh> = {
  list: {
    title: 'Users',
    create: 'New user',
    refresh: 'Refresh',
    username: 'User name',
    displayName: 'Full name',
    unit: 'Unit',
    roles: 'Roles',
    status: 'Status',
    createdAt: 'Created',
    actions: 'Actions',
    active: 'Active',
    inactive: 'Disabled',
    edit: 'Edit',
    total: '{{count}} users',
  },
  form: {
    createTitle: 'New user',
    editTitle: 'Edit user: {{name}}',
    username: 'User name',
    displayName: 'Full name',
    password: 'Initial password',
    passwordHelp: 'Tell the person in person, and remind them to change it under Settings › Change password.',
    unit: 'Unit',
    unitPlaceholder: 'Choose a unit',
    roles: 'Roles',
    rolesRequired: 'Choose at least one role.',
    active: 'Account active',
    created: 'User “{{name}}” created.',
    updated: 'User “{{name}}” saved.',
  },
  units: {
    title: 'Units',
    selectHint: 'Select a unit on the left to add a sub-unit under it.',
    parent: 'Parent unit',
    name: 'Sub-unit name',
    add: 'Add sub-unit',
    created: 'Unit “{{name}}” added.',
    empty: 'No units yet.',
  },
};
export default users;
