export { buildGbt9704Docx, GBT9704_LAYOUT, FONTS, type DocxFile, type DocxOptions } from './gbt9704-docx';
export { documentHtml, noticeHtml, escapeHtml } from './gbt9704-html';
export {
  checkTemplate,
  documentKindsForCase,
  generateDocument,
  getIssuedDocument,
  listDocuments,
  renderChecked,
  saveDocument,
  valueSources,
} from './document.service';
export { caseTemplateValues, sentence, type ValueSources } from './case-values';
export { CASE_TYPE_OF } from './document-availability';
export { documentSettings, updateDocumentSettings } from './document-settings';
export { currentTemplate, saveTemplate, templateVersion, templateVersions, currentTemplateVersion } from './template.repo';
export { caseDocuments, insertDocument, markSuperseded, renderedOf, toDocumentInfo, type DocumentRow } from './document.repo';
