import type { Catalog } from '..';
import type zh from '../zh-CN/common';

const common: Catalog<typeof zh> = {
  roles: {
    officer: 'Case officer',
    reviewer: 'Reviewer',
    approver: 'Approver',
    sysadmin: 'System administrator',
    secadmin: 'Security administrator',
    auditor: 'Security auditor',
  },
  dataScopes: {
    unit: 'Own unit',
    subtree: 'Own unit and sub-units',
    office: 'Whole office',
  },
  roleGroups: {
    case: 'Case roles',
    admin: 'Administrative roles',
    adminHint: 'The system administrator, security administrator and security auditor must be three different people.',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    create: 'New',
    edit: 'Edit',
    next: 'Next',
    previous: 'Back',
    back: 'Back',
    submit: 'Submit',
    retry: 'Try again',
  },
  language: {
    label: 'Language',
    'zh-CN': '中文',
    en: 'English',
  },
  password: {
    rules: 'At least {{min}} characters, with both letters and digits.',
    weak: 'The password does not meet the rules: at least {{min}} characters, with both letters and digits.',
    mismatch: 'The two passwords do not match.',
  },
  username: {
    rules: '2 to 32 characters: letters (Chinese included), digits, underscore, dot and hyphen.',
    invalid: 'The user name does not meet the rules: 2 to 32 characters of letters, digits, underscore, dot and hyphen.',
  },
  office: {
    name: 'Office name',
    namePlaceholder: 'e.g. Mianyang Municipal Commission for Discipline Inspection',
    code: 'Issuing-office abbreviation',
    codePlaceholder: 'e.g. 绵纪',
    codeSample: '绵纪',
    numberExample: '{{code}}〔{{year}}〕12号',
    codeHelp: 'Used in document numbers, e.g. {{example}}.',
  },
  personWithUsername: '{{name}} ({{username}})',
  required: 'This field is required.',
  loading: 'Loading…',
  saved: 'Saved.',
  startupFailed: 'Cannot reach the Qingzheng data service.',
};
export default common;
