import { AppError } from '../../shared/errors';
import { flow, tx, type Handlers } from '../handler';
import type { CoreState } from '../core-state';
import { signedIn } from '../auth/session-info';
import {
  backupReminder,
  commitRestore,
  currentDbId,
  findLatestBackup,
  inspectBackup,
  jobsOf,
  reminderDays,
  setReminderDays,
  startBackup,
  startRestore,
} from '../backup';

/** The folder from the input, or from the host's folder dialog; null when the officer cancels it. */
async function chooseFolder(state: CoreState, given: string | undefined): Promise<string | null> {
  if (given !== undefined) return given;
  if (!state.host.chooseFolder) throw new AppError('INVALID_INPUT', {}, ['folder']);
  return state.host.chooseFolder();
}

export const backupHandlers = {
  'backup.start': flow<'backup.start'>(async (state, input) => {
    const folder = await chooseFolder(state, input.folder);
    if (folder === null) return { cancelled: true as const };
    return { jobId: startBackup(state, folder) };
  }),

  'backup.status': flow<'backup.status'>(async (state, input) => {
    const jobs = jobsOf(state);
    jobs.flushAudit(state);
    const job = jobs.find(input.jobId);
    if (!job) throw new AppError('NOT_FOUND');
    return job.status();
  }),

  'backup.inspect': flow<'backup.inspect'>(async (state, input) => {
    const folder = await chooseFolder(state, input.folder);
    if (folder === null) return { cancelled: true as const };
    return inspectBackup(state, folder);
  }),

  'backup.latest': flow<'backup.latest'>(async (state) => ({ backup: findLatestBackup(state.paths.dir, currentDbId(state)) })),

  'backup.reminder': tx<'backup.reminder'>((ctx) => {
    jobsOf(ctx.state).flushAudit(ctx.state);
    return backupReminder(ctx.state, ctx.db);
  }),

  'backup.configure': tx<'backup.configure'>((ctx, input) => {
    setReminderDays(ctx.db, input.reminderDays);
    ctx.record('settings', 'backup.reminderDays', input);
    return { reminderDays: reminderDays(ctx.db) };
  }),

  'backup.restore': flow<'backup.restore'>(async (state, input) => {
    const { session } = signedIn(state);
    const request = { ...input, username: session.username };
    try {
      return { jobId: await startRestore(state, request, { kind: 'session', userId: session.userId, displayName: session.displayName }) };
    } catch (err) {
      // A refused restore is a security event (a wrong password against a backup, a tampered folder): on the record.
      if (state.session?.userId === session.userId)
        jobsOf(state).audit(state, {
          actorId: session.userId,
          actorName: session.displayName,
          action: 'backup.restore',
          recordType: 'backup',
          result: 'refused',
          detail: { code: err instanceof AppError ? err.code : 'INTERNAL', folder: input.folder },
        });
      throw err;
    }
  }),

  'backup.restoreAtStart': flow<'backup.restoreAtStart'>(async (state, input) => ({ jobId: await startRestore(state, input, { kind: 'start' }) })),

  'backup.restoreCommit': flow<'backup.restoreCommit'>(async (state, input) => commitRestore(state, input.jobId)),

  'backup.restoreCancel': flow<'backup.restoreCancel'>(async (state, input) => {
    const job = jobsOf(state).find(input.jobId);
    if (!job || job.kind !== 'restore') throw new AppError('NOT_FOUND');
    job.finish('cancelled');
    return { done: true as const };
  }),
} satisfies Partial<Handlers>;
