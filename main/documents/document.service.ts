import type { CoreState } from '../core-state';
import type { TxContext } from '../handler';
import { appendAudit } from '../audit/audit-log';
import { appendEvent } from '../cases/case.repo';
import { getCadre } from '../cases/cadre.repo';
import { catalogVersion, currentCatalog } from '../cases/catalog.repo';
import { beijingDate } from '../clock';
import { getOffice } from '../repos/settings.repo';
import { getReferralRow, referralFieldsOf } from '../clearance/referral.repo';
import { caseForUser, putBlob, readBlob } from '../attachments';
import { flowContext, isoNow } from '../exports/flow-context';
import { safeFileName, savePath } from '../exports/host-paths';
import { pendingOutput, writePieces } from '../exports/output-file';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { isIsoDate, yearOf } from '../../shared/calendar';
import {
  documentKind,
  formatDocumentNumber,
  placeholdersFor,
  renderTemplate,
  validateTemplate,
  type DocumentKind,
  type DocumentKindKey,
  type DocumentTemplate,
  type RenderedDocument,
  type TemplateValues,
} from '../../shared/documents';
import type { CaseDetail } from '../../shared/ipc/cases.contract';
import type { DocumentInfo, SuppliedValues } from '../../shared/ipc/documents.contract';
import { CASE_TYPE_OF, documentAvailable, documentKindsOfCase } from './document-availability';
import { caseTemplateValues, FIXED_PATHS, type ValueSources } from './case-values';
import { documentSettings } from './document-settings';
import {
  caseDocuments,
  getDocument,
  insertDocument,
  markSuperseded,
  peekNumber,
  renderedOf,
  suppliedForCase,
  takeNumber,
  toDocumentInfo,
  type DocumentRow,
} from './document.repo';
import { currentTemplate } from './template.repo';
import { buildGbt9704Docx } from './gbt9704-docx';

type Ctx = Pick<TxContext, 'db' | 'session' | 'state' | 'record'>;

/** Everything the values are read from, for one case and one document. */
export function valueSources(ctx: Ctx, detail: CaseDetail, document: ValueSources['document'], supplied: SuppliedValues): ValueSources {
  const { db } = ctx;
  const ruling = caseDocuments(db, detail.summary.id).filter((d) => d.kind === 'ftRulingOpinion' && d.superseded_by === null).at(-1);
  return {
    detail,
    cadre: getCadre(db, detail.summary.cadreId),
    office: getOffice(db),
    settings: documentSettings(db),
    catalog: detail.summary.kind === 'fault-tolerance' ? (detail.catalogVersion ? catalogVersion(db, detail.catalogVersion) : currentCatalog(db)) : undefined,
    rulingNumber: ruling?.number ?? null,
    userName: ctx.session.displayName,
    document,
    supplied,
    referral: referralOf(ctx, detail),
  };
}

/** The referral linked to a clearance case; a case brought from another office links one that is not here. */
function referralOf(ctx: Ctx, detail: CaseDetail): ValueSources['referral'] {
  const link = detail.state.data.referral as { referralId?: unknown } | undefined;
  if (typeof link?.referralId !== 'number') return undefined;
  let row;
  try {
    row = getReferralRow(ctx.db, link.referralId);
  } catch {
    return undefined;
  }
  const f = referralFieldsOf(row);
  return { accuserName: f.accuserName, accuserWorkplace: f.accuserWorkplace, category: f.category, route: f.route, facts: f.facts, basis: f.basis, materials: f.materials, receivingBody: row.receiving_body };
}

/**
 * Renders, turning the renderer's refusals into the errors an officer reads: a value the case
 * lacks (TEMPLATE_VALUE_MISSING, naming it) or a template an administrator broke (TEMPLATE_INVALID).
 */
export function renderChecked(template: DocumentTemplate, values: TemplateValues): RenderedDocument {
  try {
    return renderTemplate(template, values);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'INVALID_INPUT') throw e;
    if (e.fields.some((f) => f.startsWith('template.'))) throw new AppError('TEMPLATE_INVALID', { issue: String(e.params.issue ?? '') }, e.fields);
    throw new AppError('TEMPLATE_VALUE_MISSING', e.params, e.fields);
  }
}

/** The placeholder paths a render still lacks, without throwing. */
function missingValues(template: DocumentTemplate, values: TemplateValues): string[] {
  try {
    renderChecked(template, values);
    return [];
  } catch (e) {
    if (e instanceof AppError && e.code === 'TEMPLATE_VALUE_MISSING') return e.fields.map((f) => f.replace(/^values\./, ''));
    throw e;
  }
}

const today = (ctx: Ctx) => beijingDate(ctx.state.now());

