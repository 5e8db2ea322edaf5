import type { Input } from '../../../shared/ipc/contract';

/** The auditor's filter, as audit.list and audit.export both take it. */
export type AuditQuery = Omit<Input<'audit.list'>, 'page' | 'pageSize'>;

/** Drops empty values, so an unset filter field never narrows the list to "equals empty". */
export function cleanQuery(query: AuditQuery): AuditQuery {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')) as AuditQuery;
}
