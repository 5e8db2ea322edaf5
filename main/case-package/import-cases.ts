import type { CoreState } from '../core-state';
import type { Db } from '../db/database';
import { appendAudit } from '../audit/audit-log';
import { appendEvent, indexCase, insertCase, setOriginOffice, updateCase } from '../cases/case.repo';
import { insertCadre } from '../cases/cadre.repo';
import { inDataScope, visibleUnits } from '../cases/unit-scope';
import { createUnit } from '../repos/units.repo';
import { getOffice } from '../repos/settings.repo';
import { appendChunk, CHUNK_BYTES, discardStaged, insertAttachment, restoreRemoval, stageBlob, storeBlob } from '../attachments';
import { insertDocument, markSuperseded } from '../documents';
import { flowContext, isoNow, type FlowContext } from '../exports/flow-context';
import { startJob, takeHeld, type JobControl } from '../exports/job-registry';
import { AppError } from '../../shared/errors';
import type { JobStatus } from '../../shared/ipc/jobs.contract';
import type { HistoryEntry } from '../../shared/workflow/types';
import type { RenderedDocument } from '../../shared/documents';
import { blobEntryName, IMPORT_ACTION, type CaseRecord } from './case-record';
import { planImport, type PlannedCase } from './import-plan';
import type { InspectedPackage } from './inspect-package';

/** Which staged blob holds the bytes of each document and attachment of each case. */
type StagedBlobs = Map<string, number>;
const docKey = (c: number, key: number) => `${c}:d:${key}`;
const attKey = (c: number, i: number) => `${c}:a:${i}`;

/**
 * Streams each file the new cases need from the verified package into a staged blob, in pieces of
 * CHUNK_BYTES. Staged bytes are not case data: they become so in the one transaction that follows,
 * or are discarded. The package checks each entry's hash again as it is read.
 */
async function stageFiles(ctx: FlowContext, control: JobControl, held: InspectedPackage, todo: PlannedCase[], staged: StagedBlobs): Promise<void> {
  const wanted: { key: string; sha256: string; size: number }[] = [];
  todo.forEach((c, ci) => {
    for (const d of c.record.documents) wanted.push({ key: docKey(ci, d.key), ...d.blob });
    c.record.attachments.forEach((a, ai) => a.blob && wanted.push({ key: attKey(ci, ai), ...a.blob }));
  });
  const total = wanted.reduce((n, w) => n + w.size, 0);
  let done = 0;
  control.progress('stage', 0, total);
  for (const w of wanted) {
    ctx.stillOpen();
    const blobId = stageBlob(ctx.db, isoNow(ctx));
    staged.set(w.key, blobId);
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = () => {
      if (!pendingBytes) return;
      ctx.stillOpen();
      const piece = Buffer.concat(pending, pendingBytes);
      appendChunk(ctx.db, blobId, offset, piece);
      offset += piece.length;
      pending = [];
      pendingBytes = 0;
    };
    for await (const piece of held.pkg.read(blobEntryName(w.sha256))) {
      pending.push(piece);
      pendingBytes += piece.length;
      done += piece.length;
      if (pendingBytes >= CHUNK_BYTES) flush();
      control.progress('stage', done, total);
    }
    flush();
    if (offset !== w.size) throw new AppError('PACKAGE_TAMPERED', { detail: 'file size changed while importing' });
  }
}

/** Units by name among those the importer sees; a unit of another name is created under the importer's own. */
function unitResolver(db: Db, userId: string, homeUnitId: number, at: string) {
  const visible = visibleUnits(db, userId);
  const byName = new Map<string, number>();
  if (visible.length) {
    const rows = db.prepare(`SELECT id, name FROM units WHERE id IN (${visible.map(() => '?').join(',')}) ORDER BY id`).all(...visible) as { id: number; name: string }[];
    for (const r of rows) if (!byName.has(r.name)) byName.set(r.name, r.id);
  }
  return (name: string): number => {
    const found = byName.get(name);
    if (found) return found;
    const id = createUnit(db, name, homeUnitId, at).id;
    // An import the importer could not see afterwards would put cases out of everyone's reach who asked for them.
    if (!inDataScope(db, userId, id)) throw new AppError('FORBIDDEN', { reason: 'imported units would be outside your data scope' });
    byName.set(name, id);
    return id;
  };
}

