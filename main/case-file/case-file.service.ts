import type { CoreState } from '../core-state';
import { appendAudit } from '../audit/audit-log';
import { appendEvent } from '../cases/case.repo';
import { beijingDate } from '../clock';
import { caseAttachments, caseForUser, readBlob } from '../attachments';
import {
  caseDocuments,
  caseTemplateValues,
  currentTemplate,
  documentHtml,
  documentSettings,
  noticeHtml,
  renderChecked,
  renderedOf,
  valueSources,
} from '../documents';
import { flowContext, isoNow, type FlowContext } from '../exports/flow-context';
import { safeFileName, savePath } from '../exports/host-paths';
import { pendingOutput, writePieces } from '../exports/output-file';
import { startJob, type JobControl } from '../exports/job-registry';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { CLEARANCE_STEPS, FAULT_TOLERANCE_STEPS, type RenderedDocument } from '../../shared/documents';
import { VIEWABLE_MIME_TYPES } from '../../shared/ipc/attachments.contract';
import type { RetentionPeriod } from '../../shared/ipc/documents.contract';
import type { JobStatus } from '../../shared/ipc/jobs.contract';
import { mergeCaseFile, pdfPageCount, type MergePart } from './case-file-pdf';

/** Leaves a cover cell empty for the archivist's pen; a blank value would stop the render instead. */
const HANDWRITTEN = '\u200b';

const RETENTION_LABELS: Record<RetentionPeriod, string> = { permanent: '永久', long: '长期（30年）', short: '短期（10年）' };

/** Procedure order: the steps of the case's table, an appeal's review after them. */
function stepRank(kind: 'fault-tolerance' | 'clearance', step: string): number {
  const order: readonly string[] = kind === 'fault-tolerance' ? FAULT_TOLERANCE_STEPS : CLEARANCE_STEPS;
  const i = order.indexOf(step);
  return i < 0 ? order.length : i;
}

interface Item {
  rank: number;
  order: number;
  title: string;
  docNumber: string;
  author: string;
  date: string;
  note: string;
  source: { kind: 'document'; rendered: RenderedDocument } | { kind: 'attachment'; blobId: number; mime: string; name: string; sha256: string };
}

/** The case file's contents, read in one go when the export starts, so the file shows the case at one moment. */
function collect(ctx: FlowContext, caseId: number) {
  const detail = caseForUser(ctx, caseId);
  const kind = detail.summary.kind;
  const office = valueSources(ctx, detail, { number: null, date: beijingDate(ctx.state.now()) }, {}).office;
  const items: Item[] = [];
  for (const d of caseDocuments(ctx.db, caseId)) {
    if (d.superseded_by !== null) continue;
    const rendered = renderedOf(d);
    items.push({
      rank: stepRank(kind, d.step),
      order: d.id,
      title: d.title,
      docNumber: d.number ?? '',
      author: rendered.signature ?? (d.origin_office || office.name),
      date: d.issued_on,
      note: '',
      source: { kind: 'document', rendered },
    });
  }
  for (const a of caseAttachments(ctx.db, caseId)) {
    if (a.removed_at || a.blob_id === null || !VIEWABLE_MIME_TYPES.includes(a.mime)) continue;
    items.push({
      rank: stepRank(kind, a.step),
      // After the step's documents, in the order received.
      order: 1e12 + a.id,
      title: a.name.replace(/\.[^.]+$/, ''),
      docNumber: '',
      author: a.added_by_name,
      date: beijingDate(Date.parse(a.added_at)),
      note: '证据材料',
      source: { kind: 'attachment', blobId: a.blob_id, mime: a.mime, name: a.name, sha256: a.sha256 },
    });
  }
  items.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return { detail, items };
}

const range = (first: number, count: number) => (count <= 1 ? String(first) : `${first}-${first + count - 1}`);

export interface CaseFileOptions {
  caseId: number;
  path?: string;
  retention?: RetentionPeriod;
  archiveCode?: string;
  checker?: string;
}

/**
 * Starts the case-file export: checks the case and the host, asks where to save, reads the case,
 * then prints, merges and writes in a job.
 */
