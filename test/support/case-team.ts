import type { TestCore } from './core-fixture';
import { ADMIN } from './core-fixture';

export const TEAM = {
  officer: { username: 'libanli', displayName: '李办理', password: 'Officer2026', roles: ['officer' as const] },
  officer2: { username: 'zhaobanli', displayName: '赵办理', password: 'Officer2026', roles: ['officer' as const] },
  reviewer: { username: 'wangshenhe', displayName: '王审核', password: 'Reviewer2026', roles: ['reviewer' as const] },
  approver: { username: 'liushenpi', displayName: '刘审批', password: 'Approver2026', roles: ['approver' as const] },
};
export type Member = keyof typeof TEAM;

/** An office with a township under it, the case team at the top unit, and one cadre in the township. */
export async function makeTeam(t: TestCore) {
  const town = await t.call('units.create', { name: '某镇人民政府', parentId: 1 });
  const other = await t.call('units.create', { name: '另一县纪委', parentId: null });
  for (const m of Object.values(TEAM)) await t.call('users.create', { ...m, unitId: 1 });
  await t.call('users.create', { username: 'waixian', displayName: '外县办理', password: 'Outside2026', unitId: other.id, roles: ['officer'] });
  await t.call('auth.login', { username: TEAM.officer.username, password: TEAM.officer.password });
  const cadre = await t.call('cadres.create', { name: '张明远', gender: 'male', unitId: town.id, post: '镇长', rank: '一级主任科员' });
  return { town, other, cadre };
}

export async function as(t: TestCore, who: Member | 'admin' | 'outsider') {
  if (who === 'admin') return t.call('auth.login', ADMIN);
  if (who === 'outsider') return t.call('auth.login', { username: 'waixian', password: 'Outside2026' });
  return t.call('auth.login', { username: TEAM[who].username, password: TEAM[who].password });
}
