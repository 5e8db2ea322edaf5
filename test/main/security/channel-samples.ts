import { z } from 'zod';
import { contract, type Channel, type Input } from '../../../shared/ipc';
import { DEFAULT_FAULT_TOLERANCE_CATALOG } from '../../../shared/workflow/fault-tolerance.catalog';
import { OFFICIAL_YEARS } from '../../../shared/calendar';
import { application } from '../../support/fault-tolerance-data';
import type { SeparatedOffice } from './separated-office';

/**
 * A valid input for every channel of the contract, so that a call gets past the schema to the checks
 * the tests are about (who may call, whose records). Channels listed in SAMPLES get inputs that mean
 * something (a real record in the caller's unit or in the other county); every other channel gets the
 * smallest input its own schema accepts, found by trying plain values against it. A new channel whose
 * schema defeats that must be added to SAMPLES: the tests fail and name it.
 */
export type Target = 'own' | 'other';

export interface SampleContext {
  office: SeparatedOffice;
  /** An account with no role, which mutating samples act on so that nobody's sign-in breaks. */
  victimId: string;
  /** A folder outside the data folder for exports. */
  outDir: string;
  /** A fresh number for names that must be unique. */
  next(): number;
  /** A report (检举控告) registered in each county, when the test made them. */
  reports?: Record<Target, number>;
}

/** A report about one cadre, as an officer registers it. */
export function reportAbout(cadreId: number): Input<'reports.create'> {
  return {
    receivedVia: 'letter',
    receivedOn: '2026-11-20',
    reporter: { anonymous: true },
    cadreIds: [cadreId],
    allegations: '反映其在招商项目中违规垫付费用。',
    points: [{ summary: '违规垫付前期费用' }],
  };
}

type Sample = (c: SampleContext, target: Target) => unknown;

const rec = (c: SampleContext, t: Target) => (t === 'own' ? c.office.own : c.office.other);
const unitOf = (c: SampleContext, t: Target) => (t === 'own' ? c.office.units.town : c.office.units.other);

export const SAMPLES: Partial<Record<Channel, Sample>> = {
  'users.create': (c, t) => ({ username: `xinren${c.next()}`, displayName: '新人', password: 'Newbie2026', unitId: t === 'own' ? 1 : c.office.units.other }),
  'users.update': (c, t) => ({ id: c.victimId, displayName: `备用账户${c.next()}`, unitId: t === 'own' ? 1 : c.office.units.other }),
  'users.grant': (c, t) => ({ id: c.victimId, dataScope: t === 'own' ? 'unit' : 'subtree' }),
  'users.resetPassword': (c) => ({ id: c.victimId, temporaryPassword: 'Temp2026pass' }),
  'users.releaseLockout': (c) => ({ id: c.victimId }),
  'units.create': (c, t) => ({ name: `第${c.next()}纪检监察室`, parentId: t === 'own' ? 1 : c.office.units.other }),
  'office.update': () => ({ name: '绵阳市纪委监委', code: '绵纪' }),
  'settings.update': () => ({ idleLockMinutes: 30 }),
  'catalog.update': () => {
    const { version: _v, ...catalog } = DEFAULT_FAULT_TOLERANCE_CATALOG;
    return catalog;
  },
  'calendar.saveYear': () => OFFICIAL_YEARS[OFFICIAL_YEARS.length - 1],
  'cadres.list': (_c, t) => ({ q: t === 'own' ? '张明远' : '赵外县' }),
  'cadres.get': (c, t) => ({ id: rec(c, t).cadreId }),
  'cadres.create': (c, t) => ({ name: `干部${c.next()}`, unitId: unitOf(c, t) }),
  'cadres.update': (c, t) => ({ id: rec(c, t).cadreId, name: t === 'own' ? '张明远' : '赵外县', unitId: unitOf(c, t) }),
  'cases.list': (c, t) => ({ kind: 'fault-tolerance', unitId: unitOf(c, t) }),
  'cases.get': (c, t) => ({ id: rec(c, t).caseId }),
  'cases.create': (c, t) => ({ kind: 'fault-tolerance', cadreId: rec(c, t).cadreId, data: application }),
  'cases.saveStep': (c, t) => ({ id: rec(c, t).caseId, step: 'application', data: { receivedOn: application.receivedOn } }),
  'cases.act': (c, t) => ({ id: rec(c, t).caseId, action: 'application.submit', input: {} }),
  'reports.list': (c, t) => ({ unitId: unitOf(c, t) }),
  'reports.create': (c, t) => reportAbout(rec(c, t).cadreId),
  'reports.get': (c, t) => ({ id: c.reports?.[t] ?? 1 }),
  'reports.update': (c, t) => ({ id: c.reports?.[t] ?? 1, allegations: '反映其在招商项目中违规垫付费用（补充）。' }),
  'audit.list': () => ({ pageSize: 5 }),
  'audit.export': (c) => ({ path: `${c.outDir}/audit-${c.next()}.xlsx` }),
  'audit.archive': (c) => ({ path: `${c.outDir}/archive-${c.next()}.xlsx` }),
  'audit.checkFile': (c) => ({ path: `${c.outDir}/missing.xlsx` }),
  'audit.updateSettings': () => ({ retentionDays: 365 }),
};

