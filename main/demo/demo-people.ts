import type { Role } from '../../shared/roles';
import type { DemoApi } from './demo-script';

/**
 * The fictional office of the demonstration: 青山县纪委监委 and the townships and bureaus under it.
 * Every name here is made up; any likeness to a real person or place is chance.
 */
export const DEMO_OFFICE = { officeName: '青山县纪委监委', officeCode: '青纪', unitName: '青山县纪委监委机关' };

/** Every demonstration account signs in with this password (the setup administrator too). */
export const DEMO_PASSWORD = 'Qingshan2026';
/** What the administrator types when creating the accounts; each holder replaces it with DEMO_PASSWORD. */
const INITIAL_PASSWORD = 'Chushi2026';

export const DEMO_ADMIN = { username: 'admin', displayName: '王管理' };

/** The case team works at the commission itself, which verifies reports about the units below it. */
export const DEMO_USERS = {
  officer: { username: 'liming', displayName: '李明', roles: ['officer'] },
  officer2: { username: 'zhoujing', displayName: '周静', roles: ['officer'] },
  reviewer: { username: 'wanghua', displayName: '王华', roles: ['reviewer'] },
  approver: { username: 'chenzhi', displayName: '陈志', roles: ['approver'] },
  approver2: { username: 'sunli', displayName: '孙立', roles: ['approver'] },
  auditor: { username: 'zhaoshen', displayName: '赵审计', roles: ['auditor'] },
  secadmin: { username: 'qianbao', displayName: '钱保密', roles: ['secadmin'] },
} satisfies Record<string, { username: string; displayName: string; roles: Role[] }>;
export type DemoMember = keyof typeof DEMO_USERS | 'admin';

const UNITS = ['云溪镇党委政府', '石门乡党委政府', '青山县交通运输局', '青山县自然资源局'] as const;
export type DemoUnit = (typeof UNITS)[number];

/** [name, gender, unit, post, rank, political status]. */
const CADRES: readonly [string, 'male' | 'female', DemoUnit, string, string, string][] = [
  ['张明远', 'male', '云溪镇党委政府', '镇长', '一级主任科员', '中共党员'],
  ['陈思远', 'female', '云溪镇党委政府', '副镇长', '二级主任科员', '中共党员'],
  ['赵立新', 'male', '云溪镇党委政府', '副镇长', '二级主任科员', '中共党员'],
  ['高峰', 'male', '云溪镇党委政府', '农业服务中心主任', '三级主任科员', '中共党员'],
  ['刘建国', 'male', '石门乡党委政府', '党委书记', '一级主任科员', '中共党员'],
  ['吴敏', 'female', '石门乡党委政府', '乡长', '一级主任科员', '中共党员'],
  ['郑涛', 'male', '石门乡党委政府', '副乡长', '四级主任科员', '中共党员'],
  ['马晓东', 'male', '石门乡党委政府', '副乡长', '四级主任科员', '中共党员'],
  ['罗建军', 'male', '石门乡党委政府', '财政所所长', '一级科员', '中共党员'],
  ['孙海燕', 'female', '青山县交通运输局', '副局长', '二级主任科员', '中共党员'],
  ['林雪', 'female', '青山县交通运输局', '规划建设股股长', '三级主任科员', '中共党员'],
  ['唐勇', 'male', '青山县交通运输局', '公路养护站站长', '四级主任科员', '中共党员'],
  ['冯志远', 'male', '青山县交通运输局', '运输管理股股长', '一级科员', '群众'],
  ['黄志强', 'male', '青山县自然资源局', '耕地保护股股长', '三级主任科员', '中共党员'],
  ['何振华', 'male', '青山县自然资源局', '副局长', '二级主任科员', '中共党员'],
  ['谢婷', 'female', '青山县自然资源局', '不动产登记中心主任', '四级主任科员', '中共党员'],
  ['曹文', 'male', '青山县自然资源局', '执法大队副大队长', '一级科员', '中共党员'],
  ['彭磊', 'male', '云溪镇党委政府', '综合执法队队长', '一级科员', '中共党员'],
];

export interface DemoPeople {
  /** The commission itself: the verifying department of every demonstration report. */
  commissionId: number;
  units: Record<DemoUnit, number>;
  cadres: Record<string, number>;
}

/**
 * The office's units and accounts, made by the setup administrator while the office has no security
 * administrator yet (so roles can be given at creation); the security administrator comes last, which
 * separates the duties, and then every holder replaces the administrator's initial password.
 */
export async function createPeople(api: DemoApi, commissionId: number): Promise<Omit<DemoPeople, 'cadres'>> {
  const units = {} as Record<DemoUnit, number>;
  for (const name of UNITS) units[name] = (await api.call('units.create', { name, parentId: commissionId })).id;
  for (const u of Object.values(DEMO_USERS)) {
    await api.call('users.create', { username: u.username, displayName: u.displayName, password: INITIAL_PASSWORD, unitId: commissionId, roles: u.roles });
  }
  for (const u of Object.values(DEMO_USERS)) {
    await api.signIn(u.username, INITIAL_PASSWORD);
    await api.call('auth.changePassword', { oldPassword: INITIAL_PASSWORD, newPassword: DEMO_PASSWORD });
  }
  return { commissionId, units };
}

/** The cadres, registered by a case officer. */
export async function createCadres(api: DemoApi, units: Record<DemoUnit, number>): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [name, gender, unit, post, rank, politicalStatus] of CADRES) {
    ids[name] = (await api.call('cadres.create', { name, gender, unitId: units[unit], post, rank, politicalStatus })).id;
  }
  return ids;
}
