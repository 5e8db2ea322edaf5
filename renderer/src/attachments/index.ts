// The evidence panel's layout travels with it.
import './attachments.css';

export { AttachmentsPanel } from './attachments-panel';
export { ShortHash } from './short-hash';
