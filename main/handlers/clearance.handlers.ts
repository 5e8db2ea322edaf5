import { tx, type Handlers } from '../handler';
import {
  approveReferral,
  createReferral,
  createReport,
  listReferralPage,
  listReportPage,
  openClearance,
  referralDetail,
  reportDetail,
  updateReferral,
  updateReportRecord,
} from '../clearance';

export const clearanceHandlers = {
  'reports.list': tx<'reports.list'>((ctx, input) => listReportPage(ctx, input)),
  'reports.get': tx<'reports.get'>((ctx, input) => {
    const report = reportDetail(ctx, input.id);
    // The read is on the trail (auditRead), and so is whether it showed who reported.
    ctx.record('report', report.id, { number: report.number, reporterShown: report.reporter.name !== null });
    return report;
  }),
  'reports.create': tx<'reports.create'>((ctx, input) => createReport(ctx, input)),
  'reports.update': tx<'reports.update'>((ctx, input) => updateReportRecord(ctx, input)),
  'clearance.open': tx<'clearance.open'>((ctx, input) => openClearance(ctx, input)),
  'referrals.list': tx<'referrals.list'>((ctx, input) => listReferralPage(ctx, input)),
  'referrals.get': tx<'referrals.get'>((ctx, input) => {
    const referral = referralDetail(ctx, input.id);
    ctx.record('referral', referral.id, { number: referral.number });
    return referral;
  }),
  'referrals.create': tx<'referrals.create'>((ctx, input) => createReferral(ctx, input)),
  'referrals.update': tx<'referrals.update'>((ctx, input) => updateReferral(ctx, input)),
  'referrals.approve': tx<'referrals.approve'>((ctx, input) => approveReferral(ctx, input)),
} satisfies Partial<Handlers>;