/** What the officer supplied, checked against the catalog: known paths only, each of its own type. */
export function checkSupplied(detail: CaseDetail, values: SuppliedValues | undefined): SuppliedValues {
  if (!values) return {};
  const defs = new Map(placeholdersFor(CASE_TYPE_OF[detail.summary.kind]).map((d) => [d.path, d]));
  const out: SuppliedValues = {};
  const bad: string[] = [];
  for (const [path, raw] of Object.entries(values)) {
    const def = defs.get(path);
    if (!def || def.type === 'rows' || FIXED_PATHS.includes(path)) {
      bad.push(`values.${path}`);
      continue;
    }
    if (typeof raw === 'string' && raw.trim() === '') continue;
    switch (def.type) {
      case 'text':
        if (typeof raw === 'string' && raw.length <= 2_000) out[path] = raw.trim();
        else bad.push(`values.${path}`);
        break;
      case 'date':
        if (typeof raw === 'string' && isIsoDate(raw)) out[path] = raw;
        else bad.push(`values.${path}`);
        break;
      case 'number': {
        const n = typeof raw === 'number' ? raw : Number(raw);
        if (typeof raw !== 'object' && Number.isFinite(n)) out[path] = n;
        else bad.push(`values.${path}`);
        break;
      }
      case 'list':
        if (Array.isArray(raw)) out[path] = raw.map((s) => s.trim()).filter(Boolean);
        else if (typeof raw === 'string') out[path] = raw.split('\n').map((s) => s.trim()).filter(Boolean);
        else bad.push(`values.${path}`);
        break;
    }
  }
  if (bad.length) throw new AppError('INVALID_INPUT', {}, bad);
  return out;
}

export function documentKindsForCase(ctx: Ctx, caseId: number) {
  const detail = caseForUser(ctx, caseId);
  const supplied = suppliedForCase(ctx.db, caseId);
  const issued = caseDocuments(ctx.db, caseId);
  const settings = documentSettings(ctx.db);
  const date = today(ctx);
  const kinds = documentKindsOfCase(detail).map((kind) => {
    const available = documentAvailable(kind, detail);
    const mark = settings.numberMarks[kind.key];
    // A stand-in number, so that the check is about the case's values, not about the register.
    const number = kind.numbered && mark ? formatDocumentNumber(mark, yearOf(date), 1) : null;
    const missing =
      available && kind.step !== 'filing'
        ? missingValues(currentTemplate(ctx.db, kind.key).template, caseTemplateValues(valueSources(ctx, detail, { number, date }, supplied)))
        : [];
    return {
      kind: kind.key,
      step: kind.step,
      layout: kind.layout,
      numbered: kind.numbered,
      available,
      missing,
      issued: issued.filter((d) => d.kind === kind.key && d.superseded_by === null).length,
    };
  });
  return { kinds, supplied };
}

function kindForCase(detail: CaseDetail, key: DocumentKindKey): DocumentKind {
  const kind = documentKind(key);
  const name = translate('zh-CN', kind.nameKey);
  // The cover and index are made with the case file, which numbers the pages they list.
  if (kind.step === 'filing' || !documentKindsOfCase(detail).some((k) => k.key === key)) throw new AppError('DOCUMENT_NOT_AVAILABLE', { document: name }, ['kind']);
  if (!documentAvailable(kind, detail)) throw new AppError('DOCUMENT_NOT_AVAILABLE', { document: name }, ['kind']);
  return kind;
}

/**
 * Renders the kind's current template with the case's values, lays it out as a GB/T 9704 DOCX, and
 * stores both with the case. A number is taken from the register only in the final transaction, so
 * a document that fails to build uses none up.
 */
