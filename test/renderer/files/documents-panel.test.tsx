import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import type { DocumentInfo } from '../../../shared/ipc/documents.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { DocumentsPanel } from '../../../renderer/src/documents';
import { fakeMain, Refusal } from './fake-main';

const NUMBER = '青纪容认〔2026〕1号';

function doc(patch: Partial<DocumentInfo>): DocumentInfo {
  return {
    id: 1,
    caseId: 7,
    kind: 'ftRulingOpinion',
    step: 'ruling',
    templateVersion: 2,
    number: NUMBER,
    title: '关于赵立新同志容错纠错申请的认定意见书',
    issuedOn: '2026-11-28',
    size: 20_000,
    sha256: 'cd'.repeat(32),
    generatedBy: 'u1',
    generatedByName: '李明',
    generatedAt: '2026-11-28T07:00:00.000Z',
    replacesId: null,
    supersededBy: null,
    originOffice: null,
    ...patch,
  };
}

const KINDS = {
  kinds: [
    { kind: 'ftAcceptanceNotice', step: 'application', layout: 'letter', numbered: true, available: true, missing: [], issued: 1 },
    { kind: 'ftRefusalNotice', step: 'application', layout: 'letter', numbered: true, available: false, missing: [], issued: 0 },
    { kind: 'ftRulingOpinion', step: 'ruling', layout: 'letter', numbered: true, available: true, missing: ['orgDept.name', 'accountability.startDate'], issued: 0 },
    { kind: 'fileCover', step: 'filing', layout: 'form', numbered: false, available: true, missing: [], issued: 0 },
  ],
  supplied: {},
};

function renderPanel() {
  render(
    <AppProviders>
      <DocumentsPanel caseId={7} number="青纪容〔2026〕1号" revision="r1" />
    </AppProviders>,
  );
}

afterEach(cleanup);

describe('the documents of a case', () => {
  test('offers what the case can issue now, says what each still lacks, and lists what was issued with number, template version and date; a corrected one stays, marked', async () => {
    fakeMain({
      'documents.kinds': () => KINDS,
      'documents.list': () => ({
        rows: [
          doc({ id: 1, kind: 'ftAcceptanceNotice', number: '青纪容受〔2026〕1号', title: '容错纠错申请受理通知书', templateVersion: 1, supersededBy: 3 }),
          doc({ id: 3, kind: 'ftAcceptanceNotice', number: '青纪容受〔2026〕1号', title: '容错纠错申请受理通知书', templateVersion: 1, replacesId: 1 }),
        ],
      }),
    });
    renderPanel();
    const ruling = await screen.findByText('容错纠错认定意见书');
    const item = ruling.closest('li')!;
    expect(within(item).getByText('需补充 2 项')).toBeTruthy();
    expect(within(item).getByTestId('generate-ftRulingOpinion')).toBeTruthy();
    const refusal = screen.getByText('不予受理通知书').closest('li')!;
    expect(within(refusal).getByRole('button', { name: /制作/ }).hasAttribute('disabled')).toBe(true);
    // The cover and index come with the case file, not one by one.
    expect(screen.queryByText('案卷封面')).toBeNull();

    const rows = screen.getAllByText('青纪容受〔2026〕1号').map((n) => n.closest('tr')!);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.className).toContain('qz-document-superseded');
    expect(within(rows[0]!).getByText('已被更正')).toBeTruthy();
    expect(within(rows[1]!).getByText('更正件')).toBeTruthy();
    expect(within(rows[1]!).getByText('第 1 版')).toBeTruthy();
    expect(within(rows[1]!).queryByRole('button', { name: /更正/ })).toBeTruthy();
    expect(within(rows[0]!).queryByRole('button', { name: /更正/ })).toBeNull();
  });

  test('issuing asks for the date and each missing value by its name, marks what main still finds missing, and shows the number taken', async () => {
    let attempt = 0;
    const main = fakeMain({
      'documents.kinds': () => KINDS,
      'documents.list': () => ({ rows: attempt > 1 ? [doc({})] : [] }),
      'documents.generate': () => {
        attempt += 1;
        if (attempt === 1) throw new Refusal('TEMPLATE_VALUE_MISSING', ['values.orgDept.name'], { document: '容错纠错认定意见书', label: '组织部门', placeholder: 'orgDept.name' });
        return doc({});
      },
    });
    renderPanel();
    fireEvent.click(await screen.findByTestId('generate-ftRulingOpinion'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('document-generate-ok'));
    expect(await within(dialog).findAllByText('请填写此项。')).toHaveLength(2);
    expect(main.calls('documents.generate')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('组织部门'), { target: { value: '   ' } });
    const date = within(dialog).getByLabelText('问责启动日期');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2026-10-15' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    fireEvent.change(within(dialog).getByLabelText('组织部门'), { target: { value: '中共青山县委组织部' } });
    fireEvent.click(within(dialog).getByTestId('document-generate-ok'));
    await within(dialog).findByText('“容错纠错认定意见书”还缺少“组织部门”（orgDept.name），请补充后再生成。');

    fireEvent.click(within(dialog).getByTestId('document-generate-ok'));
    expect((await within(dialog).findByTestId('issued-number')).textContent).toBe(`文号：${NUMBER}`);
    const today = dayjs().format('YYYY-MM-DD');
    expect(main.calls('documents.generate')[1]).toEqual({
      caseId: 7,
      kind: 'ftRulingOpinion',
      date: today,
      values: { 'orgDept.name': '中共青山县委组织部', 'accountability.startDate': '2026-10-15' },
    });
    expect(within(dialog).getByText('第 2 版')).toBeTruthy();
  });
});
