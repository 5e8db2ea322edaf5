import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type Channel } from '../../../shared/ipc';
import { diskFingerprint, makeCore, setUp, type TestCore } from '../../support/core-fixture';

let t: TestCore;
beforeAll(async () => {
  t = makeCore();
  await setUp(t);
});
afterAll(() => t.dispose());

const channels = Object.keys(contract) as Channel[];
const HUGE = 'x'.repeat(100_001);

function fieldsOf(c: Channel): string[] {
  const schema = contract[c].input;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Every malformed input we can derive from a channel's own schema. */
function badInputs(c: Channel): unknown[] {
  const bad: unknown[] = [42, 'text', [1, 2], true, { unexpected: 1 }];
  for (const f of fieldsOf(c)) bad.push({ [f]: HUGE }, { [f]: { nested: true } }, { [f]: -1.5 });
  return bad;
}

describe('every channel refuses malformed input with a clear error and changes nothing', () => {
  it.each(channels)('%s', async (c) => {
    const before = diskFingerprint(t.dir);
    for (const input of badInputs(c)) {
      const err = await t.fail(c, input);
      expect(err.code, `${c} ← ${JSON.stringify(input).slice(0, 80)}`).toBe('INVALID_INPUT');
      expect(err.message['zh-CN']).toMatch(/输入有误/);
      expect(err.message.en).toMatch(/not valid/);
      expect(err.fields?.length).toBeGreaterThan(0);
    }
    expect(diskFingerprint(t.dir)).toBe(before);
  });

  it('names the fields at fault', async () => {
    const err = await t.fail('users.create', { username: 'ok_name', displayName: HUGE, password: 'Pass2026word', unitId: 1, roles: ['officer'] });
    expect(err.fields).toEqual(['displayName']);
  });

  it('refuses unknown and prototype-named channels', async () => {
    const before = diskFingerprint(t.dir);
    for (const c of ['cases.delete', '__proto__', 'constructor', 'toString', 42, null, '', HUGE]) {
      const err = await t.fail(c as string, {});
      expect(err.code).toBe('UNKNOWN_CHANNEL');
      expect(String(err.params?.channel ?? '').length).toBeLessThanOrEqual(60);
    }
    expect(diskFingerprint(t.dir)).toBe(before);
  });
});