export async function generateDocument(
  state: CoreState,
  input: { caseId: number; kind: DocumentKindKey; date?: string; values?: SuppliedValues; replaces?: number },
): Promise<DocumentInfo> {
  const ctx = flowContext(state);
  const { db, session } = ctx;
  const detail = caseForUser(ctx, input.caseId);
  const kind = kindForCase(detail, input.kind);
  const given = checkSupplied(detail, input.values);
  const date = input.date ?? today(ctx);
  if (input.date && input.date > today(ctx)) throw new AppError('INVALID_INPUT', {}, ['date']);

  let replaced: DocumentRow | undefined;
  if (input.replaces !== undefined) {
    replaced = getDocument(db, input.replaces);
    if (replaced.case_id !== input.caseId || replaced.kind !== input.kind || replaced.superseded_by !== null || replaced.origin_office !== null) {
      throw new AppError('INVALID_INPUT', {}, ['replaces']);
    }
  }
  const settings = documentSettings(db);
  const register = kind.numbered && !replaced ? { mark: settings.numberMarks[kind.key]!, year: yearOf(date) } : null;
  const seq = register ? peekNumber(db, register.mark, register.year) : null;
  const number = replaced ? replaced.number : register && seq ? formatDocumentNumber(register.mark, register.year, seq) : null;

  const supplied = { ...suppliedForCase(db, input.caseId), ...given };
  const { version, template } = currentTemplate(db, kind.key);
  const rendered = renderChecked(template, caseTemplateValues(valueSources(ctx, detail, { number, date }, supplied)));
  const office = getOffice(db);
  const docx = await buildGbt9704Docx(rendered, { creator: office.name || undefined });
  ctx.stillOpen();

  return db.transaction(() => {
    if (register && takeNumber(db, register.mark, register.year) !== seq) throw new AppError('INTERNAL', { reason: 'document number taken meanwhile' });
    const at = isoNow(ctx);
    const blob = putBlob(db, docx.bytes, at);
    const title = rendered.title.replace(/\n/g, '');
    const id = insertDocument(db, {
      caseId: input.caseId,
      kind: kind.key,
      step: kind.step,
      templateVersion: version,
      number: number ? { text: number, mark: register?.mark ?? null, year: register?.year ?? null, seq } : null,
      title,
      issuedOn: date,
      rendered,
      supplied,
      blob,
      replacesId: replaced?.id ?? null,
      generatedBy: session.userId,
      generatedByName: session.displayName,
      generatedAt: at,
      originOffice: null,
    });
    if (replaced) markSuperseded(db, replaced.id, id);
    appendEvent(db, {
      caseId: input.caseId,
      at,
      actorId: session.userId,
      actorName: session.displayName,
      action: replaced ? 'document.correct' : 'document.generate',
      fromStep: kind.step,
      toStep: kind.step,
      reason: number ? `${title}（${number}）` : title,
      entry: null,
      detail: { documentId: id, kind: kind.key, number, templateVersion: version, sha256: blob.sha256 },
    });
    appendAudit(db, {
      actorId: session.userId,
      actorName: session.displayName,
      action: 'documents.generate',
      recordType: 'document',
      recordId: String(id),
      result: 'ok',
      detail: { caseId: input.caseId, kind: kind.key, number, templateVersion: version, sha256: blob.sha256 },
    });
    return toDocumentInfo(getDocument(db, id));
  })();
}

function documentForUser(ctx: Ctx, id: number): DocumentRow {
  const row = getDocument(ctx.db, id);
  caseForUser(ctx, row.case_id);
  return row;
}

export function listDocuments(ctx: TxContext, caseId: number): { rows: DocumentInfo[] } {
  caseForUser(ctx, caseId);
  ctx.record('case', caseId);
  return { rows: caseDocuments(ctx.db, caseId).map(toDocumentInfo) };
}

/** The document as issued: the stored text and the stored DOCX, never a fresh render. */
export function getIssuedDocument(ctx: TxContext, id: number) {
  const row = documentForUser(ctx, id);
  ctx.record('document', row.id, { caseId: row.case_id });
  return { document: toDocumentInfo(row), rendered: renderedOf(row), docx: readBlob(ctx.db, row.blob_id).toString('base64') };
}

export async function saveDocument(state: CoreState, input: { id: number; path?: string }) {
  let ctx = flowContext(state);
  const row = documentForUser(ctx, input.id);
  const suggested = safeFileName(`${row.title}${row.number ? `（${row.number}）` : ''}`) + '.docx';
  const target = await savePath(state, input.path, suggested, ['docx']);
  ctx = flowContext(state);
  documentForUser(ctx, input.id);
  const out = pendingOutput(target);
  const written = await writePieces(out, [readBlob(ctx.db, row.blob_id)], () => ctx.stillOpen());
  try {
    ctx.stillOpen();
    if (written.sha256 !== row.sha256) throw new AppError('DB_DAMAGED');
    ctx.db.transaction(() =>
      appendAudit(ctx.db, {
        actorId: ctx.session.userId,
        actorName: ctx.session.displayName,
        action: 'documents.save',
        recordType: 'document',
        recordId: String(row.id),
        result: 'ok',
        detail: { caseId: row.case_id, kind: row.kind, number: row.number, sha256: row.sha256, path: target },
      }),
    )();
  } catch (e) {
    await out.discard();
    throw e;
  }
  await out.commit();
  return { path: target, size: written.size, sha256: written.sha256 };
}

/** An administrator's edit, checked whole before it is saved as the next version. */
export function checkTemplate(kind: DocumentKindKey, template: DocumentTemplate): DocumentTemplate {
  if (template.kind !== kind) throw new AppError('INVALID_INPUT', {}, ['template.kind']);
  const checked = validateTemplate(template);
  if (!checked.valid) {
    throw new AppError('TEMPLATE_INVALID', { issue: checked.issues[0]?.message['zh-CN'] ?? '' }, checked.issues.map((i) => `template.${i.path}`));
  }
  return checked.template;
}
