/** Case roles work cases; the three administrative roles (三员) run the system and must stay apart. */
export const CASE_ROLES = ['officer', 'reviewer', 'approver'] as const;
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const;
export const ROLES = [...CASE_ROLES, ...ADMIN_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'users.manage',
  'units.manage',
  'settings.manage',
  'audit.read',
  'cases.work',
  'backup.create',
  'backup.restore',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The one permission table: main enforces it, the renderer reads it to show or hide actions. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  officer: ['cases.work'],
  reviewer: ['cases.work'],
  approver: ['cases.work'],
  // Restore sits with backup: it is the system administrator's operational duty, never the auditor's,
  // whose trail it would roll back, nor the security administrator's, who already holds the keys.
  sysadmin: ['users.manage', 'units.manage', 'settings.manage', 'backup.create', 'backup.restore'],
  secadmin: ['users.manage'],
  auditor: ['audit.read'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission));
}

/** Nobody may hold two of the three administrative roles (三员分立). */
export function adminRoleConflict(roles: readonly Role[]): boolean {
  return roles.filter((r) => (ADMIN_ROLES as readonly string[]).includes(r)).length > 1;
}
