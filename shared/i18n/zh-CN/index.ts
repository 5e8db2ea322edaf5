import errors from './errors';
import app from './app';
import common from './common';
import setup from './setup';
import auth from './auth';
import frame from './frame';
import users from './users';
import settings from './settings';
import calendar from './calendar';
import workflow from './workflow';
import cases from './cases';
import documents from './documents';
import files from './files';
import filesUi from './files-ui';
import clearanceUi from './clearance-ui';
import backupUi from './backup-ui';
import auditUi from './audit-ui';

export default { errors, app, common, setup, auth, frame, users, settings, calendar, workflow, documents, files, filesUi, backupUi, auditUi, cases, clearanceUi };
