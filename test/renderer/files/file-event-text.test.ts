import { describe, expect, test } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import { fileEventText } from '../../../renderer/src/documents';

const t = i18n.getFixedT('zh-CN');

describe('file lines in a case’s history', () => {
  test('read as what was done with the file, the document’s number or the reason beneath', () => {
    expect(fileEventText({ action: 'attachment.add', reason: '现场照片.png' }, t)).toEqual({ what: '添加证据材料', detail: '材料：现场照片.png' });
    expect(fileEventText({ action: 'attachment.remove', reason: '误传' }, t)).toEqual({ what: '删除证据材料', detail: '理由：误传' });
    expect(fileEventText({ action: 'attachment.purge', reason: '误传' }, t)).toEqual({ what: '删除并清除证据材料', detail: '理由：误传' });
    expect(fileEventText({ action: 'document.generate', reason: '认定意见书（青纪容认〔2026〕1号）' }, t)).toEqual({ what: '制作文书', detail: '认定意见书（青纪容认〔2026〕1号）' });
    expect(fileEventText({ action: 'document.correct', reason: '认定意见书（青纪容认〔2026〕1号）' }, t)?.what).toBe('更正文书');
    expect(fileEventText({ action: 'caseFile.export', reason: '案卷（共8页）' }, t)).toEqual({ what: '导出案卷', detail: '案卷（共8页）' });
    expect(fileEventText({ action: 'case.import', reason: null }, t)).toEqual({ what: '从交换包导入', detail: null });
  });

  test('leave the procedure’s own lines to the history', () => {
    expect(fileEventText({ action: 'application.submit', reason: null }, t)).toBeNull();
    expect(fileEventText({ action: 'save', reason: null }, t)).toBeNull();
  });
});
