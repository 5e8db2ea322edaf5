import type { Db } from '../db/database';
import { getCaseRow, storedCaseEvents } from '../cases/case.repo';
import { getCadre } from '../cases/cadre.repo';
import { catalogVersion } from '../cases/catalog.repo';
import { getUnit } from '../repos/units.repo';
import { caseAttachments } from '../attachments';
import { caseDocuments, renderedOf } from '../documents';
import type { SuppliedValues } from '../../shared/ipc/documents.contract';
import type { CaseRecord } from './case-record';

/** Where each blob of a record lives here, for the export to stream it. */
export interface LocalBlob {
  sha256: string;
  size: number;
  blobId: number;
  /** Scans, PDFs and Office files are compressed already; deflating them again only costs time. */
  compress: boolean;
}

/**
 * A local case as it would travel. `localOffice` names the origin of cases opened here; a case that
 * came in a package keeps the office it came from.
 */
export function localCaseRecord(db: Db, caseId: number, localOffice: string): { record: CaseRecord; blobs: LocalBlob[] } {
  // The list row type leaves out what only a package needs; SELECT k.* reads it all.
  const row = getCaseRow(db, caseId) as ReturnType<typeof getCaseRow> & { seq: number; created_by: string };
  const cadre = getCadre(db, row.cadre_id);
  const blobs = new Map<string, LocalBlob>();
  const documents = caseDocuments(db, caseId);
  const keyOf = new Map(documents.map((d, i) => [d.id, i]));
  const record: CaseRecord = {
    originOffice: row.origin_office ?? localOffice,
    kind: row.kind,
    number: row.number,
    year: row.year,
    seq: row.seq,
    status: row.status as CaseRecord['status'],
    step: row.step,
    openedOn: row.opened_on,
    stepStartedOn: row.step_started_on,
    dueOn: row.due_on,
    dueEstimate: row.due_estimate === 1,
    outcome: row.outcome,
    catalogVersion: row.catalog_version,
    catalog: row.kind === 'fault-tolerance' && row.catalog_version ? catalogOrNull(db, row.catalog_version) : null,
    data: JSON.parse(row.data) as Record<string, unknown>,
    situations: row.situations ? row.situations.split('\x1f').sort() : [],
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    cadre: {
      name: cadre.name,
      gender: cadre.gender,
      post: cadre.post,
      rank: cadre.rank,
      politicalStatus: cadre.politicalStatus,
      idNumber: cadre.idNumber,
      unitName: cadre.unitName,
    },
    unitName: row.unit_name,
    verifyingUnitName: row.verifying_unit_id ? getUnit(db, row.verifying_unit_id).name : null,
    events: storedCaseEvents(db, caseId).map((e) => ({
      at: e.at,
      actorId: e.actor_id,
      actorName: e.actor_name,
      action: e.action,
      fromStep: e.from_step,
      toStep: e.to_step,
      reason: e.reason,
      data: e.data,
    })),
    documents: documents.map((d, key) => {
      blobs.set(d.sha256, { sha256: d.sha256, size: d.size, blobId: d.blob_id, compress: false });
      return {
        key,
        kind: d.kind,
        step: d.step,
        templateVersion: d.template_version,
        number: d.number,
        title: d.title,
        issuedOn: d.issued_on,
        rendered: renderedOf(d),
        supplied: d.supplied ? (JSON.parse(d.supplied) as SuppliedValues) : null,
        blob: { sha256: d.sha256, size: d.size },
        replaces: d.replaces_id !== null ? (keyOf.get(d.replaces_id) ?? null) : null,
        supersededBy: d.superseded_by !== null ? (keyOf.get(d.superseded_by) ?? null) : null,
        generatedBy: d.generated_by,
        generatedByName: d.generated_by_name,
        generatedAt: d.generated_at,
        originOffice: d.origin_office ?? localOffice,
      };
    }),
    attachments: caseAttachments(db, caseId).map((a) => {
      const hasBytes = a.blob_id !== null && !a.purged_at;
      if (hasBytes) blobs.set(a.sha256, { sha256: a.sha256, size: a.size, blobId: a.blob_id!, compress: a.mime === 'text/plain' });
      return {
        step: a.step,
        name: a.name,
        mime: a.mime,
        size: a.size,
        sha256: a.sha256,
        blob: hasBytes ? { sha256: a.sha256, size: a.size } : null,
        addedBy: a.added_by,
        addedByName: a.added_by_name,
        addedAt: a.added_at,
        removed: a.removed_at ? { by: a.removed_by ?? '', byName: a.removed_by_name ?? '', at: a.removed_at, reason: a.removed_reason ?? '' } : null,
        purgedAt: a.purged_at,
      };
    }),
  };
  return { record, blobs: [...blobs.values()] };
}

function catalogOrNull(db: Db, version: number) {
  try {
    return catalogVersion(db, version);
  } catch {
    return null;
  }
}
