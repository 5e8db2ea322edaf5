import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { AUDIT_RETENTION_FLOOR_DAYS } from '../../shared/ipc/audit.contract';
import type { Locale } from '../../shared/i18n';
import { flow, tx, type Handlers } from '../handler';
import type { CoreState } from '../core-state';
import type { Db } from '../db/database';
import { signedIn } from '../auth/session-info';
import { appendAudit, chainHead, verifyAudit } from '../audit/audit-log';
import { auditTitle, writeAuditXlsx } from '../audit/audit-export';
import { checkAuditXlsx } from '../audit/audit-export-check';
import { archiveAnchor, archivableThrough, moveArchiveAnchor, retentionDays, setRetentionDays } from '../audit/audit-archive';
import { checkExportPath } from '../audit/export-path';
import { auditRowsFor, listAudit, type AuditFilter } from '../repos/audit.repo';

function auditSettings(db: Db, now: number) {
  return {
    retentionDays: retentionDays(db),
    minRetentionDays: AUDIT_RETENTION_FLOOR_DAYS,
    archivedThrough: archiveAnchor(db),
    archivable: archivableThrough(db, now).count,
  };
}

/** The path the caller gave, or the one the host's save dialog returns; null when the officer cancels. */
async function targetPath(state: CoreState, given: string | undefined, suggestedName: string): Promise<string | null> {
  const chosen = given ?? (state.host.chooseSavePath ? await state.host.chooseSavePath({ suggestedName, extensions: ['xlsx'] }) : undefined);
  if (chosen === undefined) throw new AppError('INVALID_INPUT', {}, ['path']);
  if (chosen === null) return null;
  return checkExportPath(chosen, state.paths.dir, '.xlsx');
}

const stamp = (state: CoreState) => new Date(state.now()).toISOString();

/**
 * Records a file the trail was written to. The file is already complete and in place; if the entry
 * cannot be written the file goes, so no copy of the trail exists that the trail does not mention.
 */
function recordFile(state: CoreState, file: string, entry: (db: Db) => void): void {
  const { db } = signedIn(state);
  try {
    db.transaction(() => entry(db))();
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
}

type ExportInput = Parameters<Handlers['audit.export']['run']>[1];

async function exportAudit(state: CoreState, input: ExportInput) {
  const { session, db } = signedIn(state);
  const { path: given, locale = 'zh-CN', ...filter } = input;
  const target = await targetPath(state, given, `审计日志-${stamp(state).slice(0, 10)}.xlsx`);
  if (target === null) return null;
  // The head is fixed before writing: the rows are those at or before it, whatever is appended meanwhile.
  const head = chainHead(db);
  const written = await writeAuditXlsx(target, auditRowsFor(db, filter as AuditFilter, head?.seq ?? 0), auditTitle('export', locale as Locale, stamp(state), head), locale as Locale);
  const result = { path: written.path, rows: written.rows, headSeq: head?.seq ?? null, headHash: head?.hash ?? null, fileSha256: written.fileSha256 };
  recordFile(state, written.path, (tdb) =>
    appendAudit(tdb, {
      actorId: session.userId,
      actorName: session.displayName,
      action: 'audit.export',
      recordType: 'audit',
      recordId: head ? String(head.seq) : null,
      result: 'ok',
      detail: { filter: { ...filter, seqs: filter.seqs?.length }, rows: result.rows, headSeq: result.headSeq, headHash: result.headHash, fileSha256: result.fileSha256, file: path.basename(written.path) },
    }),
  );
  return result;
}

type ArchiveInput = Parameters<Handlers['audit.archive']['run']>[1];

async function archiveAudit(state: CoreState, input: ArchiveInput) {
  const { session, db } = signedIn(state);
  const locale = (input.locale ?? 'zh-CN') as Locale;
  // Archiving removes rows from the live table: never on the strength of a chain that does not hold.
  const check = verifyAudit(db);
  if (!check.ok) throw new AppError('AUDIT_CHAIN_BROKEN', { brokenAt: check.brokenAt ?? 0 });
  const { throughSeq } = archivableThrough(db, state.now());
  if (throughSeq === null) throw new AppError('AUDIT_NOTHING_TO_ARCHIVE');
  const target = await targetPath(state, input.path, `审计日志归档-至${throughSeq}.xlsx`);
  if (target === null) return null;

  const through = db.prepare('SELECT seq, hash FROM audit_log WHERE seq = ?').get(throughSeq) as { seq: number; hash: string };
  const written = await writeAuditXlsx(target, auditRowsFor(db, {}, throughSeq), auditTitle('archive', locale, stamp(state), through), locale);
  const anchor = { seq: through.seq, hash: through.hash, at: stamp(state), rows: written.rows, fileSha256: written.fileSha256 };
  recordFile(state, written.path, (tdb) => {
    moveArchiveAnchor(tdb, anchor);
    appendAudit(tdb, {
      actorId: session.userId,
      actorName: session.displayName,
      action: 'audit.archive',
      recordType: 'audit',
      recordId: String(through.seq),
      result: 'ok',
      detail: { throughSeq: through.seq, throughHash: through.hash, rows: written.rows, fileSha256: written.fileSha256, file: path.basename(written.path) },
    });
  });
  const head = chainHead(db);
  return { path: written.path, rows: written.rows, headSeq: head?.seq ?? null, headHash: head?.hash ?? null, fileSha256: written.fileSha256, throughSeq: through.seq };
}

export const auditHandlers = {
  'audit.list': tx<'audit.list'>((ctx, input) => listAudit(ctx.db, input)),
  'audit.verify': tx<'audit.verify'>((ctx) => verifyAudit(ctx.db)),
  'audit.export': flow<'audit.export'>(exportAudit),
  'audit.checkFile': flow<'audit.checkFile'>(async (_state, input) => {
    if (!path.isAbsolute(input.path) || input.path.includes('\0')) throw new AppError('AUDIT_FILE_UNREADABLE', {}, ['path']);
    const r = await checkAuditXlsx(input.path);
    return { ok: r.ok, rows: r.rows, brokenAt: r.brokenAt, firstSeq: r.firstSeq, lastSeq: r.last?.seq ?? null, lastHash: r.last?.hash ?? null, consecutive: r.consecutive, title: r.title };
  }),
  'audit.settings': tx<'audit.settings'>((ctx) => auditSettings(ctx.db, ctx.state.now())),
  'audit.updateSettings': tx<'audit.updateSettings'>((ctx, input) => {
    setRetentionDays(ctx.db, input.retentionDays);
    ctx.record('settings', 'audit.retentionDays', { retentionDays: input.retentionDays });
    return auditSettings(ctx.db, ctx.state.now());
  }),
  'audit.archive': flow<'audit.archive'>(archiveAudit),
} satisfies Partial<Handlers>;
