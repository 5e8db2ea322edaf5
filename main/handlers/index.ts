import type { Handlers } from '../handler';
import { authHandlers } from './auth.handlers';
import { setupHandlers } from './setup.handlers';
import { usersHandlers } from './users.handlers';
import { settingsHandlers } from './settings.handlers';
import { auditHandlers } from './audit.handlers';
import { casesHandlers } from './cases.handlers';
import { referenceHandlers } from './reference.handlers';
import { attachmentsHandlers } from './attachments.handlers';
import { documentsHandlers } from './documents.handlers';
import { exportsHandlers } from './exports.handlers';
import { backupHandlers } from './backup.handlers';
import { clearanceHandlers } from './clearance.handlers';

/** Typed as `Handlers`, so a channel in the contract without a handler does not compile. */
export const handlers: Handlers = {
  ...authHandlers,
  ...setupHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...casesHandlers,
  ...referenceHandlers,
  ...attachmentsHandlers,
  ...documentsHandlers,
  ...exportsHandlers,
  ...backupHandlers,
  ...clearanceHandlers,
};