export async function startCaseFileExport(state: CoreState, input: CaseFileOptions): Promise<JobStatus> {
  let ctx = flowContext(state);
  const print = state.host.printToPdf;
  if (!print) throw new AppError('HOST_UNAVAILABLE', { what: 'printToPdf' });
  const first = caseForUser(ctx, input.caseId);
  const target = await savePath(state, input.path, safeFileName(`${first.summary.number}案卷`) + '.pdf', ['pdf']);
  ctx = flowContext(state);
  const { detail, items } = collect(ctx, input.caseId);
  const settings = documentSettings(ctx.db);
  const retention = input.retention ?? settings.retention;
  const cover = currentTemplate(ctx.db, 'fileCover');
  const index = currentTemplate(ctx.db, 'fileIndex');
  const today = beijingDate(state.now());
  const sources = valueSources(ctx, detail, { number: null, date: today }, {});
  const typeName = translate('zh-CN', `documents.caseTypes.${detail.summary.kind === 'fault-tolerance' ? 'faultTolerance' : 'clearance'}`);
  const fileValues = (pageCount: number, rows: Record<string, string | number>[]) => ({
    'file.title': `关于${sources.cadre.name}同志${typeName}案卷`,
    'file.caseType': typeName,
    'file.archiveCode': input.archiveCode || HANDWRITTEN,
    'file.volume': '第1卷 共1卷',
    'file.retention': RETENTION_LABELS[retention],
    'file.startDate': detail.summary.openedOn,
    'file.endDate': detail.summary.closedAt ? beijingDate(Date.parse(detail.summary.closedAt)) : today,
    'file.pageCount': pageCount,
    'file.archivist': ctx.session.displayName,
    'file.checker': input.checker || HANDWRITTEN,
    'file.archivedDate': today,
    'file.items': rows,
  });
  const printHtml = (html: string) => print.call(state.host, html);

  return startJob(state, ctx.session.userId, 'caseFile', async (control: JobControl) => {
    const printed: { item: Item; pdf: Uint8Array | null; pages: number }[] = [];
    const documents = items.filter((i) => i.source.kind === 'document').length;
    let done = 0;
    control.progress('render', 0, documents);
    for (const item of items) {
      control.checkCancelled();
      ctx.stillOpen();
      if (item.source.kind === 'document') {
        const pdf = await printHtml(documentHtml(item.source.rendered));
        printed.push({ item, pdf, pages: (await pdfPageCount(pdf)) ?? 0 });
        control.progress('render', ++done, documents);
        continue;
      }
      const { mime, blobId, name, sha256 } = item.source;
      if (mime !== 'application/pdf') {
        printed.push({ item, pdf: null, pages: 1 });
        continue;
      }
      const pages = await pdfPageCount(readBlob(ctx.db, blobId));
      if (pages) printed.push({ item, pdf: null, pages });
      else {
        // An encrypted or damaged PDF cannot be merged; a page says so, with the hash to find the original.
        const notice = await printHtml(noticeHtml(name, [`该附件为加密或无法解析的PDF文件，未能并入案卷，原件保存在系统中。`, `SHA-256：${sha256}`]));
        printed.push({ item, pdf: notice, pages: (await pdfPageCount(notice)) ?? 1 });
      }
    }

    let next = 1;
    const rows = printed.map((p, i) => {
      const row = { seq: i + 1, docNumber: p.item.docNumber, author: p.item.author, title: p.item.title, date: p.item.date, pages: range(next, p.pages), note: p.item.note };
      next += p.pages;
      return row;
    });
    const numbered = next - 1;
    ctx.stillOpen();
    const indexDoc = renderChecked(index.template, caseTemplateValues(sources, fileValues(numbered, rows)));
    const coverDoc = renderChecked(cover.template, caseTemplateValues(sources, fileValues(numbered, rows)));
    const indexPdf = await printHtml(documentHtml(indexDoc));
    const coverPdf = await printHtml(documentHtml(coverDoc, 'cover'));

    control.progress('merge', 0, printed.length);
    let merged = 0;
    async function* parts(): AsyncGenerator<MergePart> {
      yield { kind: 'pdf', bytes: coverPdf, numbered: false };
      yield { kind: 'pdf', bytes: indexPdf, numbered: false };
      for (const p of printed) {
        control.checkCancelled();
        ctx.stillOpen();
        if (p.pdf) yield { kind: 'pdf', bytes: p.pdf, numbered: true };
        else if (p.item.source.kind === 'attachment') {
          const bytes = readBlob(ctx.db, p.item.source.blobId);
          yield p.item.source.mime === 'application/pdf'
            ? { kind: 'pdf', bytes, numbered: true }
            : { kind: 'image', bytes, mime: p.item.source.mime as 'image/jpeg' | 'image/png' };
        }
      }
    }
    const pdf = await mergeCaseFile(
      parts(),
      { title: `${detail.summary.number} ${fileValues(numbered, rows)['file.title']}`, author: sources.office.name, subject: detail.summary.number },
      () => control.progress('merge', Math.min(++merged, printed.length), printed.length),
    );
    // The index promised these pages; a document that printed differently the second time would break it.
    if (pdf.numbered !== numbered) throw new AppError('INTERNAL', { reason: 'page count differs from the index' });

    control.progress('write', 0, pdf.bytes.length);
    const out = pendingOutput(target);
    const written = await writePieces(out, [Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength)], () => ctx.stillOpen());
    try {
      ctx.stillOpen();
      const { db, session } = ctx;
      db.transaction(() => {
        const at = isoNow(ctx);
        appendEvent(db, {
          caseId: input.caseId,
          at,
          actorId: session.userId,
          actorName: session.displayName,
          action: 'caseFile.export',
          fromStep: detail.summary.step,
          toStep: detail.summary.step,
          reason: `案卷（共${pdf.pages}页）`,
          entry: null,
          detail: { pages: pdf.pages, sha256: written.sha256, retention },
        });
        appendAudit(db, {
          actorId: session.userId,
          actorName: session.displayName,
          action: 'caseFile.export',
          recordType: 'case',
          recordId: String(input.caseId),
          result: 'ok',
          detail: { number: detail.summary.number, pages: pdf.pages, sha256: written.sha256, path: target, retention },
        });
      })();
    } catch (e) {
      await out.discard();
      throw e;
    }
    await out.commit();
    control.progress('write', written.size, written.size);
    return {
      kind: 'caseFile' as const,
      path: target,
      pages: pdf.pages,
      bytes: written.size,
      sha256: written.sha256,
      items: rows.map((r) => ({ title: r.title, pages: r.pages })),
    };
  });
}