function cadreFor(db: Db, record: CaseRecord, unitId: number, at: string): number {
  const c = record.cadre;
  const found = (
    c.idNumber
      ? db.prepare('SELECT id FROM cadres WHERE id_number = ? AND unit_id = ?').pluck().get(c.idNumber, unitId)
      : db.prepare('SELECT id FROM cadres WHERE name = ? AND unit_id = ? AND id_number IS NULL').pluck().get(c.name, unitId)
  ) as number | undefined;
  if (found) return found;
  return insertCadre(
    db,
    { name: c.name, unitId, ...(c.gender ? { gender: c.gender } : {}), post: c.post ?? undefined, rank: c.rank ?? undefined, politicalStatus: c.politicalStatus ?? undefined, idNumber: c.idNumber ?? undefined },
    at,
  ).id;
}

function writeCase(ctx: FlowContext, record: CaseRecord, ci: number, staged: StagedBlobs, unitOf: (name: string) => number, origin: { office: string; exportedAt: string; exportedBy: string }): number {
  const { db, session } = ctx;
  const at = isoNow(ctx);
  const unitId = unitOf(record.unitName);
  const cadreId = cadreFor(db, record, unitOf(record.cadre.unitName), at);
  const id = insertCase(db, {
    kind: record.kind,
    number: record.number,
    year: record.year,
    seq: record.seq,
    cadreId,
    unitId,
    verifyingUnitId: record.verifyingUnitName ? unitOf(record.verifyingUnitName) : null,
    step: record.step,
    status: record.status,
    openedOn: record.openedOn,
    stepStartedOn: record.stepStartedOn,
    data: record.data,
    createdBy: record.createdBy,
    at: record.createdAt,
  });
  updateCase(db, id, {
    step: record.step,
    status: record.status,
    stepStartedOn: record.stepStartedOn,
    dueOn: record.dueOn,
    dueEstimate: record.dueEstimate,
    outcome: record.outcome,
    catalogVersion: record.catalogVersion,
    data: record.data,
    situations: record.situations,
    closedAt: record.closedAt,
    at: record.updatedAt,
  });
  setOriginOffice(db, id, record.originOffice);
  for (const e of record.events) {
    const stored = e.data ? (JSON.parse(e.data) as { entry?: HistoryEntry | null; detail?: Record<string, unknown> | null }) : {};
    appendEvent(db, {
      caseId: id,
      at: e.at,
      actorId: e.actorId,
      actorName: e.actorName,
      action: e.action,
      fromStep: e.fromStep,
      toStep: e.toStep,
      reason: e.reason,
      entry: stored.entry ?? null,
      ...(stored.detail ? { detail: stored.detail } : {}),
    });
  }
  appendEvent(db, {
    caseId: id,
    at,
    actorId: session.userId,
    actorName: session.displayName,
    action: IMPORT_ACTION,
    fromStep: record.step,
    toStep: record.step,
    reason: `来自${origin.office}的案件交换包（${origin.exportedAt.slice(0, 10)}导出）`,
    entry: null,
    detail: origin,
  });
  indexCase(db, id);

  const docIds = new Map<number, number>();
  for (const d of record.documents) {
    const blobId = staged.get(docKey(ci, d.key))!;
    storeBlob(db, blobId, d.blob.size, d.blob.sha256);
    const docId = insertDocument(db, {
      caseId: id,
      kind: d.kind,
      step: d.step,
      templateVersion: d.templateVersion,
      // Another office's register: the number is kept as text and reserves nothing here.
      number: d.number ? { text: d.number, mark: null, year: null, seq: null } : null,
      title: d.title,
      issuedOn: d.issuedOn,
      rendered: d.rendered as RenderedDocument,
      supplied: d.supplied,
      blob: { id: blobId, ...d.blob },
      replacesId: d.replaces !== null ? (docIds.get(d.replaces) ?? null) : null,
      generatedBy: d.generatedBy,
      generatedByName: d.generatedByName,
      generatedAt: d.generatedAt,
      originOffice: d.originOffice,
    });
    docIds.set(d.key, docId);
  }
  for (const d of record.documents) if (d.supersededBy !== null && docIds.has(d.supersededBy)) markSuperseded(db, docIds.get(d.key)!, docIds.get(d.supersededBy)!);

  record.attachments.forEach((a, ai) => {
    const blobId = a.blob ? staged.get(attKey(ci, ai))! : null;
    if (blobId !== null) storeBlob(db, blobId, a.size, a.sha256);
    const attId = insertAttachment(db, {
      caseId: id,
      step: a.step,
      name: a.name,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      blobId,
      addedBy: a.addedBy,
      addedByName: a.addedByName,
      addedAt: a.addedAt,
    });
    restoreRemoval(db, attId, a.removed, a.purgedAt ?? (a.blob ? null : (a.removed?.at ?? at)));
  });
  return id;
}

