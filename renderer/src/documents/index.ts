// The documents panel's layout travels with it.
import './documents.css';

export { DocumentsPanel } from './documents-panel';
export { TemplateEditor } from './template-editor';
export { fileEventText, type FileEventText } from './file-event-text';
