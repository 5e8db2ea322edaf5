import { describe, expect, it } from 'vitest';
import { defaultTemplate, validateTemplate, type DocumentTemplate, type TemplateIssue } from '../../../shared/documents';

function issuesOf(edit: (t: DocumentTemplate) => void, kind: DocumentTemplate['kind'] = 'cqIntentNotice'): TemplateIssue[] {
  const t = defaultTemplate(kind);
  edit(t);
  const result = validateTemplate(t);
  return result.valid ? [] : result.issues;
}

describe('checking a template an administrator edited', () => {
  it('accepts the default template unchanged', () => {
    expect(validateTemplate(defaultTemplate('cqIntentNotice')).valid).toBe(true);
  });

  it('reports an unknown placeholder, saying where it is', () => {
    const [issue, ...rest] = issuesOf((t) => {
      t.paragraphs[1]!.text += '{{cadre.nickname}}';
    });
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('unknownPlaceholder');
    expect(issue?.path).toBe('paragraphs.1.text');
    expect(issue?.message['zh-CN']).toBe('正文第2段中的占位符 {{cadre.nickname}} 不存在，请从占位符列表中选择。');
    expect(issue?.message.en).toBe('Paragraph 2: there is no placeholder {{cadre.nickname}}; pick one from the list.');
  });

  it('reports an opening {{ that is never closed', () => {
    const issues = issuesOf((t) => {
      t.title = '关于{{cadre.name 同志的告知书';
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unclosedBraces', 'title']]);
    expect(issues[0]?.message['zh-CN']).toContain('标题第3个字符处的左双花括号没有对应的右双花括号');
  });

  it('reports a single stray brace, as in {cadre.name}}', () => {
    const issues = issuesOf((t) => {
      t.recipient = '{cadre.name}}同志：';
    });
    expect(issues.map((i) => i.code)).toEqual(['strayBrace', 'strayBrace']);
  });

  it('refuses a placeholder of the other case type', () => {
    const issues = issuesOf((t) => {
      t.paragraphs[0]!.text = '{{ruling.outcome}}';
    });
    expect(issues.map((i) => i.code)).toEqual(['placeholderOutOfScope']);
  });

  it('asks for the date filter on a date, and refuses it on a name', () => {
    const issues = issuesOf((t) => {
      t.paragraphs[0]!.text = '{{clearance.date}}，{{cadre.name|date}}，{{cadre.name|bold}}';
    });
    expect(issues.map((i) => [i.code, i.params.filter])).toEqual([
      ['needsFilter', 'date'],
      ['filterMismatch', 'date'],
      ['unknownFilter', 'bold'],
    ]);
  });

  it('reports a form row whose cells do not add up to the table’s columns', () => {
    const issues = issuesOf((t) => {
      t.tables[0]!.rows[0]!.cells.pop();
    }, 'cqApprovalForm');
    expect(issues.map((i) => [i.code, i.path, i.params.width, i.params.columns])).toEqual([['spanMismatch', 'tables.0.rows.0', 3, 4]]);
  });

  it('keeps index fields (item.*) to the repeated row', () => {
    const issues = issuesOf((t) => {
      t.title = '{{item.title}}';
    }, 'fileIndex');
    expect(issues.map((i) => i.code)).toEqual(['itemOutsideRepeat']);
  });

  it('requires a letterhead on an official document', () => {
    const issues = issuesOf((t) => {
      delete t.letterhead;
    });
    expect(issues.map((i) => i.code)).toEqual(['letterheadRequired']);
  });

  it('bounds the length of every text', () => {
    const issues = issuesOf((t) => {
      t.title = '长'.repeat(201);
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalidField', 'title']]);
  });
});
