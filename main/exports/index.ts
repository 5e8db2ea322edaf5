export { checkColumns, type LedgerColumn, type LedgerColumnType, type LedgerExportResult, type LedgerRow, type LedgerRows } from './ledger-column';
export { writeLedgerXlsx, DATE_FORMATS, type LedgerDateFormat, type LedgerXlsxOptions } from './ledger-xlsx';
export { writeLedgerCsv, protectFormula, quoteField, type LedgerCsvOptions } from './ledger-csv';
