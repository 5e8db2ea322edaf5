import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { exportPackage, openPackage, type PackageEntrySource } from '../main/package';

const MiB = 1024 * 1024;

/**
 * Exports and verifies a package of `sizeMiB` from generated streams and reports time and peak
 * memory. The point is the memory: it must stay flat as the size grows, because no step may hold
 * a whole entry or the whole file. Most of the bytes are one incompressible attachment (stored, as
 * a scan or photo would be); the rest are a hundred small JSON records (deflated). Uses the
 * production KDF cost, as an officer would.
 */
export async function benchPackage(sizeMiB: number): Promise<{ exportMs: number; verifyMs: number; peakRssMiB: number; baselineRssMiB: number; bytes: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-bench-package-'));
  const outFile = path.join(dir, 'bench.qzp');
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const started = performance.now();
    const exported = await exportPackage({
      outFile,
      passphrase: 'bench passphrase 基准',
      meta: { office: 'bench', exportedAt: new Date().toISOString(), exportedBy: 'bench', formatVersion: 1 },
      entries: generatedEntries(sizeMiB),
      totalBytes: sizeMiB * MiB,
    });
    const exportMs = performance.now() - started;

    const verifyStarted = performance.now();
    const pkg = await openPackage(outFile, 'bench passphrase 基准');
    const verifyMs = performance.now() - verifyStarted;
    await pkg.close();

    peak = Math.max(peak, process.memoryUsage.rss());
    return { exportMs: Math.round(exportMs), verifyMs: Math.round(verifyMs), peakRssMiB: Math.round(peak / MiB), baselineRssMiB: Math.round(baseline / MiB), bytes: exported.bytes };
  } finally {
    clearInterval(sampler);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function* generatedEntries(sizeMiB: number): Generator<PackageEntrySource> {
  const records = 100;
  const recordBytes = 4096;
  const attachment = sizeMiB * MiB - records * recordBytes;
  if (attachment < 0) throw new RangeError('sizeMiB too small for the generated records');
  for (let i = 0; i < records; i++) {
    const body = Buffer.alloc(recordBytes, JSON.stringify({ record: i, text: '谈话笔录内容'.repeat(20) }).padEnd(recordBytes, ' '));
    yield { name: `records/${String(i).padStart(3, '0')}.json`, size: recordBytes, open: () => Readable.from([body]) };
  }
  yield { name: '附件/扫描件.bin', size: attachment, compress: false, open: () => randomStream(attachment) };
}

/** Fresh random bytes, 1 MiB at a time: a new buffer each time, since the consumer may still hold the last. */
async function* randomStream(bytes: number): AsyncGenerator<Buffer> {
  for (let left = bytes; left > 0; left -= MiB) yield crypto.randomFillSync(Buffer.allocUnsafe(Math.min(MiB, left)));
}

if (process.argv[1]?.endsWith('package.bench.ts')) {
  const sizeMiB = Number(process.argv[2] ?? 256);
  benchPackage(sizeMiB).then(
    (r) => console.log(JSON.stringify({ sizeMiB, ...r })),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
