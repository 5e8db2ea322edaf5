import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../support/core-fixture';
import { TEAM } from '../../support/case-team';
import { faultToleranceCase, finished, officeWithTeam } from './ft-case';
import { pdfFile } from './evidence-files';
import type { Host } from '../../../main/core';

/** A printer that waits until the test lets it go: the job is caught in the middle of its work. */
function heldPrinter() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const host: Host = {
    async printToPdf() {
      await gate;
      return pdfFile();
    },
  };
  return { host, release };
}

let t: TestCore;
let out: string;
let printer: ReturnType<typeof heldPrinter>;
let caseId: number;
beforeEach(async () => {
  printer = heldPrinter();
  t = makeCore({ host: printer.host });
  out = mkdtempSync(join(tmpdir(), 'qz-jobs-'));
  const { cadre } = await officeWithTeam(t);
  caseId = await faultToleranceCase(t, cadre.id, 'ruled');
  await t.call('documents.generate', { caseId, kind: 'ftRulingOpinion' });
});
afterEach(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

/** Polls until the job is waiting on the printer. */
async function printing(id: string) {
  let status = await t.call('jobs.status', { id });
  while (status.phase !== 'render') {
    await new Promise((r) => setTimeout(r, 5));
    status = await t.call('jobs.status', { id });
  }
  return status;
}

describe('long work as jobs the screen follows', () => {
  it('answers at once while the work goes on, so other calls are served meanwhile', async () => {
    const started = await t.call('caseFile.export', { caseId, path: join(out, '案卷.pdf') });
    expect(started.state).toBe('running');
    // The router is free: the case can be read while the case file is being made.
    expect((await t.call('cases.get', { id: caseId })).summary.id).toBe(caseId);
    const status = await printing(started.id);
    expect(status).toMatchObject({ kind: 'caseFile', state: 'running', phase: 'render', done: 0, total: 1 });
    await t.call('jobs.cancel', { id: started.id });
    printer.release();
    expect((await finished(t, started)).state).toBe('cancelled');
  });

  it('stops when the session locks, leaving no file behind, and tells the officer why once they are back', async () => {
    const started = await t.call('caseFile.export', { caseId, path: join(out, '案卷.pdf') });
    await printing(started.id);
    await t.call('auth.lock', {});
    printer.release();
    await new Promise((r) => setTimeout(r, 50));
    await t.call('auth.unlock', { password: TEAM.officer.password });
    const status = await finished(t, started);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'LOCKED' } });
    expect(readdirSync(out)).toEqual([]);
  });
});
