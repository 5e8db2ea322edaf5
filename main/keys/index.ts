export { Keyring, KEYRING_AUDIT_ACTIONS, LOCKOUT, lockoutSeconds, type PendingAuditEvent } from './keyring';
export { defaultKdfParams, deriveKey, PRODUCTION_KDF, type KdfParams } from './kdf';
export { generateRecoveryKey, parseRecoveryKey, formatRecoveryKey } from './recovery-key';
