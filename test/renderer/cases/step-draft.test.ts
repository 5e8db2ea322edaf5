import { describe, expect, test } from 'vitest';
import { changedFields, cleanValue, stepDraft } from '../../../renderer/src/cases/step-draft';
import { faultToleranceFields } from '../../../shared/workflow';

describe('what a save of a half-filled step sends', () => {
  test('typed text is trimmed, and blanks and empty list rows are left out', () => {
    expect(cleanValue({ a: '  x ', b: '', c: [{ title: '' }, { title: '纪要', note: ' ' }], d: false })).toEqual({
      a: 'x',
      c: [{ title: '纪要' }],
      d: false,
    });
  });

  test('fields valid as a whole are saved; a half-typed meeting stays on the screen without blocking them', () => {
    const draft = stepDraft(faultToleranceFields.rulingFields, {
      reasoning: '符合容错情形。',
      meeting: { body: '县纪委常委会', heldOn: '2026-11-20' },
      outcome: 'exempt',
      documentNo: '   ',
    });
    expect(draft.valid).toEqual({ reasoning: '符合容错情形。', outcome: 'exempt' });
    expect(draft.invalid).toEqual(['meeting']);
  });

  test('only what differs from the saved record is sent again', () => {
    expect(changedFields({ outcome: 'exempt', reasoning: '新理由' }, { outcome: 'exempt', reasoning: '旧理由' })).toEqual({ reasoning: '新理由' });
  });
});
