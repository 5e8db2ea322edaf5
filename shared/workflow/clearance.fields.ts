import { z } from 'zod';
import { date, entryId, longText, optionalText, shortText, text, uniqueIds, LIST_MAX } from './field-schemas';

/**
 * What verification concluded on one point of the report. Only 失实 (untrue) points can be cleared;
 * 未查实但不能排除 (unproven but not ruled out) is expressly not eligible.
 */
export const POINT_FINDINGS = ['untrue', 'true', 'partlyTrue', 'unproven'] as const;

/** 书面 / 当面 / 会议 / 通报. */
export const CLEARANCE_METHODS = ['written', 'inPerson', 'meeting', 'notice'] as const;
export type ClearanceMethod = (typeof CLEARANCE_METHODS)[number];

/** The harms that make a case eligible (DOMAIN: when it applies). */
export const HARMS = ['career', 'rights', 'repeatedReports', 'socialEffect'] as const;

/** 错告 (a mistaken report) or 诬告陷害 (malicious false accusation); 'undetermined' when the accuser cannot be judged. */
export const REPORT_NATURES = ['mistaken', 'malicious', 'undetermined'] as const;
export const ACCUSER_CATEGORIES = ['partyMember', 'publicOfficial', 'other'] as const;
export const REFERRAL_ROUTES = ['partyDiscipline', 'administrativeSanction', 'police', 'judicial'] as const;

const point = z.object({ id: entryId, summary: text, finding: z.enum(POINT_FINDINGS) });

/** 启动: the report, what verification concluded point by point, how the case began, the cadre's wishes. */
export const initiationFields = z.object({
  report: z.object({
    /** E.g. 信访举报, 12388, 上级转办. */
    source: shortText,
    receivedOn: date,
    allegations: longText,
  }),
  verification: z.object({ department: shortText, concludedOn: date, conclusion: longText }),
  points: z
    .array(point)
    .min(1)
    .max(LIST_MAX)
    .refine((ps) => uniqueIds(ps, (p) => p.id), { message: 'unique' }),
  /** Proposed by the handling department, or applied for in writing by the cadre. */
  origin: z.enum(['proposal', 'application']),
  /** 征求被举报人意见: when the cadre was consulted or applied, and what clearance they want. */
  cadreWishes: z.object({ recordedOn: date, wishes: text }),
});

const referral = z.object({
  accuserCategory: z.enum(ACCUSER_CATEGORIES),
  route: z.enum(REFERRAL_ROUTES),
  /** A finding of 诬告陷害 needs approval at prefecture level or above. */
  findingApprovedBy: shortText,
  referredOn: date.optional(),
  note: optionalText,
});

/** 核实评估: eligibility, impact, points to clear, methods and scope, and the nature of the report. */
export const assessmentFields = z.object({
  harms: z.array(z.enum(HARMS)).max(HARMS.length),
  /** The only effect came from interviews during the verification itself: not eligible. */
  onlyVerificationEffects: z.boolean(),
  impact: longText,
  pointsToClear: z.array(entryId).min(1).max(LIST_MAX),
  methods: z.array(z.enum(CLEARANCE_METHODS)).min(1).max(CLEARANCE_METHODS.length),
  /** "Within an appropriate scope": to whom and where. */
  scope: text,
  reportNature: z.enum(REPORT_NATURES),
  referral: referral.optional(),
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
  /** Who attended or received it. */
  participants: text,
  documentNo: shortText.optional(),
  note: optionalText,
});

const visit = z.object({ visitedOn: date, mode: z.enum(['phone', 'inPerson']), visitor: shortText, notes: text });

/** 实施回访: notice of intended clearance, each method carried out, follow-up visits, filing. */
export const implementationFields = z.object({
  /** 拟澄清告知书, sent after approval and before the clearance itself. */
  intendedNotice: z.object({ sentOn: date, acknowledgedOn: date.optional(), cadreViews: optionalText }),
  implementations: z.array(implementation).min(1).max(LIST_MAX),
  visits: z.array(visit).max(LIST_MAX),
  filedOn: date,
});