/**
 * Imports what an inspect job verified: the new cases, each with its history, documents and
 * attachments, in one transaction with its audit entry, or nothing at all. Cases already here are
 * left as they are and reported.
 */
export async function startPackageImport(state: CoreState, input: { inspectJobId: string }): Promise<JobStatus> {
  const ctx = flowContext(state);
  const held = takeHeld<InspectedPackage>(state, input.inspectJobId, ctx.session.userId, 'packageInspect');
  return startJob(state, ctx.session.userId, 'packageImport', async (control) => {
    const staged: StagedBlobs = new Map();
    try {
      ctx.stillOpen();
      const { db, session } = ctx;
      const plan = planImport(db, held.records, getOffice(db).name, session.userId);
      const todo = plan.cases.filter((c) => c.status === 'new');
      await stageFiles(ctx, control, held, todo, staged);
      control.progress('commit', 0, todo.length);
      ctx.stillOpen();
      const origin = { office: held.meta.office, exportedAt: held.meta.exportedAt, exportedBy: held.meta.exportedBy };
      const imported = db.transaction(() => {
        // Planned again inside the transaction: the database may have changed while files were read.
        const now = planImport(db, held.records, getOffice(db).name, session.userId);
        if (now.cases.some((c, i) => c.status !== plan.cases[i]!.status)) throw new AppError('CANCELLED', { reason: 'cases changed during the import' });
        const unitOf = unitResolver(db, session.userId, session.unitId, isoNow(ctx));
        const rows = todo.map((c, ci) => ({ number: c.record.number, caseId: writeCase(ctx, c.record, ci, staged, unitOf, origin) }));
        appendAudit(db, {
          actorId: session.userId,
          actorName: session.displayName,
          action: 'packages.import',
          recordType: 'package',
          recordId: null,
          result: 'ok',
          detail: { ...origin, path: held.file, imported: rows.map((r) => r.number), skipped: plan.cases.filter((c) => c.status !== 'new').map((c) => c.record.number) },
        });
        return rows;
      })();
      control.progress('commit', todo.length, todo.length);
      return {
        kind: 'packageImport' as const,
        imported,
        skipped: plan.cases.filter((c) => c.status !== 'new').map((c) => ({ number: c.record.number, status: c.status })),
      };
    } catch (e) {
      if (state.db === ctx.db) for (const blobId of staged.values()) discardStaged(ctx.db, blobId);
      throw e;
    } finally {
      await held.close().catch(() => undefined);
    }
  });
}
