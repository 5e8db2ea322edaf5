import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/i18n';
import { writeLedgerXlsx, type LedgerColumn, type LedgerRow } from '../exports';
import { renameWithRetry, syncDir } from '../keys/atomic-write';
import { signedFields, type AuditRow, type Head } from './audit-log';

/**
 * The audit trail as XLSX. Besides the readable columns every row carries the exact text its hash
 * covers ("signed") with its previous and own hash, and the title names the chain's head, so a file
 * can be checked long after it left the machine: each row's hash recomputed, and for an archive the
 * rows linked one to the next up to the anchor the live trail starts from.
 */
export const AUDIT_COLUMNS: readonly LedgerColumn[] = [
  { key: 'seq', header: { 'zh-CN': '序号', en: 'Seq' }, type: 'number', width: 10 },
  { key: 'at', header: { 'zh-CN': '时间（UTC）', en: 'Time (UTC)' }, type: 'text', width: 26 },
  { key: 'actorName', header: { 'zh-CN': '操作人', en: 'User' }, type: 'text', width: 14 },
  { key: 'actorId', header: { 'zh-CN': '操作人标识', en: 'User id' }, type: 'text', width: 38 },
  { key: 'action', header: { 'zh-CN': '操作', en: 'Action' }, type: 'text', width: 24 },
  { key: 'recordType', header: { 'zh-CN': '对象类型', en: 'Record type' }, type: 'text', width: 12 },
  { key: 'recordId', header: { 'zh-CN': '对象标识', en: 'Record id' }, type: 'text', width: 20 },
  { key: 'result', header: { 'zh-CN': '结果', en: 'Result' }, type: 'text', width: 9 },
  { key: 'detail', header: { 'zh-CN': '详情', en: 'Detail' }, type: 'text', width: 40 },
  { key: 'signed', header: { 'zh-CN': '签名内容', en: 'Hashed fields' }, type: 'text', width: 40 },
  { key: 'prevHash', header: { 'zh-CN': '前一条哈希', en: 'Previous hash' }, type: 'text', width: 66 },
  { key: 'hash', header: { 'zh-CN': '本条哈希', en: 'Hash' }, type: 'text', width: 66 },
];

export interface AuditFileResult {
  path: string;
  rows: number;
  fileSha256: string;
}

function ledgerRow(r: AuditRow): LedgerRow {
  return {
    seq: r.seq,
    at: r.at,
    actorName: r.actor_name,
    actorId: r.actor_id,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    result: r.result,
    detail: r.detail,
    signed: signedFields(r),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** The first line of the sheet: what the file is and the chain head it was taken against. */
export function auditTitle(kind: 'export' | 'archive', locale: Locale, at: string, head: Head | null): string {
  const h = head ? `#${head.seq} ${head.hash}` : '—';
  if (locale === 'en') return `${kind === 'archive' ? 'Audit trail archive' : 'Audit trail export'} · ${at} · chain head ${h}`;
  return `${kind === 'archive' ? '安全审计日志归档' : '安全审计日志导出'} · ${at} · 链头 ${h}`;
}

/**
 * Writes the rows beside `target` under a temporary name, flushes it, and only then renames it into
 * place: a crash or a failure leaves either no file or a complete one, never half a trail.
 */
export async function writeAuditXlsx(target: string, rows: Iterable<AuditRow>, title: string, locale: Locale): Promise<AuditFileResult> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.partial`);
  try {
    const mapped = (function* () {
      for (const r of rows) yield ledgerRow(r);
    })();
    const { rows: written } = await writeLedgerXlsx(tmp, AUDIT_COLUMNS, mapped, { title, locale, sheetName: 'audit' });
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const fileSha256 = crypto.createHash('sha256').update(fs.readFileSync(tmp)).digest('hex');
    renameWithRetry(tmp, target);
    syncDir(dir);
    return { path: target, rows: written, fileSha256 };
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
