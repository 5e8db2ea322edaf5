import type { Db } from '../db/database';
import type { User } from '../../shared/ipc';
import type { DataScope, Role } from '../../shared/roles';
import { AppError } from '../../shared/errors';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  unit_id: number;
  unit_name: string;
  roles: string;
  active: number;
  data_scope: DataScope;
  password_temporary: number;
  created_at: string;
}

const SELECT = `SELECT u.id, u.username, u.display_name, u.unit_id, n.name AS unit_name, u.roles, u.active, u.data_scope, u.password_temporary, u.created_at
  FROM users u JOIN units n ON n.id = u.unit_id`;

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  unitId: r.unit_id,
  unitName: r.unit_name,
  roles: JSON.parse(r.roles) as Role[],
  dataScope: r.data_scope,
  passwordTemporary: r.password_temporary === 1,
  active: r.active === 1,
  createdAt: r.created_at,
});

export function listUsers(db: Db): User[] {
  return (db.prepare(`${SELECT} ORDER BY u.created_at, u.username`).all() as UserRow[]).map(toUser);
}

export function findUser(db: Db, id: string): User | null {
  const row = db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function getUser(db: Db, id: string): User {
  const user = findUser(db, id);
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

export function usernameTaken(db: Db, username: string): boolean {
  return db.prepare('SELECT 1 FROM users WHERE username = ?').get(username) !== undefined;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  unitId: number;
  roles: Role[];
}

export function insertUser(db: Db, u: NewUser, at: string): User {
  db.prepare(
    'INSERT INTO users (id, username, display_name, unit_id, roles, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)',
  ).run(u.id, u.username, u.displayName, u.unitId, JSON.stringify(u.roles), at, at);
  return getUser(db, u.id);
}

export interface UserChange {
  displayName?: string;
  unitId?: number;
  roles?: Role[];
  active?: boolean;
}

export function updateUser(db: Db, id: string, c: UserChange, at: string): User {
  const u = getUser(db, id);
  db.prepare('UPDATE users SET display_name = ?, unit_id = ?, roles = ?, active = ?, updated_at = ? WHERE id = ?').run(
    c.displayName ?? u.displayName,
    c.unitId ?? u.unitId,
    JSON.stringify(c.roles ?? u.roles),
    (c.active ?? u.active) ? 1 : 0,
    at,
    id,
  );
  return getUser(db, id);
}

/** Roles and data scope: the security administrator's part of an account. */
export function grantUser(db: Db, id: string, g: { roles?: Role[]; dataScope?: DataScope }, at: string): User {
  const u = getUser(db, id);
  db.prepare('UPDATE users SET roles = ?, data_scope = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(g.roles ?? u.roles), g.dataScope ?? u.dataScope, at, id);
  return getUser(db, id);
}

/** Marks a password as typed by an administrator (true) or chosen by its holder (false). */
export function setPasswordTemporary(db: Db, id: string, temporary: boolean): void {
  db.prepare('UPDATE users SET password_temporary = ? WHERE id = ?').run(temporary ? 1 : 0, id);
}

export function countActiveWithRole(db: Db, role: Role): number {
  return listUsers(db).filter((u) => u.active && u.roles.includes(role)).length;
}
