import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogs, type Locale } from '../../../shared/i18n';
import { ROLES } from '../../../shared/roles';
import {
  WORKFLOWS,
  CASE_STATUSES,
  ACTION_KINDS,
  FINAL_STATUSES,
  SCOPE_RULES,
  DEFAULT_FAULT_TOLERANCE_CATALOG,
  faultToleranceCatalogSchema,
  catalogItemLabel,
  checkTransition,
  configureWorkflow,
  fieldLabelKey,
  inputLabelKey,
  stepDraftSchema,
  type ActionDef,
  type CaseState,
  type WorkflowTable,
} from '../../../shared/workflow';
import { clearanceData, context, ftData, person } from './fixtures';

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = catalogs[locale];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Collects every catalog key a table refers to, with where it came from, to check them all at once. */
class KeyCheck {
  readonly missing: string[] = [];
  need(key: string, where: string): void {
    for (const locale of LOCALES) if (!lookup(locale, key)) this.missing.push(`${locale}: ${key} (${where})`);
  }
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** Where the options of each enum field are labelled. */
const ENUM_LABELS: Record<string, Record<string, string>> = {
  faultTolerance: {
    applicantKind: 'workflow.faultTolerance.applicantKinds',
    proposedOutcome: 'workflow.faultTolerance.outcomes',
    outcome: 'workflow.faultTolerance.outcomes',
    finding: 'workflow.faultTolerance.distinctionFindings',
    decidedBy: 'workflow.faultTolerance.decidedBy',
    decision: 'workflow.faultTolerance.reviewDecisions',
  },
  clearance: {
    finding: 'workflow.clearance.findings',
    origin: 'workflow.clearance.origins',
    means: 'workflow.clearance.consultationMeans',
    harms: 'workflow.clearance.harms',
    methods: 'workflow.clearance.methods',
    method: 'workflow.clearance.methods',
    reportNature: 'workflow.clearance.natures',
    accuserCategory: 'workflow.clearance.accusers',
    route: 'workflow.clearance.routes',
    mode: 'workflow.clearance.visitModes',
  },
};

/** Objects whose keys are fixed by the rules and labelled in their own group rather than as generic labels. */
const KEYED_GROUPS: Record<string, string> = {
  factors: 'workflow.faultTolerance.factors',
  distinctions: 'workflow.faultTolerance.distinctions',
};

function checkSchema(table: WorkflowTable, schema: z.ZodType, name: string, where: string, keys: KeyCheck): void {
  const s = unwrap(schema);
  if (s instanceof z.ZodEnum) {
    const group = ENUM_LABELS[table.id]?.[name];
    if (!group) keys.missing.push(`no label group for enum field “${name}” (${where})`);
    else for (const option of s.options) keys.need(`${group}.${String(option)}`, where);
  } else if (s instanceof z.ZodArray) {
    checkSchema(table, s.element as z.ZodType, name, `${where}[]`, keys);
  } else if (s instanceof z.ZodObject) {
    for (const [field, child] of Object.entries(s.shape)) {
      keys.need(KEYED_GROUPS[name] ? `${KEYED_GROUPS[name]}.${field}` : `workflow.labels.${field}`, `${where}.${field}`);
      checkSchema(table, child as z.ZodType, field, `${where}.${field}`, keys);
    }
  } else if (s instanceof z.ZodRecord) {
    // Keyed by catalog ids: labelled by the catalog itself.
    checkSchema(table, s.valueType as z.ZodType, name, `${where}{}`, keys);
  }
}

const tables = Object.values(WORKFLOWS);

describe.each(tables.map((t) => [t.id, t] as const))('the %s table', (_, table) => {
  const stepKeys = table.steps.map((s) => s.key);
  const actionKeys = table.actions.map((a) => a.key);

  it('names only steps, actions, roles and scope rules that exist, with unique keys', () => {
    expect(new Set(stepKeys).size).toBe(stepKeys.length);
    expect(new Set(actionKeys).size).toBe(actionKeys.length);
    expect(stepKeys).toContain(table.initial);
    expect(table.steps.filter((s) => s.track === 'main')).toHaveLength(4);
    for (const a of table.actions) {
      for (const p of a.from) {
        expect(stepKeys, `${a.key} from`).toContain(p.step);
        expect(CASE_STATUSES, `${a.key} from`).toContain(p.status);
      }
      if (a.to.step) expect(stepKeys, `${a.key} to`).toContain(a.to.step);
      expect(CASE_STATUSES).toContain(a.to.status);
      expect(ACTION_KINDS).toContain(a.kind);
      expect(a.roles.length, a.key).toBeGreaterThan(0);
      for (const r of a.roles) expect(['officer', 'reviewer', 'approver']).toContain(r);
      for (const s of a.scopes) expect(Object.keys(SCOPE_RULES)).toContain(s);
      expect(a.scopes, `${a.key} must check the actor's unit`).toContain('caseInScope');
      for (const rule of a.separation) for (const other of rule.notActorOf) expect(actionKeys, `${a.key} separation`).toContain(other);
      for (const s of a.requires) expect(stepKeys, `${a.key} requires`).toContain(s);
      if (a.kind === 'return' || a.kind === 'reject' || a.kind === 'withdraw' || a.kind === 'reopen') {
        expect(Object.keys(a.input.shape), `${a.key} needs a reason`).toContain('reason');
      }
    }
    for (const step of table.steps) {
      for (const rule of step.recorders.separation) for (const other of rule.notActorOf) expect(actionKeys).toContain(other);
      if (step.deadlineMetBy) expect(Object.keys(step.fields.shape)).toContain(step.deadlineMetBy);
    }
  });

  it('has every text it names in both catalogs', () => {
    const keys = new KeyCheck();
    keys.need(table.nameKey, 'name');
    for (const s of CASE_STATUSES) keys.need(`workflow.status.${s}`, 'status');
    for (const k of ACTION_KINDS) keys.need(`workflow.kinds.${k}`, 'kind');
    for (const rule of Object.values(SCOPE_RULES)) keys.need(rule.reasonKey, 'scope');
    for (const step of table.steps) {
      keys.need(step.titleKey, step.key);
      for (const [field, schema] of Object.entries(step.fields.shape)) {
        keys.need(fieldLabelKey(table, step.key, field), `${step.key}.${field}`);
        checkSchema(table, schema as z.ZodType, field, `${step.key}.${field}`, keys);
      }
      for (const r of step.recorders.roles) keys.need(`workflow.roles.${r}`, step.key);
      for (const rule of step.recorders.separation) keys.need(rule.reasonKey, step.key);
    }
    for (const a of table.actions) {
      keys.need(a.labelKey, a.key);
      for (const r of a.roles) keys.need(`workflow.roles.${r}`, a.key);
      for (const rule of a.separation) keys.need(rule.reasonKey, a.key);
      for (const g of a.guards) keys.need(g.reasonKey, `${a.key} guard ${g.key}`);
      for (const name of Object.keys(a.input.shape)) keys.need(inputLabelKey(name), `${a.key} input`);
    }
    expect(keys.missing).toEqual([]);
  });

  it('reaches every step from the first, and can always move on until the case is finished', () => {
    const seen = new Set<string>([`${table.initial}/active`]);
    const queue = [{ step: table.initial as string, status: 'active' as CaseState['status'] }];
    while (queue.length) {
      const p = queue.shift()!;
      const out = table.actions.filter((a) => a.from.some((f) => f.step === p.step && f.status === p.status));
      if (!FINAL_STATUSES.includes(p.status)) expect(out.length, `${p.step}/${p.status} is a dead end`).toBeGreaterThan(0);
      for (const a of out) {
        const next = { step: a.to.step ?? p.step, status: a.to.status };
        const id = `${next.step}/${next.status}`;
        if (!seen.has(id)) {
          seen.add(id);
          queue.push(next);
        }
      }
    }
    for (const step of table.steps) expect([...seen].some((id) => id.startsWith(`${step.key}/`)), step.key).toBe(true);
    expect([...seen].some((id) => id.endsWith('/closed'))).toBe(true);
  });
});

describe('every action of every table', () => {
  const fixtures: Record<string, Record<string, unknown>> = { faultTolerance: ftData, clearance: clearanceData };
  /** Data tweaks an action's own guard needs, e.g. a review that decided to change the ruling. */
  const tweaks: Record<string, Record<string, Record<string, unknown>>> = {
    'review.revise': { review: { ...ftData.review, decision: 'revised' } },
  };
  const today = '2026-04-06';
  const inputFor = (a: ActionDef): Record<string, unknown> =>
    Object.fromEntries(Object.keys(a.input.shape).map((k) => [k, k === 'receivedOn' ? today : '理由']));

  const cases = tables.flatMap((table) =>
    table.actions.flatMap((action) => action.from.map((from) => ({ table, action, from, label: `${table.id} ${action.key} from ${from.step}/${from.status}` }))),
  );

  function stateFor(table: WorkflowTable, action: ActionDef, from: CaseState): CaseState {
    return {
      ...from,
      data: { ...structuredClone(fixtures[table.id]!), ...(tweaks[action.key] ?? {}) },
      // Someone else issued a ruling four days ago, so an appeal is in time and nobody here made it.
      history: [{ action: 'ruling.approve', actorId: 'u-earlier', on: '2026-04-02', from: { step: 'ruling', status: 'pending' }, to: { step: 'feedback', status: 'active' } }],
    };
  }

  it.each(cases)('$label succeeds for each of its roles and lands where the table says', ({ table, action, from }) => {
    for (const role of action.roles) {
      const state = stateFor(table, action, { ...from, openedOn: '2026-03-02', data: {}, history: [] });
      const r = checkTransition({ table, state, actor: person(`u-fresh-${role}`, role), context: context(today) }, action.key, inputFor(action));
      if (!r.ok) expect.fail(`${role}: ${JSON.stringify(r.reasons)}`);
      expect(r.state).toMatchObject({ step: action.to.step ?? from.step, status: action.to.status });
      expect(r.entry).toMatchObject({ action: action.key, actorId: `u-fresh-${role}`, on: today, from: { step: from.step, status: from.status } });
    }
  });

  it.each(cases)('$label is refused to every other role', ({ table, action, from }) => {
    for (const role of ROLES.filter((r) => !(action.roles as readonly string[]).includes(r))) {
      const state = stateFor(table, action, { ...from, openedOn: '2026-03-02', data: {}, history: [] });
      const r = checkTransition({ table, state, actor: person(`u-${role}`, 'officer', { roles: [role] }), context: context(today) }, action.key, inputFor(action));
      expect(r.ok, role).toBe(false);
      if (!r.ok) {
        expect(r.reasons.map((x) => x.key), role).toEqual(['workflow.reasons.role']);
        expect(r.error.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('the fault-tolerance catalog', () => {
  it('ships version 1 with DOMAIN.md’s ten situations, five conditions and five exclusions', () => {
    const c = DEFAULT_FAULT_TOLERANCE_CATALOG;
    expect([c.version, c.situations.length, c.conditions.length, c.exclusions.length]).toEqual([1, 10, 5, 5]);
    expect(faultToleranceCatalogSchema.safeParse(c).success).toBe(true);
    expect(c.situations.filter((s) => s.requiresExplanation).map((s) => s.id)).toEqual(['other']);
  });

  it('has every entry worded in both languages', () => {
    const c = DEFAULT_FAULT_TOLERANCE_CATALOG;
    for (const item of [...c.situations, ...c.conditions, ...c.exclusions]) {
      for (const locale of LOCALES) expect(lookup(locale, item.labelKey!), `${locale} ${item.id}`).toBeTruthy();
    }
    expect(catalogItemLabel('zh-CN', c.exclusions[3]!)).toBe('造成重大安全事故、严重环境污染或生态破坏');
    expect(catalogItemLabel('en', { id: 'localRule', label: { 'zh-CN': '地方情形', en: 'Local situation' } })).toBe('Local situation');
  });

  it('refuses an edited catalog with duplicate ids or an entry without text', () => {
    const c = DEFAULT_FAULT_TOLERANCE_CATALOG;
    expect(faultToleranceCatalogSchema.safeParse({ ...c, version: 2, situations: [...c.situations, c.situations[0]] }).success).toBe(false);
    expect(faultToleranceCatalogSchema.safeParse({ ...c, version: 2, conditions: [{ id: 'x' }] }).success).toBe(false);
  });
});

describe('the workflow texts', () => {
  it('use the same placeholders in Chinese and English', () => {
    const leaves = (node: unknown, prefix: string): [string, string][] =>
      typeof node === 'string'
        ? [[prefix, node]]
        : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
    const holes = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const ns of ['workflow', 'calendar'] as const) {
      for (const [key, zh] of leaves(catalogs['zh-CN'][ns], ns)) {
        expect(holes(lookup('en', key) ?? ''), key).toEqual(holes(zh));
      }
    }
  });
});

describe('saving a step while it is filled in', () => {
  it('accepts any whole fields and refuses unknown ones or broken values', () => {
    const step = WORKFLOWS.faultTolerance.steps.find((s) => s.key === 'ruling')!;
    const draft = stepDraftSchema(step);
    expect(draft.safeParse({ outcome: 'lighter' }).success).toBe(true);
    expect(draft.safeParse({ outcome: 'pardoned' }).success).toBe(false);
    expect(draft.safeParse({ verdict: 'x' }).success).toBe(false);
    expect(draft.safeParse({ reasoning: '理'.repeat(20_001) }).success).toBe(false);
  });
});

describe('configured deadlines', () => {
  it('replace a step’s deadline without touching the shipped table', () => {
    const t = configureWorkflow(WORKFLOWS.clearance, { deadlines: { implementation: { days: 10, kind: 'working' }, initiation: null } });
    expect(t.steps.find((s) => s.key === 'implementation')!.deadline).toEqual({ days: 10, kind: 'working' });
    expect(t.steps.find((s) => s.key === 'initiation')!.deadline).toBeNull();
    expect(WORKFLOWS.clearance.steps.find((s) => s.key === 'implementation')!.deadline).toEqual({ days: 5, kind: 'working' });
  });
});
