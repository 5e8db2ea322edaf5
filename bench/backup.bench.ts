import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../main/core';
import { openDatabase } from '../main/db/database';
import { Keyring } from '../main/keys/keyring';
import type { BackupJobStatus } from '../shared/ipc/backup.contract';
import { fillCases } from './synthetic-cases';

const MiB = 1024 * 1024;
const ADMIN = { username: 'admin', password: 'Bench2026pass' };

export interface BackupBenchResult {
  cases: number;
  attachmentMiB: number;
  /** Where the attachment bytes lived: inside the encrypted database (as the app keeps them) or as files beside it. */
  attachmentsIn: 'database' | 'folder';
  databaseMiB: number;
  backupMiB: number;
  /** backup.start: the VACUUM INTO snapshot and its check, during which the core answers nothing else. */
  snapshotMs: number;
  /** From backup.start to the job reporting done. */
  backupMs: number;
  /** backup.restore (keyring, password, manifest MAC) to the job reporting verified: every hash, integrity_check, the audit chain. */
  verifyMs: number;
  /** backup.restoreCommit: stamp, swap, full integrity_check of the installed copy. */
  commitMs: number;
  peakRssMiB: number;
  baselineRssMiB: number;
}

/**
 * Backs up and restores an office of `cases` cases with `attachmentMiB` of attachments through the
 * core's channels, as the screen would, with the production key-derivation cost, and reports the
 * times and peak memory. Memory should stay flat as the attachments grow: every copy and hash
 * streams in 1 MiB pieces, and VACUUM INTO works page by page.
 */
export async function benchBackup(
  opts: { cases?: number; attachmentMiB?: number; attachmentsIn?: 'database' | 'folder' } = {},
): Promise<BackupBenchResult> {
  const cases = opts.cases ?? 10_000;
  const attachmentMiB = opts.attachmentMiB ?? 1024;
  const attachmentsIn = opts.attachmentsIn ?? 'database';
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-bench-backup-'));
  const dataDir = path.join(root, 'data');
  const drive = path.join(root, 'drive');
  fs.mkdirSync(drive);
  fs.mkdirSync(dataDir);
  let core: Core | null = null;
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    core = createCore({ dataDir });
    const { recoveryKey } = await call<{ recoveryKey: string }>(core, 'setup.create', {
      officeName: '青山县纪委监委',
      officeCode: '青纪',
      unitName: '青山县纪委监委机关',
      adminUsername: ADMIN.username,
      adminDisplayName: '基准管理员',
      password: ADMIN.password,
    });
    core.close();
    fillOffice(dataDir, recoveryKey, cases, attachmentMiB, attachmentsIn);
    const databaseMiB = fs.statSync(path.join(dataDir, 'qingzheng.db')).size / MiB;

    core = createCore({ dataDir });
    await call(core, 'auth.login', ADMIN);
    peak = process.memoryUsage.rss();
    const t0 = performance.now();
    const started = await call<{ jobId: string }>(core, 'backup.start', { folder: drive });
    const snapshotMs = performance.now() - t0;
    const backup = await waitFor(core, started.jobId, 'done');
    const backupMs = performance.now() - t0;

    const t1 = performance.now();
    const restore = await call<{ jobId: string }>(core, 'backup.restore', { folder: backup.backup!.folder, password: ADMIN.password });
    await waitFor(core, restore.jobId, 'verified');
    const verifyMs = performance.now() - t1;
    const t2 = performance.now();
    await call(core, 'backup.restoreCommit', { jobId: restore.jobId });
    const commitMs = performance.now() - t2;
    await call(core, 'auth.login', ADMIN);

    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      cases,
      attachmentMiB,
      attachmentsIn,
      databaseMiB: Math.round(databaseMiB),
      backupMiB: Math.round(backup.backup!.totalBytes / MiB),
      snapshotMs: Math.round(snapshotMs),
      backupMs: Math.round(backupMs),
      verifyMs: Math.round(verifyMs),
      commitMs: Math.round(commitMs),
      peakRssMiB: Math.round(peak / MiB),
      baselineRssMiB: Math.round(baseline / MiB),
    };
  } finally {
    clearInterval(sampler);
    core?.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The synthetic cases, and the attachment bytes as 1 MiB chunks in the database or as files in attachments/. */
function fillOffice(dataDir: string, recoveryKey: string, cases: number, attachmentMiB: number, where: 'database' | 'folder'): void {
  const key = Keyring.load(path.join(dataDir, 'keyring.json')).recoverDataKey(recoveryKey);
  const db = openDatabase(path.join(dataDir, 'qingzheng.db'), key, { keyVerified: true });
  try {
    fillCases(db, cases);
    if (where === 'database') {
      // A table of its own: the cost of VACUUM INTO and the checks depends on the pages, not on whose table holds them.
      db.exec('CREATE TABLE bench_attachment_chunks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
      const insert = db.prepare('INSERT INTO bench_attachment_chunks (data) VALUES (?)');
      for (let done = 0; done < attachmentMiB; done += 64)
        db.transaction(() => {
          for (let i = done; i < Math.min(done + 64, attachmentMiB); i++) insert.run(crypto.randomBytes(MiB));
        })();
    } else {
      const dir = path.join(dataDir, 'attachments');
      // Scans of a few MiB each, spread over folders the way a content-addressed store spreads them.
      for (let i = 0, left = attachmentMiB; left > 0; i++, left -= 4) {
        const sub = path.join(dir, String(i % 16).padStart(2, '0'));
        fs.mkdirSync(sub, { recursive: true });
        const fd = fs.openSync(path.join(sub, `${i}.blob`), 'w');
        for (let m = 0; m < Math.min(4, left); m++) fs.writeSync(fd, crypto.randomBytes(MiB));
        fs.closeSync(fd);
      }
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
    key.fill(0);
  }
}

async function call<T = unknown>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message.en}`);
  return r.value as T;
}

async function waitFor(core: Core, jobId: string, want: 'done' | 'verified'): Promise<BackupJobStatus> {
  for (;;) {
    const s = await call<BackupJobStatus>(core, 'backup.status', { jobId });
    if (s.state === want) return s;
    if (s.state !== 'running') throw new Error(`job ended ${s.state}: ${s.error?.code ?? ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

if (process.argv[1]?.endsWith('backup.bench.ts')) {
  const cases = Number(process.argv[2] ?? 10_000);
  const attachmentMiB = Number(process.argv[3] ?? 1024);
  const attachmentsIn = (process.argv[4] ?? 'database') as 'database' | 'folder';
  benchBackup({ cases, attachmentMiB, attachmentsIn }).then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
