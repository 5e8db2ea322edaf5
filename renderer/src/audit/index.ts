// The audit screen's layout travels with it.
import './audit.css';

export { AuditTrail } from './audit-trail';
