/** Case roles work cases; the three administrative roles (三员) run the system and must stay apart. */
export const CASE_ROLES = ['officer', 'reviewer', 'approver'] as const;
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const;
export const ROLES = [...CASE_ROLES, ...ADMIN_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'cases.work',
  'users.read',
  'users.manage',
  'units.manage',
  'settings.manage',
  'users.grant',
  'users.credentials',
  'keys.manage',
  'audit.read',
  'audit.manage',
  'backup.create',
  'backup.restore',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one permission table: main enforces it, the renderer reads it to show or hide actions.
 *
 * 三员分立: the system administrator runs the installation (accounts, units, settings, catalogs,
 * templates, the holiday calendar, backups) but decides nobody's powers; the security administrator
 * decides powers (roles, data scope) and credentials (password resets, lock-out release, keys) but
 * runs nothing; the security auditor reads, exports, verifies and archives the trail that records
 * both. None of the three holds 'cases.work', so none sees case content unless the security
 * administrator also gives that person a case role.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  officer: ['cases.work'],
  reviewer: ['cases.work'],
  approver: ['cases.work'],
  // Restore sits with backup: it is the system administrator's operational duty, never the auditor's,
  // whose trail it would roll back, nor the security administrator's, who already holds the keys.
  sysadmin: ['users.read', 'users.manage', 'units.manage', 'settings.manage', 'backup.create', 'backup.restore'],
  secadmin: ['users.read', 'users.grant', 'users.credentials', 'keys.manage'],
  // The account list (names, units, roles) is what the auditor filters the trail by and checks role
  // assignments against; it holds no case content.
  auditor: ['users.read', 'audit.read', 'audit.manage'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission));
}

/** Nobody may hold two of the three administrative roles (三员分立). */
export function adminRoleConflict(roles: readonly Role[]): boolean {
  return roles.filter((r) => (ADMIN_ROLES as readonly string[]).includes(r)).length > 1;
}

/** How far a user's view of cadres and cases reaches from their own unit. */
export const DATA_SCOPES = ['unit', 'subtree', 'office'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];
/** What every account had before scopes could be set, and what a new account gets. */
export const DEFAULT_DATA_SCOPE: DataScope = 'subtree';
