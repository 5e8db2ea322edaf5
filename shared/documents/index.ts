export {
  CASE_TYPES,
  CLEARANCE_STEPS,
  DOCUMENT_KINDS,
  DOCUMENT_KIND_KEYS,
  DOCUMENT_LAYOUTS,
  FAULT_TOLERANCE_STEPS,
  documentKind,
  documentKindsFor,
  isDocumentKindKey,
  type CaseType,
  type DocumentKind,
  type DocumentKindKey,
  type DocumentLayout,
  type DocumentStep,
} from './document-kind';
export {
  PARAGRAPH_STYLES,
  TABLE_FONT_SIZES_PT,
  TEMPLATE_FORMAT,
  TEMPLATE_LIMITS,
  documentTemplateSchema,
  type DocumentTemplate,
  type ParagraphStyle,
  type TableFontSizePt,
  type TemplateCell,
  type TemplateParagraph,
  type TemplateRow,
  type TemplateTable,
} from './document-template';
export { PLACEHOLDERS, placeholderDef, placeholdersFor, type PlaceholderDef, type PlaceholderType } from './placeholder-catalog';
export { FILTER_NAMES, formatChineseDate, formatChineseNumber, formatNumber, type FilterName } from './template-filters';
export { validateTemplate, TEMPLATE_ISSUE_CODES, type TemplateIssue, type TemplateIssueCode, type TemplateValidation } from './validate-template';
export {
  renderTemplate,
  type RenderedCell,
  type RenderedDocument,
  type RenderedParagraph,
  type RenderedRow,
  type RenderedTable,
  type TemplateValue,
  type TemplateValues,
} from './render-template';
export { formatDocumentNumber } from './document-number';
export { defaultTemplate, DEFAULT_TEMPLATE_KINDS } from './default-templates';
export { sampleValues } from './sample-values';
