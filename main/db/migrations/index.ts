import type { Migration } from './migration';
import initial from './0001-initial';
import cases from './0002-cases';
import reports from './0003-reports';

export type { Migration } from './migration';

/** Every schema step in order; append new files here, never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [initial, cases, reports];

export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1].version;
