import { defaultKdfParams, deriveKey } from '../main/keys/kdf';
import { benchStorage } from './storage.bench';
import { benchAuditVerify } from './audit.bench';
import { benchPackage } from './package.bench';
import { benchBackup } from './backup.bench';
import { benchCaseFile, benchCasePackage, benchLedger } from './case-file.bench';

/**
 * `npm run bench [-- --sizes 10000,100000] [-- --only storage,audit,package]`: encrypted against plain
 * SQLite on the same synthetic cases, in one run, so the ratios are comparable even where absolute
 * times are noisy; then the audit chain, case packages and the other exports.
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '10000,100000').split(',').map(Number);
const only = new Set((arg('only') ?? 'storage,audit,package,backup,exports').split(','));
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

async function storage() {
  const kdf = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await deriveKey('基准测试口令2026', defaultKdfParams());
    kdf.push(performance.now() - t);
  }
  console.log(`key derivation (scrypt N=2^17, r=8, p=1), one unlock: ${fmt(Math.min(...kdf))}–${fmt(Math.max(...kdf))} ms\n`);
  console.log('cases    | measure                              | plain ms | encrypted ms | encrypted/plain');
  console.log('---------|--------------------------------------|----------|--------------|----------------');
  for (const n of sizes) {
    const { plain, encrypted } = benchStorage(n);
    const rows: [string, keyof typeof plain][] = [
      ['insert all cases, one transaction', 'insertMs'],
      ['filtered list page of 50 (median)', 'listPageMs'],
      ['step transition + audit (median)', 'transitionMs'],
      ['open + quick_check + first read', 'openMs'],
    ];
    for (const [label, k] of rows)
      console.log(`${String(n).padEnd(8)} | ${label.padEnd(36)} | ${fmt(plain[k]).padStart(8)} | ${fmt(encrypted[k]).padStart(12)} | ${(encrypted[k] / plain[k]).toFixed(2).padStart(14)}`);
  }
}

function audit() {
  const n = Number(arg('audit-entries') ?? 1_000_000);
  const r = benchAuditVerify(n);
  console.log(`\naudit trail, ${n.toLocaleString('en')} entries (encrypted): append ${fmt(r.appendMs)} ms, full chain verify ${fmt(r.verifyMs)} ms, RSS growth during verify ${r.rssGrowthMiB.toFixed(0)} MiB, chain ok: ${r.ok}`);
}

async function casePackage() {
  const mib = Number(arg('package-mib') ?? 1024);
  const r = await benchPackage(mib);
  console.log(`\ncase package, ${mib} MiB of entries: export ${r.exportMs} ms, verify ${r.verifyMs} ms, peak RSS ${r.peakRssMiB} MiB (baseline ${r.baselineRssMiB} MiB)`);
}

async function backup() {
  const r = await benchBackup({ cases: 10_000, attachmentMiB: Number(arg('backup-mib') ?? 1024), attachmentsIn: 'database' });
  console.log(
    `\nbackup and restore, ${r.cases.toLocaleString('en')} cases with ${r.attachmentMiB} MiB of attachments in the database: ` +
      `snapshot ${fmt(r.snapshotMs)} ms, whole backup ${fmt(r.backupMs)} ms, restore check ${fmt(r.verifyMs)} ms, restore commit ${fmt(r.commitMs)} ms, ` +
      `peak RSS ${r.peakRssMiB.toFixed(0)} MiB (baseline ${r.baselineRssMiB.toFixed(0)} MiB)`,
  );
}

async function exportsBench() {
  const pdf = await benchCaseFile(200);
  console.log(`\ncase file PDF, ${pdf.pages} pages (${pdf.documents} documents printed by Chromium): ${fmt(pdf.ms)} ms, peak RSS ${pdf.peakRssMiB} MiB (baseline ${pdf.baselineRssMiB} MiB)`);
  const ledger = await benchLedger(10_000);
  console.log(`ledger of ${ledger.rows.toLocaleString('en')} rows from the encrypted database: XLSX ${fmt(ledger.xlsxMs)} ms, CSV ${fmt(ledger.csvMs)} ms, peak RSS ${ledger.peakRssMiB} MiB`);
  const pkg = await benchCasePackage(100, Number(arg('case-package-mib') ?? 1024));
  console.log(
    `${pkg.cases} cases with ${pkg.attachmentMiB} MiB of attachments between two installations: export ${fmt(pkg.exportMs)} ms, ` +
      `inspect ${fmt(pkg.inspectMs)} ms, import ${fmt(pkg.importMs)} ms, peak RSS ${pkg.peakRssMiB} MiB (baseline ${pkg.baselineRssMiB} MiB)`,
  );
}

async function main() {
  if (only.has('storage')) await storage();
  if (only.has('audit')) audit();
  if (only.has('package')) await casePackage();
  if (only.has('backup')) await backup();
  if (only.has('exports')) await exportsBench();
}

void main();
