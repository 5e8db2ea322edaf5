/*
 * Case packages: selected cases of one office, carried to another installation in main/package's
 * sealed format. Entries: `cases/NNNNN.json` (one CaseRecord each, see case-record.ts) and
 * `blobs/<sha256>` (the bytes of documents and attachments); meta carries the exporting office,
 * its code, the time, who exported, `content: 'qingzheng.cases'` and `formatVersion` 1.
 *
 * Import runs in two jobs: inspect (verify the whole package, read and check every case, preview
 * against the cases here; writes no case data) and import (stream the needed files into staged
 * blobs, then one transaction that writes every new case with its history, documents, attachments
 * and the audit entry, or nothing).
 */
export { startPackageExport, requireStrongPassphrase, PACKAGE_EXTENSION } from './export-cases';
export { startPackageInspect, type InspectedPackage } from './inspect-package';
export { startPackageImport } from './import-cases';
export { caseRecord, contentOf, CASE_PACKAGE_FORMAT, CASE_PACKAGE_CONTENT, type CaseRecord } from './case-record';
export { localCaseRecord } from './local-case-record';
