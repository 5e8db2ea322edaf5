import type { Role } from '../../../shared/roles';
import { ADMIN, setUp, type TestCore } from '../../support/core-fixture';
import { application } from '../../support/fault-tolerance-data';

/**
 * An office that has separated its duties: the setup administrator (系统管理员), a security
 * administrator (安全保密管理员), a security auditor (安全审计员) and a case team, each person
 * holding one role and a password of their own (the temporary one from their account's creation
 * already replaced), plus an officer in a second, unrelated unit.
 *
 *   1 纪委监委机关 ─ 2 某镇人民政府        3 另一县纪委 (another root)
 *
 * One cadre and one open fault-tolerance case in the town, one of each in the other county.
 */
export type Person = 'sysadmin' | 'secadmin' | 'auditor' | 'officer' | 'reviewer' | 'approver' | 'outsider';

interface Account {
  username: string;
  displayName: string;
  /** What the administrator typed when creating the account. */
  initial: string;
  /** What the person changed it to at first sign-in. */
  password: string;
  roles: Role[];
  unit: 'top' | 'other';
}

export const STAFF: Record<Exclude<Person, 'sysadmin'>, Account> = {
  officer: { username: 'libanli', displayName: '李办理', initial: 'Officer2026', password: 'Officer2026own', roles: ['officer'], unit: 'top' },
  reviewer: { username: 'wangshenhe', displayName: '王审核', initial: 'Reviewer2026', password: 'Reviewer2026own', roles: ['reviewer'], unit: 'top' },
  approver: { username: 'liushenpi', displayName: '刘审批', initial: 'Approver2026', password: 'Approver2026own', roles: ['approver'], unit: 'top' },
  auditor: { username: 'zhoushenji', displayName: '周审计', initial: 'Auditor2026', password: 'Auditor2026own', roles: ['auditor'], unit: 'top' },
  outsider: { username: 'waixian', displayName: '外县办理', initial: 'Outside2026', password: 'Outside2026own', roles: ['officer'], unit: 'other' },
  // Created last: the first security administrator closes the setup administrator's power to give roles.
  secadmin: { username: 'chenanbao', displayName: '陈安保', initial: 'Secadmin2026', password: 'Secadmin2026own', roles: ['secadmin'], unit: 'top' },
};

export interface SeparatedOffice {
  units: { top: number; town: number; other: number };
  users: Record<Person, string>;
  own: { cadreId: number; caseId: number };
  other: { cadreId: number; caseId: number };
}

export async function signInAs(t: TestCore, who: Person) {
  if (who === 'sysadmin') return t.call('auth.login', ADMIN);
  return t.call('auth.login', { username: STAFF[who].username, password: STAFF[who].password });
}

export async function separatedOffice(t: TestCore): Promise<SeparatedOffice> {
  const admin = await setUp(t);
  const town = await t.call('units.create', { name: '某镇人民政府', parentId: 1 });
  const other = await t.call('units.create', { name: '另一县纪委', parentId: null });
  const users = { sysadmin: admin.session.userId } as Record<Person, string>;
  for (const [who, a] of Object.entries(STAFF) as [Exclude<Person, 'sysadmin'>, Account][]) {
    const u = await t.call('users.create', { username: a.username, displayName: a.displayName, password: a.initial, unitId: a.unit === 'top' ? 1 : other.id, roles: a.roles });
    users[who] = u.id;
  }
  for (const a of Object.values(STAFF)) {
    await t.call('auth.login', { username: a.username, password: a.initial });
    await t.call('auth.changePassword', { oldPassword: a.initial, newPassword: a.password });
  }
  await signInAs(t, 'officer');
  const cadre = await t.call('cadres.create', { name: '张明远', gender: 'male', unitId: town.id, post: '镇长' });
  const kase = await t.call('cases.create', { kind: 'fault-tolerance', cadreId: cadre.id, data: application });
  await signInAs(t, 'outsider');
  const otherCadre = await t.call('cadres.create', { name: '赵外县', gender: 'female', unitId: other.id, post: '局长' });
  const otherCase = await t.call('cases.create', { kind: 'fault-tolerance', cadreId: otherCadre.id, data: { ...application, applicantName: '赵外县' } });
  await t.call('auth.logout', {});
  return {
    units: { top: 1, town: town.id, other: other.id },
    users,
    own: { cadreId: cadre.id, caseId: kase.summary.id },
    other: { cadreId: otherCadre.id, caseId: otherCase.summary.id },
  };
}
