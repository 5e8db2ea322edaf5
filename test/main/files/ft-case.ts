import { expect } from 'vitest';
import type { TestCore } from '../../support/core-fixture';
import { setUp } from '../../support/core-fixture';
import { as, makeTeam } from '../../support/case-team';
import { application, feedback, investigation, ruling } from '../../support/fault-tolerance-data';
import type { Output } from '../../../shared/ipc';

/** The values an office sets once for its documents, as its administrator would. */
export const OFFICE_DOCUMENT_SETTINGS = { contactPhone: '0816-2345678', orgDeptName: '中共绵阳市委组织部', officeShortName: '市纪委监委' };

/** An office with its case team, its document settings, and a cadre whose record is complete. */
export async function officeWithTeam(t: TestCore) {
  await setUp(t);
  const team = await makeTeam(t);
  await as(t, 'admin');
  await t.call('docSettings.update', OFFICE_DOCUMENT_SETTINGS);
  await as(t, 'officer');
  const cadre = await t.call('cadres.update', {
    id: team.cadre.id,
    name: '张明远',
    gender: 'male',
    unitId: team.town.id,
    post: '镇长',
    rank: '一级主任科员',
    politicalStatus: '中共党员',
    idNumber: '510703198005120014',
  });
  return { ...team, cadre };
}

export type FtStage = 'application' | 'accepted' | 'investigated' | 'ruled' | 'closed';

const act = (t: TestCore, id: number, action: string, input: Record<string, unknown> = {}) => t.call('cases.act', { id, action, input });

/** A 容错纠错 case taken through the procedure by the team, up to the stage asked for; the officer is signed in at the end. */
export async function faultToleranceCase(t: TestCore, cadreId: number, stage: FtStage = 'closed'): Promise<number> {
  await as(t, 'officer');
  const { summary } = await t.call('cases.create', { kind: 'fault-tolerance', cadreId, data: application });
  const id = summary.id;
  if (stage === 'application') return id;
  await act(t, id, 'application.submit');
  await as(t, 'reviewer');
  await act(t, id, 'application.accept');
  await as(t, 'officer');
  if (stage === 'accepted') return id;
  await t.call('cases.saveStep', { id, step: 'investigation', data: investigation() });
  await act(t, id, 'investigation.submit');
  await as(t, 'reviewer');
  await act(t, id, 'investigation.approve');
  if (stage === 'investigated') return (await as(t, 'officer'), id);
  await t.call('cases.saveStep', { id, step: 'ruling', data: ruling() });
  await act(t, id, 'ruling.submit');
  await as(t, 'approver');
  await act(t, id, 'ruling.approve');
  await as(t, 'officer');
  if (stage === 'ruled') return id;
  await t.call('cases.saveStep', { id, step: 'feedback', data: feedback(true) });
  await act(t, id, 'feedback.submit');
  await as(t, 'reviewer');
  await act(t, id, 'feedback.close');
  await as(t, 'officer');
  return id;
}

/** What an officer supplies that a 容错纠错 case does not record: when and by whom accountability was started. */
export const ACCOUNTABILITY_VALUES = { 'accountability.organ': '中共某县纪律检查委员会', 'accountability.startDate': '2026-10-15' };

type JobStatus = Output<'jobs.status'>;

/** Polls a job as the screen does until it stops running. */
export async function finished(t: TestCore, started: JobStatus, timeoutMs = 120_000): Promise<JobStatus> {
  const deadline = Date.now() + timeoutMs;
  let status = started;
  while (status.state === 'running') {
    if (Date.now() > deadline) throw new Error(`job ${status.kind} still running in phase ${status.phase}`);
    await new Promise((r) => setTimeout(r, 25));
    status = await t.call('jobs.status', { id: started.id });
  }
  return status;
}

export async function succeeded(t: TestCore, started: JobStatus, timeoutMs?: number): Promise<NonNullable<JobStatus['result']>> {
  const status = await finished(t, started, timeoutMs);
  expect(status.error, `job ${status.kind} failed`).toBeNull();
  expect(status.state).toBe('done');
  return status.result!;
}

/** The trail as the security auditor reads it (三员分立: nobody else does); the auditor account is made on first use. */
export async function auditEntries(t: TestCore, action: string) {
  const auditor = { username: 'shenji', password: 'Auditor2026' };
  if (!(await t.core.dispatch('auth.login', auditor)).ok) {
    await as(t, 'admin');
    await t.call('users.create', { ...auditor, displayName: '审计员', unitId: 1, roles: ['auditor'] });
    await t.call('auth.login', auditor);
  }
  return (await t.call('audit.list', { action })).rows;
}
