import { clearanceFields } from '../../../shared/workflow';

/**
 * The ledger tags main keeps in a clearance case's `situations` (method:<m>, nature:<n>, referral,
 * visited), as the list filters by them; labelled by the caller.
 */
export const CLEARANCE_TAGS: readonly string[] = [
  ...clearanceFields.CLEARANCE_METHODS.map((m) => `method:${m}`),
  ...clearanceFields.REPORT_NATURES.map((n) => `nature:${n}`),
  'referral',
  'visited',
];

/** How a finished clearance case ended, as main records it. */
export const CLEARANCE_OUTCOMES = ['cleared', 'refused', 'notEligible', 'notApproved', 'withdrawn'] as const;
