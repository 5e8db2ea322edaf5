import { flow, tx, type Handlers } from '../handler';
import { startCaseFileExport } from '../case-file';
import { cancelJob, jobStatus, startLedgerExport } from '../exports';
import { startPackageExport, startPackageImport, startPackageInspect } from '../case-package';

/** Each starts a job and answers with its first status; `jobs.status` follows it. */
export const exportsHandlers = {
  'caseFile.export': flow<'caseFile.export'>(startCaseFileExport),
  'ledgers.export': flow<'ledgers.export'>(startLedgerExport),
  'packages.export': flow<'packages.export'>(startPackageExport),
  'packages.inspect': flow<'packages.inspect'>(startPackageInspect),
  'packages.import': flow<'packages.import'>(startPackageImport),
  'jobs.status': tx<'jobs.status'>((ctx, input) => jobStatus(ctx.state, input.id, ctx.session.userId)),
  'jobs.cancel': tx<'jobs.cancel'>((ctx, input) => cancelJob(ctx.state, input.id, ctx.session.userId)),
} satisfies Partial<Handlers>;
