import { z } from 'zod';
import { channel } from './define';
import { intId, isoDateTime, shortText } from './fields';
import { caseDetail } from './cases.contract';
import { date, LIST_MAX, LONG_TEXT_MAX, TEXT_MAX } from '../workflow/field-schemas';
import { ACCUSER_CATEGORIES, POINT_FINDINGS, RECEIVED_VIA, REFERRAL_ROUTES } from '../workflow/clearance.fields';
import type { Role } from '../roles';

/**
 * 检举人信息保密: the roles that read a reporter's identity. The officer registers and verifies the
 * report and must contact and answer the reporter; the reviewer checks that work. The approver signs
 * clearances and referrals without needing to know who reported, and the administrative roles do not
 * see reports at all. Main masks the identity for everyone else; the screen uses this to say so.
 */
export const REPORTER_IDENTITY_ROLES: readonly Role[] = ['officer', 'reviewer'];

export function mayReadReporter(roles: readonly Role[]): boolean {
  return roles.some((r) => REPORTER_IDENTITY_ROLES.includes(r));
}

export const REPORT_STATUSES = ['registered', 'verifying', 'concluded'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REFERRAL_STATUSES = ['draft', 'approved', 'sent', 'concluded'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** How many cadres one report may name, and points it may hold: far above any real report, but bounded. */
export const REPORT_CADRES_MAX = 20;
export const REPORT_POINTS_MAX = 100;

const text = z.string().trim().min(1).max(TEXT_MAX);
const longText = z.string().trim().min(1).max(LONG_TEXT_MAX);
const optionalShort = z.string().trim().max(100).optional();
const optionalText = z.string().trim().max(TEXT_MAX).optional();
const page = { page: z.number().int().min(1).max(1_000_000).default(1), pageSize: z.number().int().min(1).max(200).default(50) };
const ids = (max: number) =>
  z
    .array(intId)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'unique' });

// ——— Reports (检举控告) ———

export const reporterInput = z.discriminatedUnion('anonymous', [
  z.object({ anonymous: z.literal(true) }).strict(),
  z.object({ anonymous: z.literal(false), name: shortText, contact: optionalShort, workplace: optionalShort }).strict(),
]);

/** One allegation of the report. Given in order: the order is the points' numbering. */
export const pointInput = z
  .object({
    /** An existing point keeps its record (and any clearance that cites it). */
    id: intId.optional(),
    summary: text,
    /** The cadres the point is about, among those the report names; omitted or empty: all of them. */
    cadreIds: ids(REPORT_CADRES_MAX).optional(),
    /** What verification concluded; null until it has. */
    finding: z.enum(POINT_FINDINGS).nullable().optional(),
    /** The basis of the finding. */
    note: optionalText,
  })
  .strict();

const verificationInput = z
  .object({
    unitId: intId,
    /** Set once every point has its finding. */
    concludedOn: date.nullable().optional(),
    conclusion: longText.nullable().optional(),
  })
  .strict();

export const reportCreateInput = z
  .object({
    receivedVia: z.enum(RECEIVED_VIA),
    receivedOn: date,
    /** The registering unit; the user's own when omitted. */
    unitId: intId.optional(),
    reporter: reporterInput,
    cadreIds: ids(REPORT_CADRES_MAX).min(1),
    allegations: longText,
    points: z.array(pointInput.omit({ id: true }).strict()).min(1).max(REPORT_POINTS_MAX),
    verification: verificationInput.optional(),
  })
  .strict();

/** Each section given is replaced whole; the points list is the report's new list. */
export const reportUpdateInput = z
  .object({
    id: intId,
    receivedVia: z.enum(RECEIVED_VIA).optional(),
    receivedOn: date.optional(),
    reporter: reporterInput.optional(),
    cadreIds: ids(REPORT_CADRES_MAX).min(1).optional(),
    allegations: longText.optional(),
    points: z.array(pointInput).min(1).max(REPORT_POINTS_MAX).optional(),
    verification: verificationInput.optional(),
  })
  .strict();

/** The reporter as the reader may see them: `hidden` when the reader's roles do not cover the identity. */
export const reporter = z.object({
  anonymous: z.boolean(),
  hidden: z.boolean(),
  name: z.string().nullable(),
  contact: z.string().nullable(),
  workplace: z.string().nullable(),
});

const caseRef = z.object({ caseId: intId, number: z.string(), cadreId: intId, status: z.string() });

