import { describe, expect, test } from 'vitest';
import { actionLabel, knownActions } from '../../../renderer/src/audit/action-label';
import { contract } from '../../../shared/ipc/contract';

describe('action names on the audit trail', () => {
  test('every channel that changes data or opens case records has a name in both languages', () => {
    const recorded = Object.entries(contract)
      .filter(([, def]) => (def as { mutates?: boolean }).mutates || (def as { auditRead?: boolean }).auditRead)
      .map(([name]) => name);
    for (const locale of ['zh-CN', 'en'] as const) {
      const named = new Set(knownActions(locale).map((a) => a.code));
      expect(recorded.filter((name) => !named.has(name)), locale).toEqual([]);
    }
  });

  test('a code no catalog knows is shown as it is, never hidden or guessed', () => {
    expect(actionLabel('zh-CN', 'auth.failed')).toBe('登录失败');
    expect(actionLabel('en', 'auth.failed')).toBe('Failed sign-in');
    expect(actionLabel('zh-CN', 'future.channel')).toBe('future.channel');
    expect(actionLabel('zh-CN', 'auth')).toBe('auth');
  });
});
