import { z } from 'zod';
import { channel } from './define';
import { intId } from './fields';
import { caseKind, caseListInput } from './cases.contract';
import { RETENTION_PERIODS } from './documents.contract';
import { jobStatus } from './jobs.contract';
import { LOCALES } from '../i18n';

const filePath = z.string().min(1).max(4_096);
const passphrase = z.string().min(1).max(256);

/** A package passphrase travels with the file's carrier, not with the office's keys: longer than a password. */
export const PACKAGE_PASSPHRASE_MIN = 10;
export function isStrongPassphrase(p: string): boolean {
  return p.length >= PACKAGE_PASSPHRASE_MIN && /\p{L}/u.test(p) && /\p{N}/u.test(p);
}

export const LEDGER_FORMATS = ['xlsx', 'csv'] as const;

/** Every channel here starts a job and answers with its first status; see jobs.contract.ts. */
export const exportsContract = {
  /** The case file (案卷) as one PDF: cover, index, every issued document, the PDF and image attachments, page-numbered. */
  'caseFile.export': channel({
    input: z
      .object({
        caseId: intId,
        path: filePath.optional(),
        /** 保管期限; the office's setting when omitted. */
        retention: z.enum(RETENTION_PERIODS).optional(),
        archiveCode: z.string().trim().max(60).optional(),
        checker: z.string().trim().max(60).optional(),
      })
      .strict(),
    output: jobStatus,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  /** The 台账 of one case type with the list's current filters and order, one row per case. */
  'ledgers.export': channel({
    input: caseListInput
      .omit({ page: true, pageSize: true })
      .extend({ format: z.enum(LEDGER_FORMATS).default('xlsx'), path: filePath.optional(), locale: z.enum(LOCALES).default('zh-CN') })
      .strict(),
    output: jobStatus,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  /** The chosen cases, or every case of a type in the user's scope, sealed with a passphrase. */
  'packages.export': channel({
    input: z
      .object({
        caseIds: z.array(intId).min(1).max(10_000).optional(),
        kind: caseKind.optional(),
        passphrase,
        path: filePath.optional(),
      })
      .strict(),
    output: jobStatus,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  /** Opens and verifies a package whole (passphrase, every hash, versions), then previews what it would import. Writes nothing. */
  'packages.inspect': channel({
    input: z.object({ path: filePath.optional(), passphrase }).strict(),
    output: jobStatus,
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  /** Imports the package an inspect job verified: its new cases, in one transaction, or nothing. */
  'packages.import': channel({
    input: z.object({ inspectJobId: z.string().max(64) }).strict(),
    output: jobStatus,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
} as const;
