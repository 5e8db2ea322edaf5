import type { TemplateCell, TemplateParagraph, TemplateRow } from '../document-template';

/** Shorthand for writing the default templates as readable code; the result is plain template data. */
export const body = (text: string): TemplateParagraph => ({ style: 'body', text });
export const h1 = (text: string): TemplateParagraph => ({ style: 'heading1', text });
export const h2 = (text: string): TemplateParagraph => ({ style: 'heading2', text });
export const plain = (text: string): TemplateParagraph => ({ style: 'plain', text });
export const right = (text: string): TemplateParagraph => ({ style: 'right', text });

export const label = (text: string, span?: number): TemplateCell => ({ text, label: true, ...(span ? { span } : {}) });
export const value = (text: string, span?: number, minLines?: number): TemplateCell => ({
  text,
  ...(span ? { span } : {}),
  ...(minLines ? { minLines } : {}),
});
export const row = (...cells: TemplateCell[]): TemplateRow => ({ cells });

/** The standard letterhead, signature and date of a document the office issues in its own name. */
export const OFFICE_LETTER = {
  letterhead: { mark: '{{office.mark}}', number: '{{document.number}}' },
  signature: '{{office.name}}',
  date: '{{document.date|date}}',
} as const;

/** A box for an opinion written and signed by hand. */
export const opinionBox = (signer: string): string => `\n\n\n${signer}\n　　　　　　　　　　　　年　　月　　日`;
