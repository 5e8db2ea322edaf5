import type { CoreState } from '../core-state';
import { appendAudit } from '../audit/audit-log';
import { WORKFLOWS } from '../cases/workflow-tables';
import { getOffice } from '../repos/settings.repo';
import { flowContext, type FlowContext } from '../exports/flow-context';
import { openPaths } from '../exports/host-paths';
import { startJob } from '../exports/job-registry';
import { openPackage, packageErrorReason, type VerifiedPackage } from '../package';
import { AppError } from '../../shared/errors';
import type { JobStatus } from '../../shared/ipc/jobs.contract';
import { blobEntryName, blobsOf, CASE_ENTRY_PREFIX, CASE_PACKAGE_CONTENT, CASE_PACKAGE_FORMAT, caseRecord, type CaseRecord } from './case-record';
import { PACKAGE_EXTENSION } from './export-cases';
import { planImport } from './import-plan';

/** What a verified package leaves for the import: the open package and its case records, read and checked. */
export interface InspectedPackage {
  pkg: VerifiedPackage;
  records: CaseRecord[];
  meta: VerifiedPackage['meta'];
  file: string;
  close(): Promise<void>;
}

const MAX_CASE_JSON = 64 * 1024 * 1024;

function formatError(detail: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('PACKAGE_FORMAT', { detail, ...params });
}

/** Step data must fit the step's fields as this program knows them, as if an officer had saved it here. */
function checkStepData(record: CaseRecord): void {
  const table = WORKFLOWS[record.kind];
  for (const step of table.steps) {
    const value = record.data[step.key];
    if (value === undefined) continue;
    if (!step.fields.partial().safeParse(value).success) throw formatError('step data does not fit the procedure', { number: record.number, step: step.key });
  }
}

/**
 * Every case record parsed and checked, and every blob it names present in the manifest with the
 * same size: a package whose records and contents disagree was altered after it was sealed.
 */
async function readRecords(pkg: VerifiedPackage): Promise<CaseRecord[]> {
  if (pkg.meta.content !== CASE_PACKAGE_CONTENT) throw formatError('not a case package');
  const listed = new Map(pkg.manifest.entries.map((e) => [e.name, e]));
  const records: CaseRecord[] = [];
  const referenced = new Set<string>();
  for (const entry of pkg.manifest.entries) {
    if (!entry.name.startsWith(CASE_ENTRY_PREFIX)) continue;
    const parsed = caseRecord.safeParse(await pkg.readJson(entry.name, MAX_CASE_JSON));
    if (!parsed.success) throw formatError('case record', { entry: entry.name, at: parsed.error.issues[0]?.path.join('.') ?? '' });
    const record = parsed.data;
    checkStepData(record);
    for (const blob of blobsOf(record)) {
      const found = listed.get(blobEntryName(blob.sha256));
      if (!found || found.sha256 !== blob.sha256 || found.size !== blob.size) {
        throw new AppError('PACKAGE_TAMPERED', { detail: 'a case refers to a file the package does not hold as described', number: record.number });
      }
      referenced.add(found.name);
    }
    for (const a of record.attachments) if (a.blob && (a.blob.sha256 !== a.sha256 || a.blob.size !== a.size)) throw new AppError('PACKAGE_TAMPERED', { detail: 'attachment hash', number: record.number });
    records.push(record);
  }
  for (const name of listed.keys()) if (!name.startsWith(CASE_ENTRY_PREFIX) && !referenced.has(name)) throw formatError('an entry no case refers to', { entry: name });
  if (!records.length) throw formatError('no cases');
  return records;
}

/** A refused package is a security event: the log keeps who tried to bring in what, and why it was refused. */
function auditRefusal(ctx: FlowContext, file: string, err: unknown): void {
  const code = err instanceof AppError ? err.code : 'INTERNAL';
  if (!packageErrorReason(err) && code !== 'CASE_NUMBER_TAKEN' && code !== 'CATALOG_MISMATCH') return;
  try {
    ctx.stillOpen();
    ctx.db.transaction(() =>
      appendAudit(ctx.db, {
        actorId: ctx.session.userId,
        actorName: ctx.session.displayName,
        action: 'packages.inspect',
        recordType: 'package',
        recordId: null,
        result: 'refused',
        detail: { code, path: file, detail: err instanceof AppError ? String(err.params.detail ?? '') : '' },
      }),
    )();
  } catch {
    // The session ended meanwhile; the refusal itself still reaches the screen.
  }
}

/** Opens the package and verifies all of it, reads its cases, and compares them with the cases here. Writes no case data. */
export async function startPackageInspect(state: CoreState, input: { path?: string; passphrase: string }): Promise<JobStatus> {
  let ctx = flowContext(state);
  const [file] = await openPaths(state, input.path ? [input.path] : undefined, false, [PACKAGE_EXTENSION]);
  ctx = flowContext(state);
  return startJob(state, ctx.session.userId, 'packageInspect', async (control) => {
    let pkg: VerifiedPackage | undefined;
    try {
      control.progress('verify', 0, 0);
      pkg = await openPackage(file!, input.passphrase, {
        formatVersions: [CASE_PACKAGE_FORMAT],
        onProgress: (done, total) => control.progress('verify', done, total),
      });
      const records = await readRecords(pkg);
      control.progress('preview', 0, records.length);
      ctx.stillOpen();
      const plan = planImport(ctx.db, records, getOffice(ctx.db).name, ctx.session.userId);
      const opened = pkg;
      const inspected: InspectedPackage = { pkg: opened, records, meta: opened.meta, file: file!, close: () => opened.close() };
      control.hold(inspected);
      const bytes = pkg.manifest.entries.reduce((n, e) => n + e.size, 0);
      return {
        kind: 'packageInspect' as const,
        office: pkg.meta.office,
        exportedAt: pkg.meta.exportedAt,
        exportedBy: pkg.meta.exportedBy,
        formatVersion: pkg.meta.formatVersion,
        bytes,
        cases: plan.cases.map((c) => ({
          originOffice: c.record.originOffice,
          number: c.record.number,
          caseKind: c.record.kind,
          cadreName: c.record.cadre.name,
          unitName: c.record.unitName,
          status: c.status,
          localId: c.localId,
          events: c.record.events.length,
          documents: c.record.documents.length,
          attachments: c.record.attachments.length,
        })),
        newUnits: plan.newUnits,
      };
    } catch (e) {
      await pkg?.close().catch(() => undefined);
      auditRefusal(ctx, file!, e);
      throw e;
    }
  });
}
