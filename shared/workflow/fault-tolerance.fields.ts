import { z } from 'zod';
import { count, date, entryId, longText, optionalText, shortText, text, LIST_MAX } from './field-schemas';

/** 免予问责 / 不予问责 / 从轻 / 减轻 / 不予容错. */
export const FAULT_TOLERANCE_OUTCOMES = ['exempt', 'noAccountability', 'lighter', 'reduced', 'notTolerated'] as const;
export type FaultToleranceOutcome = (typeof FAULT_TOLERANCE_OUTCOMES)[number];
/** The outcomes that grant some tolerance: an exclusion or a failed condition rules all of them out. */
export const TOLERATED_OUTCOMES: readonly FaultToleranceOutcome[] = ['exempt', 'noAccountability', 'lighter', 'reduced'];
export const outcome = z.enum(FAULT_TOLERANCE_OUTCOMES);

export const APPLICANT_KINDS = ['cadre', 'unit', 'exOfficio'] as const;

/** 申请受理: who applies, what they claim, which situations they invoke. */
export const applicationFields = z.object({
  receivedOn: date,
  applicantKind: z.enum(APPLICANT_KINDS),
  /** The cadre, the unit, or the organ acting on its own initiative. */
  applicantName: shortText,
  /** The accountability the application is made within: applications come after it starts and before it is decided. */
  accountabilityMatter: text,
  factsClaimed: longText,
  situationsInvoked: z.array(entryId).min(1).max(20),
});

/** The six factors every ruling weighs together (综合分析). */
export const FACTORS = ['motive', 'conditions', 'procedure', 'nature', 'consequences', 'lossRecovered'] as const;
/** The three distinctions (三个区分开来), in DOMAIN.md's order. */
export const DISTINCTIONS = ['inexperienceVsKnowing', 'trialVsBan', 'developmentVsGain'] as const;
/** `fault`: the mistake side of the distinction (may be tolerated); `violation`: the other side. */
export const DISTINCTION_FINDINGS = ['fault', 'violation', 'notApplicable'] as const;

const distinctionAnswer = z.object({ finding: z.enum(DISTINCTION_FINDINGS), reasoning: text });
/** A condition or exclusion, checked one by one with a note. */
const checkAnswer = z.object({ holds: z.boolean(), note: text });

/** 调查核实: facts, evidence, the factors, the distinctions, every condition and exclusion, a proposal. */
export const investigationFields = z.object({
  facts: longText,
  evidence: z.array(z.object({ title: shortText, note: optionalText })).min(1).max(LIST_MAX),
  factors: z.object(Object.fromEntries(FACTORS.map((f) => [f, text])) as Record<(typeof FACTORS)[number], typeof text>),
  distinctions: z.object(
    Object.fromEntries(DISTINCTIONS.map((d) => [d, distinctionAnswer])) as Record<(typeof DISTINCTIONS)[number], typeof distinctionAnswer>,
  ),
  /** Keyed by catalog id; the catalog in force decides which ids must be there. */
  conditions: z.record(entryId, checkAnswer),
  exclusions: z.record(entryId, checkAnswer),
  catalogVersion: z.number().int().min(1),
  proposedOutcome: outcome,
});

const meeting = z
  .object({
    /** E.g. 纪委常委会. */
    body: shortText,
    heldOn: date,
    attendees: z.array(shortText).min(1).max(LIST_MAX),
    decidedBy: z.enum(['consensus', 'vote']),
    votes: z.object({ for: count, against: count, abstain: count }).optional(),
  })
  .refine((m) => m.decidedBy !== 'vote' || m.votes !== undefined, { path: ['votes'], message: 'votes' });

/** 研究认定: the collective meeting, its outcome and reasoning, and the correction order that always comes with it. */
export const rulingFields = z.object({
  meeting,
  /** Major matters go on to the Party committee. */
  referredToPartyCommittee: z.boolean(),
  outcome,
  situationsApplied: z.array(entryId).max(20),
  /** Names the situation when an open-ended catalog entry ("other situations") is applied. */
  situationExplained: optionalText,
  catalogVersion: z.number().int().min(1),
  reasoning: longText,
  correctionOrder: z.object({ measures: text, dueOn: date, responsible: shortText }),
  /** 认定意见书 document number. */
  documentNo: shortText,
});

const sent = z.object({ sentOn: date, documentNo: shortText.optional() });

/** 反馈运用: feedback, notice, filing, and the correction checked to completion. */
export const feedbackFields = z.object({
  resultToApplicant: sent,
  resultToUnit: sent,
  noticeToOrganizationDepartment: sent,
  filing: z.object({ filedWith: shortText, filedOn: date }),
  correctionCheck: z.object({ checkedOn: date, completed: z.boolean(), note: text }),
  /** How the result is applied: assessments, promotion and awards are not affected by a tolerance ruling. */
  resultApplied: optionalText,
});

export const REVIEW_DECISIONS = ['upheld', 'revised'] as const;

/** 申诉复核: the appeal and the review's decision. */
export const reviewFields = z.object({
  appellant: shortText,
  grounds: longText,
  findings: longText,
  decision: z.enum(REVIEW_DECISIONS),
  decidedOn: date,
});

/** What an appeal is filed with: the grounds, and the day it was received (the appeal period is judged on it). */
export const appealInput = z.object({ reason: text, receivedOn: date }).strict();
