export { buildGbt9704Docx, GBT9704_LAYOUT, FONTS, type DocxFile, type DocxOptions } from './gbt9704-docx';
