import type { Catalog } from '../catalog';
import type zh from '../zh-CN/errors';

const errors: Catalog<typeof zh> = {
  INVALID_INPUT: 'Some input is not valid; check the marked fields.',
  UNKNOWN_CHANNEL: 'Unknown operation: {{channel}}.',
  NOT_INITIALIZED: 'Qingzheng is not set up yet; complete the first-run setup.',
  ALREADY_INITIALIZED: 'Qingzheng is already set up.',
  NOT_SIGNED_IN: 'Please sign in first.',
  LOCKED: 'Qingzheng is locked; enter your password to unlock.',
  FORBIDDEN: 'You are not permitted to do this.',
  BAD_CREDENTIALS: 'Wrong user name or password.',
  ACCOUNT_LOCKED_OUT: 'Too many failed sign-ins in a row; try again in {{seconds}} seconds.',
  ACCOUNT_DISABLED: 'This account is disabled; contact the administrator.',
  BAD_RECOVERY_KEY: 'The recovery key is not correct.',
  WEAK_PASSWORD: 'A password needs at least {{min}} characters, with both letters and digits.',
  USERNAME_TAKEN: 'The user name “{{username}}” is already taken.',
  ADMIN_ROLE_CONFLICT: 'The system administrator, security administrator and security auditor roles may not be held by one person.',
  LAST_ADMIN: 'The last system administrator cannot be disabled or lose the role, and nobody can disable their own account.',
  RECOVERY_NOT_PENDING: 'The recovery key is already confirmed.',
  NOT_FOUND: 'The record was not found.',
  DB_KEY_INVALID: 'The database key is not valid; the database cannot be opened.',
  DB_NEWER_VERSION: 'This database was made by a newer Qingzheng (data version {{found}}; this program supports up to {{supported}}). Upgrade the program to open it.',
  DB_DAMAGED: 'The database file is damaged or has been tampered with; restore it from the latest backup.',
  KEYRING_DAMAGED: 'The key file is damaged and cannot be read.',
  SENDER_REFUSED: 'The request came from an untrusted source and was refused.',
  INTERNAL: 'Internal error; nothing was changed.',
};
export default errors;
