import type { Db } from '../db/database';
import { visibleUnits } from '../cases/unit-scope';
import { catalogVersion } from '../cases/catalog.repo';
import { AppError } from '../../shared/errors';
import { canonicalJson, contentOf, type CaseRecord } from './case-record';
import { localCaseRecord } from './local-case-record';

export interface PlannedCase {
  record: CaseRecord;
  status: 'new' | 'same' | 'differs';
  localId: number | null;
}

export interface ImportPlan {
  cases: PlannedCase[];
  /** Unit names the import creates under the importer's unit. */
  newUnits: string[];
}

/**
 * How each case of a package stands against this installation. A case is the same case when its
 * origin office and number match (a case opened here has this office as its origin). A number
 * held here by a case of another origin cannot be imported beside it: that refuses the package.
 */
export function planImport(db: Db, records: readonly CaseRecord[], localOffice: string, importerId: string): ImportPlan {
  const byNumber = db.prepare('SELECT id, origin_office FROM cases WHERE number = ?');
  const seen = new Set<string>();
  const cases = records.map((record): PlannedCase => {
    checkCatalog(db, record);
    const key = `${record.originOffice}\x1f${record.number}`;
    if (seen.has(key)) throw new AppError('PACKAGE_FORMAT', { detail: 'a case appears twice', number: record.number });
    seen.add(key);
    const local = byNumber.get(record.number) as { id: number; origin_office: string | null } | undefined;
    if (!local) return { record, status: 'new', localId: null };
    if ((local.origin_office ?? localOffice) !== record.originOffice) {
      throw new AppError('CASE_NUMBER_TAKEN', { number: record.number, office: record.originOffice });
    }
    const same = contentOf(localCaseRecord(db, local.id, localOffice).record) === contentOf(record);
    return { record, status: same ? 'same' : 'differs', localId: local.id };
  });
  const visible = new Set(visibleUnitNames(db, importerId));
  const newUnits = new Set<string>();
  for (const c of cases) {
    if (c.status !== 'new') continue;
    for (const name of [c.record.unitName, c.record.cadre.unitName, c.record.verifyingUnitName]) if (name && !visible.has(name)) newUnits.add(name);
  }
  return { cases, newUnits: [...newUnits].sort() };
}

/**
 * A ruled 容错纠错 case is read against the catalog version it applied. Here that version number
 * must hold the same catalog, or the case would be judged against another office's situations.
 */
function checkCatalog(db: Db, record: CaseRecord): void {
  if (record.kind !== 'fault-tolerance' || record.catalogVersion === null) return;
  let local: unknown;
  try {
    local = catalogVersion(db, record.catalogVersion);
  } catch {
    local = null;
  }
  if (!local || !record.catalog || canonicalJson(local) !== canonicalJson(record.catalog)) {
    throw new AppError('CATALOG_MISMATCH', { number: record.number, version: record.catalogVersion });
  }
}

export function visibleUnitNames(db: Db, userId: string): string[] {
  const ids = visibleUnits(db, userId);
  if (!ids.length) return [];
  return db.prepare(`SELECT name FROM units WHERE id IN (${ids.map(() => '?').join(',')})`).pluck().all(...ids) as string[];
}
