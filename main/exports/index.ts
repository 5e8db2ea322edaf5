export { checkColumns, type LedgerColumn, type LedgerColumnType, type LedgerExportResult, type LedgerRow, type LedgerRows } from './ledger-column';
export { writeLedgerXlsx, DATE_FORMATS, type LedgerDateFormat, type LedgerXlsxOptions } from './ledger-xlsx';
export { writeLedgerCsv, protectFormula, quoteField, type LedgerCsvOptions } from './ledger-csv';
export { ledgerColumns, ledgerRowReader } from './case-ledger';
export { startLedgerExport, type LedgerExportInput } from './ledger-export';
export { startJob, jobStatus, cancelJob, takeHeld, MAX_RUNNING_JOBS, type JobControl } from './job-registry';
export { flowContext, isoNow, type FlowContext } from './flow-context';
export { savePath, openPaths, safeFileName } from './host-paths';
export { pendingOutput, writePieces, unwritable, type PendingOutput } from './output-file';
