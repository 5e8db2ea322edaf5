import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { defaultTemplate, type DocumentTemplate } from '../../../shared/documents';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { TemplateEditor } from '../../../renderer/src/documents';
import { fakeMain } from './fake-main';

const KIND = 'ftAcceptanceNotice';
const V1 = defaultTemplate(KIND);
const V2: DocumentTemplate = { ...V1, paragraphs: [{ style: 'body', text: '第二版的第一段。' }, ...V1.paragraphs.slice(1)] };
const VERSIONS = [
  { version: 1, createdAt: null, createdBy: null },
  { version: 2, createdAt: '2026-11-20T02:00:00.000Z', createdBy: 'u-admin' },
];

function renderEditor() {
  const main = fakeMain({
    'templates.get': (input) => (input.version === 1 ? { kind: KIND, version: 1, template: V1, versions: VERSIONS } : { kind: KIND, version: 2, template: V2, versions: VERSIONS }),
    'templates.update': (input) => ({ kind: KIND, version: 3, template: input.template, versions: [...VERSIONS, { version: 3, createdAt: '2026-11-28T02:00:00.000Z', createdBy: 'u-admin' }] }),
  });
  render(
    <AppProviders>
      <TemplateEditor kind={KIND} onSaved={() => undefined} />
    </AppProviders>,
  );
  return main;
}

const paragraph = (n: number) => screen.getByLabelText<HTMLTextAreaElement>(`正文第${n}段`);
const fieldOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement;

afterEach(cleanup);

describe('the template editor', () => {
  test('marks an unknown placeholder on its paragraph as it is typed and keeps saving off until it is fixed', async () => {
    const main = renderEditor();
    await waitFor(() => expect(paragraph(1).value).toBe('第二版的第一段。'));
    const save = screen.getByTestId('template-save');
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.change(paragraph(1), { target: { value: '{{cadre.nickname}}同志：' } });
    await within(fieldOf(paragraph(1))).findByText('正文第1段中的占位符 {{cadre.nickname}} 不存在，请从占位符列表中选择。');
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.change(paragraph(1), { target: { value: '{{acceptance.date}}受理。' } });
    await within(fieldOf(paragraph(1))).findByText('正文第1段中占位符 {{acceptance.date}} 需要加过滤器“date”才能写入文书。');
    fireEvent.change(paragraph(1), { target: { value: '{{acceptance.date|date}}受理。' } });
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));
    expect(main.calls('templates.update')).toEqual([]);
  });

  test('a placeholder picked from the list goes in at the cursor of the field last edited, with the filter its type needs; saving makes the next version', async () => {
    const main = renderEditor();
    await waitFor(() => expect(paragraph(1).value).toBe('第二版的第一段。'));
    const first = paragraph(1);
    fireEvent.focus(first);
    first.setSelectionRange(3, 3);
    fireEvent.click(screen.getByText('{{acceptance.date|date}}'));
    await waitFor(() => expect(paragraph(1).value).toBe('第二版{{acceptance.date|date}}的第一段。'));

    fireEvent.click(screen.getByTestId('template-save'));
    await screen.findByText('已保存为第 3 版。此前制作的文书保持原文不变。');
    const [sent] = main.calls('templates.update');
    expect(sent).toMatchObject({ kind: KIND });
    expect((sent!.template as DocumentTemplate).paragraphs[0]).toEqual({ style: 'body', text: '第二版{{acceptance.date|date}}的第一段。' });
    expect((sent!.template as DocumentTemplate).paragraphs.slice(1)).toEqual(V1.paragraphs.slice(1));
    expect(screen.getByTestId('template-save').textContent).toContain('保存为第 4 版');
  });

  test('an earlier version can be read, not edited, and taken as the start of the next one', async () => {
    const main = renderEditor();
    await waitFor(() => expect(paragraph(1).value).toBe('第二版的第一段。'));
    fireEvent.mouseDown(screen.getByLabelText('版本'));
    fireEvent.click(await screen.findByText('第 1 版 · 系统预置'));
    await screen.findByText('正在查看第 1 版（只读）。已按此版制作的文书保持该版的文字。');
    await waitFor(() => expect(paragraph(1).value).toBe(V1.paragraphs[0]!.text));
    expect(paragraph(1).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByTestId('placeholder-list')).toBeNull();
    expect(main.calls('templates.get')).toEqual([{ kind: KIND }, { kind: KIND, version: 1 }]);

    fireEvent.click(screen.getByRole('button', { name: /以第 1 版为基础修改/ }));
    await waitFor(() => expect(paragraph(1).hasAttribute('disabled')).toBe(false));
    expect(paragraph(1).value).toBe(V1.paragraphs[0]!.text);
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    expect(screen.getByTestId('template-save').hasAttribute('disabled')).toBe(false);
  });
});
