import { describe, expect, it } from 'vitest';
import { indexTokens, matchExpression } from '../../../main/search/bigrams';

describe('quick search tokens for Chinese text', () => {
  it('indexes a name as its characters and overlapping pairs, so two-character words are found', () => {
    expect(indexTokens('张明远').split(' ')).toEqual(expect.arrayContaining(['张', '明', '远', '张明', '明远']));
    expect(matchExpression('明远')).toBe('"明远"');
    expect(matchExpression('澄清正名')).toBe('"澄清" AND "清正" AND "正名"');
  });

  it('finds a case number exactly by the number before 号', () => {
    expect(indexTokens('绵纪容〔2026〕12号').split(' ')).toEqual(expect.arrayContaining(['2026', '12号', '绵纪', '纪容']));
    expect(matchExpression('12号')).toBe('"12号" AND "号"');
  });

  it('has nothing to search in punctuation alone, and keeps quotes out of the expression', () => {
    expect(matchExpression('〔〕！')).toBeNull();
    expect(matchExpression('a"b')).toBe('"a"* AND "b"*');
  });
});
