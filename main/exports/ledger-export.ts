import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { CoreState } from '../core-state';
import { appendAudit } from '../audit/audit-log';
import { eachListedCase, listCases } from '../cases/case.repo';
import { listScope } from '../cases/case.service';
import { getOffice } from '../repos/settings.repo';
import { translate, type Locale } from '../../shared/i18n';
import type { CaseListInput } from '../../shared/ipc/cases.contract';
import type { JobStatus } from '../../shared/ipc/jobs.contract';
import { ledgerColumns, ledgerRowReader } from './case-ledger';
import { flowContext } from './flow-context';
import { safeFileName, savePath } from './host-paths';
import { startJob } from './job-registry';
import type { LedgerRow } from './ledger-column';
import { writeLedgerCsv } from './ledger-csv';
import { writeLedgerXlsx } from './ledger-xlsx';
import { pendingOutput, unwritable } from './output-file';

export type LedgerExportInput = Omit<CaseListInput, 'page' | 'pageSize'> & {
  sort: NonNullable<CaseListInput['sort']>;
  order: NonNullable<CaseListInput['order']>;
  format: 'xlsx' | 'csv';
  path?: string;
  locale: Locale;
};

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(path)) hash.update(piece as Buffer);
  return hash.digest('hex');
}

/** A ledger of the list as filtered and ordered on screen, every matching case one row, streamed to the file. */
export async function startLedgerExport(state: CoreState, input: LedgerExportInput): Promise<JobStatus> {
  let ctx = flowContext(state);
  const { format, path, locale, ...filters } = input;
  const office = getOffice(ctx.db).name;
  const title = translate(locale, 'files.ledger.title', { office, kind: translate(locale, `files.ledger.kinds.${filters.kind}`) });
  const target = await savePath(state, path, `${safeFileName(title)}.${format}`, [format]);
  ctx = flowContext(state);
  const scope = listScope(ctx);
  const total = listCases(ctx.db, { ...filters, page: 1, pageSize: 1 }, scope).total;
  const columns = ledgerColumns(filters.kind);

  return startJob(state, ctx.session.userId, 'ledger', async (control) => {
    const read = ledgerRowReader(ctx.db, filters.kind, locale);
    async function* rows(): AsyncGenerator<LedgerRow> {
      for (const batch of eachListedCase(ctx.db, filters, scope)) {
        for (const row of batch) yield read(row);
        control.checkCancelled();
        ctx.stillOpen();
      }
    }
    control.progress('rows', 0, total);
    const out = pendingOutput(target);
    const onProgress = (n: number) => control.progress('rows', n, total);
    let written: number;
    try {
      const options = { locale, onProgress, progressEvery: 200 };
      written = (format === 'xlsx' ? await writeLedgerXlsx(out.partial, columns, rows(), { ...options, title }) : await writeLedgerCsv(out.partial, columns, rows(), options)).rows;
    } catch (e) {
      await out.discard();
      throw unwritable(target, e);
    }
    control.progress('write', written, total);
    const sha256 = await fileSha256(out.partial);
    try {
      ctx.stillOpen();
      ctx.db.transaction(() =>
        appendAudit(ctx.db, {
          actorId: ctx.session.userId,
          actorName: ctx.session.displayName,
          action: 'ledgers.export',
          recordType: 'ledger',
          recordId: filters.kind,
          result: 'ok',
          detail: { filters, format, rows: written, sha256, path: target },
        }),
      )();
    } catch (e) {
      await out.discard();
      throw e;
    }
    await out.commit();
    return { kind: 'ledger' as const, path: target, format, rows: written, sha256 };
  });
}
