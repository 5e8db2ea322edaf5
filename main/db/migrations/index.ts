import type { Migration } from './migration';
import initial from './0001-initial';
import cases from './0002-cases';
import reports from './0003-reports';
import userScope from './0004-user-scope';
import documents from './0005-documents';

export type { Migration } from './migration';

/** Every schema step in order; append new files here, never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [initial, cases, reports, userScope, documents];

export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1].version;
