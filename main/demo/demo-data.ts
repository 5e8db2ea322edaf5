import { addDays, yearOf } from '../../shared/calendar';
import { beijingDate } from '../clock';
import { REPORT_DEMOS, reportMoves } from './clearance-demo';
import { createCadres, createPeople, DEMO_ADMIN, DEMO_OFFICE, DEMO_PASSWORD, DEMO_USERS, type DemoMember } from './demo-people';
import { demoApi, runMoves, type Dispatch } from './demo-script';
import { FAULT_TOLERANCE_DEMOS, faultToleranceMoves, type CaseMoveContext } from './fault-tolerance-demo';

export { DEMO_ADMIN, DEMO_OFFICE, DEMO_PASSWORD, DEMO_USERS } from './demo-people';
export type { Dispatch } from './demo-script';

export interface DemoOptions {
  /** The core's clock (ms), so that the cases' dates fall before the day the core thinks it is. */
  now?: number;
}

export interface DemoSummary {
  /** Shown once, as at a real setup; the demonstration office is as recoverable as a real one. */
  recoveryKey: string;
  /** User name → display name and roles; every one signs in with DEMO_PASSWORD. */
  users: { username: string; displayName: string; roles: string[] }[];
  password: string;
}

/**
 * Fills a new, not yet set-up core with a fictional office (青山县纪委监委): units, accounts, cadres,
 * 容错纠错 cases of every outcome and at every step, 检举控告 with points of every finding, 澄清正名
 * cases at every step and closed, and one 诬告陷害 referral. Everything goes through `dispatch`, the
 * same router the screens use, signed in as the person who would do it: every rule, permission and
 * audit entry applies. Accounts: see DEMO_USERS; all sign in with DEMO_PASSWORD ('Qingshan2026'),
 * the administrator `admin` too.
 */
export async function loadDemoData(dispatch: Dispatch, options: DemoOptions = {}): Promise<DemoSummary> {
  const api = demoApi(dispatch);
  const setup = await api.call('setup.create', {
    ...DEMO_OFFICE,
    adminUsername: DEMO_ADMIN.username,
    adminDisplayName: DEMO_ADMIN.displayName,
    password: DEMO_PASSWORD,
    locale: 'zh-CN',
  });
  // Setup leaves its administrator signed in.
  const commissionId = setup.session.unitId;
  const { units } = await createPeople(api, commissionId);

  const signInAs = async (who: DemoMember) => api.signIn(who === 'admin' ? DEMO_ADMIN.username : DEMO_USERS[who].username, DEMO_PASSWORD);
  await signInAs('officer');
  const cadres = await createCadres(api, units);

  const today = beijingDate(options.now ?? Date.now());
  const context: CaseMoveContext = { api, cadres, today, day: (n) => addDays(today, -n), year: yearOf(today) };
  let seq = 0;
  const counter = { next: () => (seq += 1) };
  await runMoves(signInAs, [
    ...FAULT_TOLERANCE_DEMOS.map((d, i) => faultToleranceMoves(d, context, i + 1)),
    ...REPORT_DEMOS.flatMap((r) => reportMoves(r, context, commissionId, counter)),
  ]);
  await api.call('auth.logout', {});

  return {
    recoveryKey: setup.recoveryKey,
    users: [{ ...DEMO_ADMIN, roles: ['sysadmin'] }, ...Object.values(DEMO_USERS).map((u) => ({ ...u, roles: [...u.roles] }))],
    password: DEMO_PASSWORD,
  };
}
