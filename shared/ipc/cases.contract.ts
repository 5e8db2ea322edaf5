import { z } from 'zod';
import { channel } from './define';
import { intId, isoDate, isoDateTime, shortText } from './fields';
import { isValidIdNumber } from '../id-number';

export const CASE_KINDS = ['fault-tolerance', 'clearance'] as const;
export const caseKind = z.enum(CASE_KINDS);
export type CaseKind = z.infer<typeof caseKind>;

const optionalField = z.string().trim().max(100).optional();
const position = z.object({ step: z.string(), status: z.string() });

export const cadreInput = z
  .object({
    name: shortText,
    gender: z.enum(['male', 'female']).optional(),
    unitId: intId,
    post: optionalField,
    rank: optionalField,
    politicalStatus: optionalField,
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === '' || isValidIdNumber(v), { message: 'idNumber' })
      .optional(),
  })
  .strict();

export const cadre = z.object({
  id: intId,
  name: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  unitId: intId,
  unitName: z.string(),
  post: z.string().nullable(),
  rank: z.string().nullable(),
  politicalStatus: z.string().nullable(),
  idNumber: z.string().nullable(),
});
export type Cadre = z.infer<typeof cadre>;

export const caseSummary = z.object({
  id: intId,
  kind: caseKind,
  number: z.string(),
  cadreId: intId,
  cadreName: z.string(),
  unitId: intId,
  unitName: z.string(),
  step: z.string(),
  status: z.string(),
  openedOn: isoDate,
  dueOn: isoDate.nullable(),
  dueEstimate: z.boolean(),
  /** Against today on the working-day calendar. */
  deadline: z.enum(['overdue', 'due-soon', 'ok']).nullable(),
  outcome: z.string().nullable(),
  situations: z.array(z.string()),
  originOffice: z.string().nullable(),
  updatedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseEvent = z.object({
  id: intId,
  at: isoDateTime,
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  fromStep: z.string().nullable(),
  toStep: z.string().nullable(),
  reason: z.string().nullable(),
});
export type CaseEvent = z.infer<typeof caseEvent>;

export const caseDetail = z.object({
  summary: caseSummary,
  /** What the shared workflow engine needs to draw the steps and enable the buttons, as main sees it. */
  state: z.object({
    step: z.string(),
    status: z.string(),
    openedOn: isoDate,
    data: z.record(z.string(), z.unknown()),
    history: z.array(
      z.object({
        action: z.string(),
        actorId: z.string(),
        on: isoDate,
        from: position,
        to: position,
        input: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
  }),
  actor: z.object({ caseInScope: z.boolean(), inVerifyingDepartment: z.boolean().optional() }),
  catalogVersion: z.number().int().nullable(),
  events: z.array(caseEvent),
  today: isoDate,
});
export type CaseDetail = z.infer<typeof caseDetail>;

const page = { page: z.number().int().min(1).max(1_000_000).default(1), pageSize: z.number().int().min(1).max(200).default(50) };

export const caseListInput = z
  .object({
    kind: caseKind,
    status: z.enum(['active', 'pending', 'refused', 'withdrawn', 'closed', 'open']).optional(),
    step: z.string().max(40).optional(),
    unitId: intId.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    situation: z.string().max(40).optional(),
    outcome: z.string().max(40).optional(),
    deadline: z.enum(['overdue', 'due-soon']).optional(),
    /** Cadre name or case number. */
    q: z.string().trim().max(50).optional(),
    sort: z.enum(['number', 'openedOn', 'dueOn', 'updatedAt']).default('updatedAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
    ...page,
  })
  .strict();
export type CaseListInput = z.input<typeof caseListInput>;

const stepData = z.record(z.string().max(60), z.unknown());

export const casesContract = {
  'cadres.list': channel({
    input: z.object({ q: z.string().trim().max(50).optional(), ...page }).strict(),
    output: z.object({ total: z.number().int(), rows: z.array(cadre) }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  'cadres.get': channel({
    input: z.object({ id: intId }).strict(),
    output: z.object({ cadre, cases: z.array(caseSummary) }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
    auditRead: true,
  }),
  'cadres.create': channel({ input: cadreInput, output: cadre, access: 'session', permission: 'cases.work', mutates: true }),
  'cadres.update': channel({
    input: cadreInput.extend({ id: intId }).strict(),
    output: cadre,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  'cases.list': channel({
    input: caseListInput,
    output: z.object({ total: z.number().int(), rows: z.array(caseSummary) }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  'cases.get': channel({
    input: z.object({ id: intId }).strict(),
    output: caseDetail,
    access: 'session',
    permission: 'cases.work',
    mutates: false,
    auditRead: true,
  }),
  'cases.create': channel({
    input: z
      .object({
        kind: caseKind,
        cadreId: intId,
        openedOn: isoDate.optional(),
        /** Clearance cases: the department that verified the report (谁核实谁澄清); the creator's unit when omitted. */
        verifyingUnitId: intId.optional(),
        data: stepData.optional(),
      })
      .strict(),
    output: caseDetail,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  /** Saves some or all fields of the step being worked; each field is checked whole. */
  'cases.saveStep': channel({
    input: z.object({ id: intId, step: z.string().min(1).max(40), data: stepData }).strict(),
    output: caseDetail,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
  /** Takes one action of the case's workflow table (submit, approve, return, …). */
  'cases.act': channel({
    input: z.object({ id: intId, action: z.string().min(1).max(60), input: z.record(z.string().max(60), z.unknown()).default({}) }).strict(),
    output: caseDetail,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
} as const;
