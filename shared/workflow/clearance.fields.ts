import { z } from 'zod';
import { date, entryId, longText, optionalText, shortText, text, LIST_MAX } from './field-schemas';

/**
 * What verification concluded on one point of the report. Only 失实 (untrue) points can be cleared;
 * 未查实但不能排除 (unproven but not ruled out) is expressly not eligible.
 */
export const POINT_FINDINGS = ['untrue', 'true', 'partlyTrue', 'unproven'] as const;
export type PointFinding = (typeof POINT_FINDINGS)[number];

/** How a report came in: 来信, 来访, 来电, 网络举报, 上级转办. */
export const RECEIVED_VIA = ['letter', 'visit', 'phone', 'online', 'referred'] as const;
export type ReceivedVia = (typeof RECEIVED_VIA)[number];

/** 书面 / 当面 / 会议 / 通报. */
export const CLEARANCE_METHODS = ['written', 'inPerson', 'meeting', 'notice'] as const;
export type ClearanceMethod = (typeof CLEARANCE_METHODS)[number];

/** The harms that make a case eligible (DOMAIN: when it applies). */
export const HARMS = ['career', 'rights', 'repeatedReports', 'socialEffect'] as const;

/** 错告 (a mistaken report) or 诬告陷害 (malicious false accusation); 'undetermined' when the accuser cannot be judged. */
export const REPORT_NATURES = ['mistaken', 'malicious', 'undetermined'] as const;

/** How the cadre was consulted before the department proposed clearance (征求被举报人意见). */
export const CONSULTATION_MEANS = ['inPerson', 'phone', 'written'] as const;

/** Who made the false accusation, which decides where it is referred. */
export const ACCUSER_CATEGORIES = ['partyMember', 'publicOfficial', 'other', 'suspectedCrime'] as const;
export type AccuserCategory = (typeof ACCUSER_CATEGORIES)[number];
export const REFERRAL_ROUTES = ['partyDiscipline', 'administrativeSanction', 'police', 'judicial'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

/**
 * Party member → Party discipline; public official → 政务处分; others → the police; a suspected
 * crime → the judicial organs. The first route is the default; the others are what the officer may
 * choose instead (a Party member's accusation may also amount to a crime, and 诬告陷害罪 is
 * investigated by the police).
 */
export const REFERRAL_ROUTES_BY_CATEGORY: Readonly<Record<AccuserCategory, readonly [ReferralRoute, ...ReferralRoute[]]>> = {
  partyMember: ['partyDiscipline', 'judicial'],
  publicOfficial: ['administrativeSanction', 'judicial'],
  other: ['police', 'judicial'],
  suspectedCrime: ['judicial', 'police'],
};

export function defaultReferralRoute(category: AccuserCategory): ReferralRoute {
  return REFERRAL_ROUTES_BY_CATEGORY[category][0];
}

const reportPoint = z.object({
  /** The point's number in the report, as text: what the other steps refer to. */
  id: entryId,
  /** The point's record in the report, so the case can be traced back to it. */
  pointId: z.number().int().positive(),
  summary: text,
  finding: z.enum(POINT_FINDINGS),
  note: optionalText,
});

/**
 * The report as the case was opened from it, under `data.report`: written by main from the report
 * record and never by a step save, so the points a case clears cannot be retyped or edited here.
 * Only the points chosen for this case are in it.
 */
export const reportSnapshot = z.object({
  reportId: z.number().int().positive(),
  number: shortText,
  receivedVia: z.enum(RECEIVED_VIA),
  receivedOn: date,
  allegations: z.string().max(20_000),
  verifyingUnitId: z.number().int().positive(),
  verifyingUnit: shortText,
  concludedOn: date,
  conclusion: z.string().max(20_000),
  points: z.array(reportPoint).min(1).max(LIST_MAX),
});
export type ReportSnapshot = z.infer<typeof reportSnapshot>;

/** The referral of a malicious accuser, under `data.referral`: written by main when the referral record is opened. */
export const referralLink = z.object({ referralId: z.number().int().positive(), number: shortText });
export type ReferralLink = z.infer<typeof referralLink>;

/** 启动: how the case began (the report itself is `data.report`), and the cadre's wishes or application. */
export const initiationFields = z.object({
  /** Proposed by the handling department, or applied for in writing by the cadre. */
  origin: z.enum(['proposal', 'application']),
  /** A proposal: when and how the cadre was consulted, and what clearance they want. */
  consultation: z.object({ consultedOn: date, means: z.enum(CONSULTATION_MEANS), wishes: text }).optional(),
  /** An application: the untrue content the cadre names and the clearance they ask for. */
  application: z.object({ receivedOn: date, untrueContent: text, clearanceWanted: text }).optional(),
});

/** 核实评估: eligibility, impact, points to clear, methods and scope, and the nature of the report. */
export const assessmentFields = z.object({
  harms: z.array(z.enum(HARMS)).max(HARMS.length),
  /** The only effect came from interviews during the verification itself: not eligible. */
  onlyVerificationEffects: z.boolean(),
  /** Who knew of the report and where it spread. */
  impact: longText,
  pointsToClear: z.array(entryId).min(1).max(LIST_MAX),
  methods: z.array(z.enum(CLEARANCE_METHODS)).min(1).max(CLEARANCE_METHODS.length),
  /** "Within an appropriate scope": where. */
  scope: text,
  /** And to whom. */
  audience: text,
  reportNature: z.enum(REPORT_NATURES),
  natureReasoning: text,
});

/** 审批: the approval form, signed per cadre-management authority by the approver's action. */
export const approvalFields = z.object({
  formNo: shortText,
  /** The organ holding cadre-management authority over the cadre. */
  authority: shortText,
  submittedOn: date,
});

const implementation = z.object({
  method: z.enum(CLEARANCE_METHODS),
  carriedOutOn: date,
  place: shortText.optional(),
  /** Who chaired a clearance meeting. */
  chair: shortText.optional(),
  /** Who attended or received it: the attendees, the addressees of the letter, the people met. */
  participants: text,
  documentNo: shortText.optional(),
  note: optionalText,
});

const visit = z.object({
  visitedOn: date,
  mode: z.enum(['phone', 'inPerson']),
  visitor: shortText,
  /** How the cadre is doing: mood, work, how colleagues now see the matter. */
  cadreState: text,
  notes: optionalText,
});

/** 实施回访: notice of intended clearance, each method carried out, follow-up visits, filing. */
export const implementationFields = z.object({
  /** 拟澄清告知书, sent after approval and before the clearance itself. */
  intendedNotice: z.object({ sentOn: date, acknowledgedOn: date, cadreViews: optionalText }),
  implementations: z.array(implementation).min(1).max(LIST_MAX),
  visits: z.array(visit).max(LIST_MAX),
  filedOn: date,
});
