import type { SessionInfo } from '../../../shared/ipc/auth.contract';
import type { User } from '../../../shared/ipc/users.contract';
import type { Role } from '../../../shared/roles';
import { useSession } from '../../../renderer/src/session.store';

export const UNITS = [
  { id: 1, parentId: null, name: '青山县纪委监委' },
  { id: 2, parentId: 1, name: '第一监督检查室' },
];

function account(id: string, username: string, displayName: string, roles: Role[], patch: Partial<User> = {}): User {
  return {
    id,
    username,
    displayName,
    unitId: 1,
    unitName: '青山县纪委监委',
    roles,
    dataScope: 'subtree',
    passwordTemporary: false,
    active: true,
    createdAt: '2026-03-02T01:00:00.000Z',
    ...patch,
  };
}

/** A separated office: one holder of each administrative duty, an officer, and a new account with no roles yet. */
export const ACCOUNTS = {
  sysadmin: account('00000000-0000-4000-8000-000000000001', 'admin', '王管理', ['sysadmin']),
  secadmin: account('00000000-0000-4000-8000-000000000002', 'qianbao', '钱保密', ['secadmin']),
  auditor: account('00000000-0000-4000-8000-000000000003', 'zhaoshen', '赵审计', ['auditor']),
  officer: account('00000000-0000-4000-8000-000000000004', 'liming', '李明', ['officer']),
  newcomer: account('00000000-0000-4000-8000-000000000005', 'xinban', '辛办', [], { unitId: 2, unitName: '第一监督检查室', passwordTemporary: true }),
};

export function sessionOf(user: User, patch: Partial<SessionInfo> = {}): SessionInfo {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    unitId: user.unitId,
    unitName: user.unitName,
    mustConfirmRecovery: false,
    mustChangePassword: false,
    idleLockMinutes: 15,
    ...patch,
  };
}

/** Signed in as one of the accounts, as the panels read it from the session store. */
export function signInAs(user: User): void {
  useSession.setState({ phase: 'app', session: sessionOf(user), locked: false, lockedUser: null });
}
