import type { Db } from '../db/database';
import { getSetting, setSetting } from '../repos/settings.repo';

const KEY = 'duties.separated';

/**
 * Whether the office has separated its administrative duties: true from the moment it first had a
 * security administrator, and never false again. Until then the one system administrator from setup
 * may give roles when creating accounts (someone must create the first security administrator and
 * auditor); from then on only the security administrator grants roles and data scope, and passwords
 * an administrator typed must be replaced by their holders before use.
 */
export function dutiesSeparated(db: Db): boolean {
  if (getSetting(db, KEY, false)) return true;
  // A database that already had a security administrator before this flag existed.
  return db.prepare("SELECT 1 FROM users, json_each(users.roles) WHERE json_each.value = 'secadmin' LIMIT 1").get() !== undefined;
}

/** Called in the transaction that first gives someone the security administrator role. */
export function markDutiesSeparated(db: Db): void {
  if (!getSetting(db, KEY, false)) setSetting(db, KEY, true);
}