// ——— the fallback: the smallest input a schema accepts ———

const STRINGS = [
  '样例',
  'sample_1',
  '2026-11-20',
  '2026-11-20T08:00:00.000Z',
  '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c',
  'AB',
  '1',
  '110101199003074514',
  'abcdefghijklmnop',
];
const NUMBERS = [1, 2, 3, 10, 30, 180, 365, 2026, 0, 0.5];

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const valid = (s: z.ZodType, v: unknown) => s.safeParse(v).success;
const NONE = Symbol('none');

function sample(s: z.ZodType, depth = 0): unknown {
  if (depth > 12) return NONE;
  const def = defOf(s);
  const inner = () => sample(def.innerType as z.ZodType, depth + 1);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return undefined;
    case 'nullable':
      return inner() === NONE ? null : inner();
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner();
    case 'pipe':
      return sample(def.in as z.ZodType, depth + 1);
    case 'lazy':
      return sample((def.getter as () => z.ZodType)(), depth + 1);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries((s as z.ZodObject).shape)) {
        const x = sample(v as z.ZodType, depth + 1);
        if (x === NONE) return NONE;
        if (x !== undefined) out[k] = x;
      }
      return valid(s, out) ? out : NONE;
    }
    case 'string':
      return STRINGS.find((c) => valid(s, c)) ?? NONE;
    case 'number':
      return NUMBERS.find((c) => valid(s, c)) ?? NONE;
    case 'boolean':
      return false;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'null':
      return null;
    case 'unknown':
    case 'any':
      return null;
    case 'record':
      return {};
    case 'array': {
      for (let n = 0; n <= 3; n++) {
        const items = Array.from({ length: n }, () => sample(def.element as z.ZodType, depth + 1));
        if (items.includes(NONE)) return NONE;
        if (valid(s, items)) return items;
      }
      return NONE;
    }
    case 'union': {
      for (const o of def.options as z.ZodType[]) {
        const x = sample(o, depth + 1);
        if (x !== NONE && valid(s, x)) return x;
      }
      return NONE;
    }
    default:
      return NONE;
  }
}

/** A schema-valid input for the channel, or an error naming the channel to add to SAMPLES. */
export function inputFor(channel: Channel, c: SampleContext, target: Target): unknown {
  const schema = contract[channel].input as z.ZodType;
  const given = SAMPLES[channel]?.(c, target);
  const input = given !== undefined ? given : sample(schema);
  if (input === NONE || !valid(schema, input ?? {})) throw new Error(`no valid sample input for ${channel}: add one to SAMPLES in channel-samples.ts`);
  return input ?? {};
}
