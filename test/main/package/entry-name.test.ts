import { describe, expect, it } from 'vitest';
import { collisionKey, entryNameProblem } from '../../../main/package/entry-name';

describe('entry names in a case package', () => {
  it('may be the names officers give their files, Chinese and nested included', () => {
    for (const name of ['案卷/询问笔录（第一次）.docx', '附件/照片 01.jpg', 'case.json', 'a.b.c', '2024年/第7号/决定书.pdf', '.hidden']) {
      expect({ name, problem: entryNameProblem(name) }).toEqual({ name, problem: null });
    }
  });

  it('may not leave their folder, be absolute, or hide characters', () => {
    const refused = {
      '': 'empty',
      '../x': 'relative',
      'a/../../x': 'relative',
      'a/./x': 'relative',
      '/etc/x': 'absolute',
      'C:\\x': 'backslash',
      'C:x': 'Windows',
      '\\\\server\\x': 'backslash',
      'a//b': 'empty path segment',
      'a/': 'empty path segment',
      'a\u0000b': 'control',
      'a\u0085b': 'control',
      'a\u200bb': 'invisible',
      'report.txt:secret': 'Windows',
      'lpt1': 'device',
      'nul.tar.gz': 'device',
      'trailing ': 'dot or space',
      ['x'.repeat(256)]: 'segment too long',
      ['a/'.repeat(600) + 'b']: 'too long',
      ['\ud800x']: 'well-formed',
      ['e\u0301']: 'normal form',
    };
    for (const [name, problem] of Object.entries(refused)) {
      expect({ name, problem: entryNameProblem(name) }).toEqual({ name, problem: expect.stringContaining(problem) });
    }
  });

  it('collide when Windows would see one file, whatever the case or width', () => {
    expect(collisionKey('Report.TXT')).toBe(collisionKey('report.txt'));
    expect(collisionKey('ＲＥＰＯＲＴ.txt')).toBe(collisionKey('report.txt'));
    expect(collisionKey('案卷/甲.txt')).not.toBe(collisionKey('案卷/乙.txt'));
  });
});
