/**
 * 澄清正名 records beside the generic case service: reports (检举控告) with their points and findings,
 * clearance cases opened from a report's 失实 points, and referrals of malicious accusers (诬告陷害).
 * The cases themselves run on the shared procedure engine through main/cases.
 */
export { createReport, updateReportRecord, reportDetail, listReportPage } from './report.service';
export { openClearance } from './clearance-opening';
export { createReferral, updateReferral, approveReferral, referralDetail, listReferralPage } from './referral.service';
