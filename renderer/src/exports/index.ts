// The file screens' layout travels with whatever shows them.
import './exports.css';

export { LedgerExportButton } from './ledger-export-button';
export { CaseFileExportButton } from './case-file-export-button';
export { useHostPath, type HostPath } from './use-host-path';
export { useSaveCopy, type SaveCopy, type SaveRequest } from './use-save-copy';
export { FilePath, JobOutcome } from './job-outcome';
export { needsTypedPath, isCancelled } from './host-path';
