import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type Channel } from '../../../shared/ipc';

const RECORD_KEYS = ['id', 'caseId', 'cadreId', 'reportId'];

/** Channels that name a case record but hand back none of its content, each with the reason. */
const NOT_CONTENT: Partial<Record<Channel, string>> = {
  'documents.kinds': 'which document kinds the case may issue next: names of forms, not what the case holds',
  'attachments.uploadBegin': 'starts an upload the user is sending; the finished upload is a change and recorded as one',
};

/** The keys a call must give: an optional id is a filter, a required one names the record read. */
function requiredKeysOf(c: Channel): string[] {
  const input = contract[c].input as z.ZodType;
  if (!(input instanceof z.ZodObject)) return [];
  return Object.entries(input.shape as Record<string, z.ZodType>)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([k]) => k);
}

describe('the audit trail covers every read of case content', () => {
  it('every channel that opens a case record (a case, a cadre, a report, a document, an attachment) records who read it', () => {
    const readers = (Object.keys(contract) as Channel[]).filter((c) => {
      const def = contract[c] as { permission?: string; mutates: boolean };
      return def.permission === 'cases.work' && !def.mutates && requiredKeysOf(c).some((k) => RECORD_KEYS.includes(k));
    });
    expect(readers.length).toBeGreaterThan(3);
    const unrecorded = readers.filter((c) => !(contract[c] as { auditRead?: boolean }).auditRead && !NOT_CONTENT[c]);
    expect(unrecorded).toEqual([]);
  });

  it('every exemption still names a channel of the contract', () => {
    for (const c of Object.keys(NOT_CONTENT)) expect(Object.keys(contract), c).toContain(c);
  });
});

describe('nobody can edit or delete the trail through the app', () => {
  const root = path.resolve(__dirname, '../../../main');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  it('no code but archiving removes entries, and no code rewrites one', () => {
    const writers = sources(root).filter((f) => /\b(UPDATE\s+audit_log|DELETE\s+FROM\s+audit_log|DROP\s+TRIGGER\s+audit_)/i.test(fs.readFileSync(f, 'utf8')));
    expect(writers.map((f) => path.relative(root, f)).sort()).toEqual(['audit/audit-archive.ts', 'db/migrations/0004-user-scope.ts']);
    const archive = fs.readFileSync(path.join(root, 'audit/audit-archive.ts'), 'utf8');
    expect(archive).not.toMatch(/UPDATE\s+audit_log/i);
  });

  it('no channel of the contract edits or deletes entries', () => {
    const auditChannels = Object.keys(contract).filter((c) => c.startsWith('audit.'));
    expect(auditChannels.sort()).toEqual(['audit.archive', 'audit.checkFile', 'audit.export', 'audit.list', 'audit.settings', 'audit.updateSettings', 'audit.verify']);
  });
});