export const reportPoint = z.object({
  id: intId,
  no: z.number().int(),
  summary: z.string(),
  /** Empty: about every cadre the report names. */
  cadreIds: z.array(intId),
  finding: z.enum(POINT_FINDINGS).nullable(),
  note: z.string().nullable(),
  /** Concluded 失实 in a concluded verification: may be cleared for a cadre it is about and not cleared for yet. */
  clearable: z.boolean(),
  /** Open or closed clearance cases covering the point (refused and withdrawn ones free it again). */
  clearances: z.array(caseRef),
});

const reportCadre = z.object({ id: intId, name: z.string(), unitId: intId, unitName: z.string(), post: z.string().nullable() });

export const reportDetail = z.object({
  id: intId,
  number: z.string(),
  unitId: intId,
  unitName: z.string(),
  receivedVia: z.enum(RECEIVED_VIA),
  receivedOn: date,
  reporter,
  cadres: z.array(reportCadre),
  allegations: z.string(),
  points: z.array(reportPoint),
  verification: z
    .object({ unitId: intId, unitName: z.string(), concludedOn: date.nullable(), conclusion: z.string().nullable() })
    .nullable(),
  status: z.enum(REPORT_STATUSES),
  clearances: z.array(caseRef.extend({ cadreName: z.string(), step: z.string(), outcome: z.string().nullable(), pointIds: z.array(intId) })),
  referrals: z.array(z.object({ id: intId, number: z.string(), caseId: intId, status: z.enum(REFERRAL_STATUSES) })),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ReportDetail = z.infer<typeof reportDetail>;

export const reportSummary = z.object({
  id: intId,
  number: z.string(),
  receivedVia: z.enum(RECEIVED_VIA),
  receivedOn: date,
  anonymous: z.boolean(),
  cadres: z.array(z.object({ id: intId, name: z.string() })),
  pointCount: z.number().int(),
  untrueCount: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  verifyingUnitName: z.string().nullable(),
  concludedOn: date.nullable(),
  clearanceCount: z.number().int(),
  updatedAt: isoDateTime,
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportListInput = z
  .object({
    status: z.enum(REPORT_STATUSES).optional(),
    receivedVia: z.enum(RECEIVED_VIA).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    /** Reports naming this cadre: the cadre's page lists them. */
    cadreId: intId.optional(),
    /** Registered or verified in this unit or below it. */
    unitId: intId.optional(),
    /** Reports with at least one point of this finding. */
    finding: z.enum(POINT_FINDINGS).optional(),
    /** Report number or a reported cadre's name. */
    q: z.string().trim().max(50).optional(),
    sort: z.enum(['receivedOn', 'number', 'updatedAt']).default('receivedOn'),
    order: z.enum(['asc', 'desc']).default('desc'),
    ...page,
  })
  .strict();
export type ReportListInput = z.input<typeof reportListInput>;

// ——— Clearance cases opened from a report ———

export const clearanceOpenInput = z
  .object({
    reportId: intId,
    cadreId: intId,
    /** The report's points to clear for this cadre: each must be concluded 失实. */
    pointIds: ids(REPORT_POINTS_MAX).min(1),
    openedOn: date.optional(),
    /** The initiation fields recorded at once (origin, consultation or application); the report part comes from the report. */
    initiation: z.record(z.string().max(60), z.unknown()).optional(),
  })
  .strict();

// ——— Referrals of malicious accusers (诬告陷害) ———

export const accuserInput = z.discriminatedUnion('known', [
  z.object({ known: z.literal(false) }).strict(),
  z.object({ known: z.literal(true), name: shortText, workplace: optionalShort, note: optionalText }).strict(),
]);

export const referralCreateInput = z
  .object({
    caseId: intId,
    accuser: accuserInput,
    category: z.enum(ACCUSER_CATEGORIES),
    /** The category's default route when omitted. */
    route: z.enum(REFERRAL_ROUTES).optional(),
    /** What the accuser fabricated, and how it was established. */
    facts: longText,
    basis: optionalText,
    materials: z.array(shortText).max(LIST_MAX).optional(),
  })
  .strict();

export const referralUpdateInput = z
  .object({
    id: intId,
    accuser: accuserInput.optional(),
    category: z.enum(ACCUSER_CATEGORIES).optional(),
    route: z.enum(REFERRAL_ROUTES).optional(),
    facts: longText.optional(),
    basis: optionalText,
    materials: z.array(shortText).max(LIST_MAX).optional(),
    /** Once approved: when and to whom the referral letter went. */
    sending: z.object({ sentOn: date, receivingBody: shortText, documentNo: optionalShort }).strict().optional(),
    /** Once sent: what the receiving body reported back. */
    result: z.object({ receivedOn: date, result: longText }).strict().optional(),
  })
  .strict();

export const referralDetail = z.object({
  id: intId,
  number: z.string(),
  caseId: intId,
  caseNumber: z.string(),
  reportId: intId,
  reportNumber: z.string(),
  cadreId: intId,
  cadreName: z.string(),
  unitId: intId,
  unitName: z.string(),
  accuser: z.object({ known: z.boolean(), name: z.string().nullable(), workplace: z.string().nullable(), note: z.string().nullable() }),
  category: z.enum(ACCUSER_CATEGORIES),
  route: z.enum(REFERRAL_ROUTES),
  /** What the category calls for; the officer may choose another route the category allows. */
  defaultRoute: z.enum(REFERRAL_ROUTES),
  facts: z.string(),
  basis: z.string().nullable(),
  materials: z.array(z.string()),
  approval: z.object({ approvedBy: z.string(), approvedOn: date, approverName: z.string() }).nullable(),
  sending: z.object({ sentOn: date, receivingBody: z.string(), documentNo: z.string().nullable() }).nullable(),
  result: z.object({ receivedOn: date, result: z.string() }).nullable(),
  status: z.enum(REFERRAL_STATUSES),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ReferralDetail = z.infer<typeof referralDetail>;

export const referralSummary = referralDetail.pick({
  id: true,
  number: true,
  caseId: true,
  caseNumber: true,
  cadreId: true,
  cadreName: true,
  unitName: true,
  category: true,
  route: true,
  status: true,
  createdAt: true,
}).extend({ approvedOn: date.nullable(), sentOn: date.nullable(), receivingBody: z.string().nullable() });
export type ReferralSummary = z.infer<typeof referralSummary>;

export const referralListInput = z
  .object({
    status: z.enum(REFERRAL_STATUSES).optional(),
    route: z.enum(REFERRAL_ROUTES).optional(),
    category: z.enum(ACCUSER_CATEGORIES).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    /** Referral or case number, or the cleared cadre's name. */
    q: z.string().trim().max(50).optional(),
    order: z.enum(['asc', 'desc']).default('desc'),
    ...page,
  })
  .strict();
export type ReferralListInput = z.input<typeof referralListInput>;

const byId = z.object({ id: intId }).strict();

export const clearanceContract = {
  'reports.list': channel({
    input: reportListInput,
    output: z.object({ total: z.number().int(), rows: z.array(reportSummary) }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  'reports.get': channel({ input: byId, output: reportDetail, access: 'session', permission: 'cases.work', mutates: false, auditRead: true }),
  'reports.create': channel({ input: reportCreateInput, output: reportDetail, access: 'session', permission: 'cases.work', mutates: true }),
  /** The report's facts, its points and their findings, and the verification's conclusion. */
  'reports.update': channel({ input: reportUpdateInput, output: reportDetail, access: 'session', permission: 'cases.work', mutates: true }),
  /** Opens a 澄清正名 case from a report for one cadre, covering the chosen 失实 points only. */
  'clearance.open': channel({ input: clearanceOpenInput, output: caseDetail, access: 'session', permission: 'cases.work', mutates: true }),
  'referrals.list': channel({
    input: referralListInput,
    output: z.object({ total: z.number().int(), rows: z.array(referralSummary) }),
    access: 'session',
    permission: 'cases.work',
    mutates: false,
  }),
  'referrals.get': channel({ input: byId, output: referralDetail, access: 'session', permission: 'cases.work', mutates: false, auditRead: true }),
  /** Opens the referral of a malicious accuser from a clearance case whose assessment found 诬告陷害. */
  'referrals.create': channel({ input: referralCreateInput, output: referralDetail, access: 'session', permission: 'cases.work', mutates: true }),
  'referrals.update': channel({ input: referralUpdateInput, output: referralDetail, access: 'session', permission: 'cases.work', mutates: true }),
  /** The finding of 诬告陷害 approved (at prefecture level or above), by an approver who did not draft the referral. */
  'referrals.approve': channel({
    input: z.object({ id: intId, approvedBy: shortText, approvedOn: date }).strict(),
    output: referralDetail,
    access: 'session',
    permission: 'cases.work',
    mutates: true,
  }),
} as const;
