export { appendAudit, verifyAudit, canonicalJson, GENESIS_HASH, AUDIT_HEAD_KEY, type AuditEntryInput, type AuditVerification } from './audit-log';
