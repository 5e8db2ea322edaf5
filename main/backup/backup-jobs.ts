import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { BackupJobStatus, BackupReport, RestoreReport } from '../../shared/ipc/backup.contract';
import type { AuditEntryInput } from '../audit/audit-log';
import { appendAudit } from '../audit/audit-log';
import type { CoreState } from '../core-state';

type Phase = BackupJobStatus['phase'];
type JobState = BackupJobStatus['state'];

/** Finished jobs kept for the screen to read back; older ones are forgotten. */
const KEEP_FINISHED = 20;

/**
 * One backup, or one restore's verification, running beside the router. The screen polls it by id;
 * what it holds that is secret (a restore's data key) lives in `release`, which zeroes it.
 */
export class BackupJob {
  readonly id = randomUUID();
  state: JobState = 'running';
  doneBytes = 0;
  totalBytes = 0;
  backup: BackupReport | null = null;
  restore: RestoreReport | null = null;
  error: AppError | null = null;
  /** Drops whatever the job still holds (keys, staged files, timers); runs once. */
  private cleanup: (() => void) | null = null;

  constructor(
    readonly kind: 'backup' | 'restore',
    public phase: Phase,
  ) {}

  get active(): boolean {
    return this.state === 'running' || this.state === 'verified';
  }

  setPhase(phase: Phase, totalBytes?: number): void {
    this.phase = phase;
    if (totalBytes !== undefined) this.totalBytes = totalBytes;
  }

  holdUntilDone(cleanup: () => void): void {
    this.cleanup = cleanup;
  }

  /** Ends the job once; a job already ended (a cancelled restore whose copying then fails) keeps its first ending. */
  finish(state: 'done' | 'failed' | 'cancelled', error: unknown = null): void {
    if (!this.active) return;
    this.state = state;
    if (state === 'failed') this.error = asAppError(error);
    if (state === 'done') this.doneBytes = this.totalBytes;
    const cleanup = this.cleanup;
    this.cleanup = null;
    try {
      cleanup?.();
    } catch {
      // A staging folder that cannot be removed now is removed at the next start.
    }
  }

  status(): BackupJobStatus {
    const percent = this.state === 'done' || this.state === 'verified' ? 100 : this.totalBytes > 0 ? Math.min(99, Math.floor((this.doneBytes / this.totalBytes) * 100)) : 0;
    return {
      jobId: this.id,
      kind: this.kind,
      state: this.state,
      phase: this.phase,
      percent,
      doneBytes: Math.min(this.doneBytes, this.totalBytes),
      totalBytes: this.totalBytes,
      backup: this.backup,
      restore: this.restore,
      error: this.error ? this.error.toPayload() : null,
    };
  }
}

/** The jobs of one core. Only one may be active: a restore must not swap files under a running backup, nor the reverse. */
export class BackupJobs {
  private readonly jobs = new Map<string, BackupJob>();
  /** Audit entries of jobs that ended while the database was closed (the session locked mid-backup). */
  private readonly pendingAudit: AuditEntryInput[] = [];

  start(kind: 'backup' | 'restore', phase: Phase): BackupJob {
    this.assertIdle();
    const job = new BackupJob(kind, phase);
    this.jobs.set(job.id, job);
    const finished = [...this.jobs.values()].filter((j) => !j.active);
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(old.id);
    return job;
  }

  assertIdle(): void {
    if ([...this.jobs.values()].some((j) => j.active)) throw new AppError('BACKUP_BUSY');
  }

  find(id: string): BackupJob | null {
    return this.jobs.get(id) ?? null;
  }

  /** Writes the entry now if the database is open, or as soon as a later call finds it open. */
  audit(state: CoreState, entry: AuditEntryInput): void {
    // Stamped now, like every other entry, even if it is written later.
    this.pendingAudit.push({ at: new Date().toISOString(), ...entry });
    this.flushAudit(state);
  }

  /** Never throws: it runs at the end of background jobs, where a throw would be an unhandled rejection. */
  flushAudit(state: CoreState): void {
    const { db } = state;
    if (!db || !this.pendingAudit.length) return;
    try {
      db.transaction(() => {
        for (const e of this.pendingAudit) appendAudit(db, e);
      })();
      this.pendingAudit.length = 0;
    } catch {
      // Kept, and tried again by the next call that finds the database open.
    }
  }
}

const registry = new WeakMap<CoreState, BackupJobs>();

export function jobsOf(state: CoreState): BackupJobs {
  let jobs = registry.get(state);
  if (!jobs) registry.set(state, (jobs = new BackupJobs()));
  return jobs;
}

/** A file-system failure (full disk, drive pulled out, I/O error) becomes a message an officer can act on; anything else stays internal. */
export function asAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const errno = typeof (e as NodeJS.ErrnoException | null)?.code === 'string';
  const err = new AppError(errno ? 'BACKUP_WRITE_FAILED' : 'INTERNAL');
  err.cause = e;
  return err;
}
