import { Readable } from 'node:stream';
import type { CoreState } from '../core-state';
import { appendAudit } from '../audit/audit-log';
import { eachListedCase } from '../cases/case.repo';
import { listScope } from '../cases/case.service';
import { getOffice } from '../repos/settings.repo';
import { blobPieces, caseForUser } from '../attachments';
import { flowContext, isoNow, type FlowContext } from '../exports/flow-context';
import { safeFileName, savePath } from '../exports/host-paths';
import { startJob, type JobControl } from '../exports/job-registry';
import { pendingOutput, unwritable } from '../exports/output-file';
import { exportPackage, type PackageEntrySource } from '../package';
import { AppError } from '../../shared/errors';
import { CASE_KINDS, type CaseKind } from '../../shared/ipc/cases.contract';
import { isStrongPassphrase, PACKAGE_PASSPHRASE_MIN } from '../../shared/ipc/exports.contract';
import type { JobStatus } from '../../shared/ipc/jobs.contract';
import { blobEntryName, CASE_ENTRY_PREFIX, CASE_PACKAGE_CONTENT, CASE_PACKAGE_FORMAT, type CaseRecord } from './case-record';
import { localCaseRecord, type LocalBlob } from './local-case-record';

export const PACKAGE_EXTENSION = 'qzp';
/** The audit entry names the cases a package took out, up to this many; the count is always there. */
const AUDITED_NUMBERS = 500;

export function requireStrongPassphrase(passphrase: string): void {
  if (!isStrongPassphrase(passphrase)) throw new AppError('PACKAGE_WEAK_PASSPHRASE', { min: PACKAGE_PASSPHRASE_MIN }, ['passphrase']);
}

/** The ids to export: the ones chosen (each checked against the user's scope), or every case in scope. */
function chosenCases(ctx: FlowContext, input: { caseIds?: number[]; kind?: CaseKind }): number[] {
  if (input.caseIds) {
    const ids = [...new Set(input.caseIds)];
    for (const id of ids) caseForUser(ctx, id);
    return ids;
  }
  const scope = listScope(ctx);
  const ids: number[] = [];
  for (const kind of input.kind ? [input.kind] : CASE_KINDS)
    for (const batch of eachListedCase(ctx.db, { kind, sort: 'number', order: 'asc' }, scope)) ids.push(...batch.map((r) => r.id));
  if (!ids.length) throw new AppError('NOT_FOUND', {}, ['caseIds']);
  return ids;
}

function entries(ctx: FlowContext, control: JobControl, records: CaseRecord[], blobs: LocalBlob[]): Generator<PackageEntrySource> {
  return (function* () {
    for (const [i, record] of records.entries()) {
      const json = Buffer.from(JSON.stringify(record), 'utf8');
      yield { name: `${CASE_ENTRY_PREFIX}${String(i + 1).padStart(5, '0')}.json`, size: json.length, open: () => Readable.from([json]) };
    }
    for (const blob of blobs) {
      yield {
        name: blobEntryName(blob.sha256),
        size: blob.size,
        compress: blob.compress,
        open: () =>
          (async function* () {
            for (const piece of blobPieces(ctx.db, blob.blobId)) {
              control.checkCancelled();
              ctx.stillOpen();
              yield piece;
              // Let the zip and the cipher drain before the next megabyte is read.
              await new Promise<void>((resolve) => setImmediate(resolve));
            }
          })(),
      };
    }
  })();
}

/**
 * Reads the chosen cases whole at the start (so the package shows them at one moment), then seals
 * them with their documents and attachments in a job. The file takes its name only once the audit
 * log records what left.
 */
export async function startPackageExport(state: CoreState, input: { caseIds?: number[]; kind?: CaseKind; passphrase: string; path?: string }): Promise<JobStatus> {
  requireStrongPassphrase(input.passphrase);
  let ctx = flowContext(state);
  const office = getOffice(ctx.db);
  chosenCases(ctx, input);
  const stamp = new Date(state.now()).toISOString().slice(0, 10);
  const target = await savePath(state, input.path, `${safeFileName(`${office.name}案件交换包-${stamp}`)}.${PACKAGE_EXTENSION}`, [PACKAGE_EXTENSION]);
  ctx = flowContext(state);
  const ids = chosenCases(ctx, input);
  const records: CaseRecord[] = [];
  const blobs = new Map<string, LocalBlob>();
  for (const id of ids) {
    const local = localCaseRecord(ctx.db, id, office.name);
    records.push(local.record);
    for (const b of local.blobs) blobs.set(b.sha256, b);
  }
  const meta = {
    office: office.name,
    officeCode: office.code,
    exportedAt: isoNow(ctx),
    exportedBy: ctx.session.displayName,
    formatVersion: CASE_PACKAGE_FORMAT,
    content: CASE_PACKAGE_CONTENT,
    cases: records.length,
  };
  const totalBytes = [...blobs.values()].reduce((n, b) => n + b.size, 0);

  return startJob(state, ctx.session.userId, 'packageExport', async (control) => {
    control.progress('write', 0, totalBytes);
    const out = pendingOutput(target);
    let written;
    try {
      written = await exportPackage({
        outFile: out.partial,
        passphrase: input.passphrase,
        meta,
        entries: entries(ctx, control, records, [...blobs.values()]),
        onProgress: (done, total) => control.progress('write', done, total),
        kdf: state.kdf,
      });
    } catch (e) {
      await out.discard();
      throw unwritable(target, e);
    }
    const documents = records.reduce((n, r) => n + r.documents.length, 0);
    const attachments = records.reduce((n, r) => n + r.attachments.length, 0);
    try {
      ctx.stillOpen();
      ctx.db.transaction(() =>
        appendAudit(ctx.db, {
          actorId: ctx.session.userId,
          actorName: ctx.session.displayName,
          action: 'packages.export',
          recordType: 'package',
          recordId: null,
          result: 'ok',
          detail: { cases: records.length, numbers: records.slice(0, AUDITED_NUMBERS).map((r) => r.number), documents, attachments, bytes: written.bytes, path: target },
        }),
      )();
    } catch (e) {
      await out.discard();
      throw e;
    }
    await out.commit();
    return { kind: 'packageExport' as const, path: target, bytes: written.bytes, cases: records.length, documents, attachments };
  });
}
