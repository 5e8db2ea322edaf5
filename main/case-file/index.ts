export { startCaseFileExport, type CaseFileOptions } from './case-file.service';
export { mergeCaseFile, pdfPageCount, A4, type MergePart } from './case-file-pdf';
