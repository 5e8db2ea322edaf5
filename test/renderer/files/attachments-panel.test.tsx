import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import type { AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { AttachmentsPanel } from '../../../renderer/src/attachments';
import { fakeMain, Refusal } from './fake-main';

const SHA = '3f'.repeat(32);

function info(patch: Partial<AttachmentInfo>): AttachmentInfo {
  return {
    id: 1,
    caseId: 7,
    step: 'investigation',
    name: '谈话笔录.pdf',
    mime: 'application/pdf',
    size: 2048,
    sha256: SHA,
    addedBy: 'u1',
    addedByName: '李办理',
    addedAt: '2026-11-20T02:30:00.000Z',
    removed: null,
    purgedAt: null,
    viewable: true,
    ...patch,
  };
}

const REMOVED = info({
  id: 2,
  name: '误传.txt',
  mime: 'text/plain',
  viewable: false,
  removed: { by: 'u2', byName: '王审核', at: '2026-11-21T06:00:00.000Z', reason: '与本案无关' },
});

function renderPanel(step = 'investigation') {
  render(
    <AppProviders>
      <AttachmentsPanel caseId={7} step={step} />
    </AppProviders>,
  );
  return screen.getByTestId('attachments-panel');
}

const row = (name: string) => screen.getByText(name).closest('tr')!;

afterEach(cleanup);

describe('the evidence of a case step', () => {
  test('lists this step’s files with size, who added them and when, and the hash in short with the whole on hand; a removed one stays, struck through, with who, when and why', async () => {
    fakeMain({ 'attachments.list': () => ({ rows: [info({}), REMOVED, info({ id: 3, step: 'ruling', name: '会议纪要.pdf' })] }) });
    renderPanel();
    await screen.findByText('谈话笔录.pdf');
    expect(screen.queryByText('会议纪要.pdf')).toBeNull();
    const kept = within(row('谈话笔录.pdf'));
    expect(kept.getByText('2.0 KB')).toBeTruthy();
    expect(kept.getByText('李办理')).toBeTruthy();
    // As the officer's clock reads it.
    expect(kept.getByText(dayjs('2026-11-20T02:30:00.000Z').format('YYYY-MM-DD HH:mm'))).toBeTruthy();
    expect(kept.getByText(`${SHA.slice(0, 12)}…`).closest('[data-sha256]')?.getAttribute('data-sha256')).toBe(SHA);
    expect(kept.getByRole('button', { name: '查看' })).toBeTruthy();

    const gone = within(row('误传.txt'));
    expect(row('误传.txt').className).toContain('qz-attachment-removed');
    expect(gone.getByTestId('tombstone').textContent).toContain(`王审核 于 ${dayjs('2026-11-21T06:00:00.000Z').format('YYYY-MM-DD HH:mm')} 删除，理由：与本案无关`);
    expect(gone.queryByRole('button', { name: '删除' })).toBeNull();
    expect(screen.getByText('共 1 件')).toBeTruthy();
  });

  test('removal asks for the reason first, then shows the tombstone main answers with', async () => {
    const main = fakeMain({
      'attachments.list': () => ({ rows: [info({})] }),
      'attachments.remove': (input) => info({ removed: { by: 'u1', byName: '李办理', at: '2026-11-28T01:00:00.000Z', reason: String(input.reason) } }),
    });
    renderPanel();
    fireEvent.click(within(await waitFor(() => row('谈话笔录.pdf'))).getByRole('button', { name: '删除' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    await within(dialog).findByText('请填写删除理由。');
    expect(main.calls('attachments.remove')).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('删除理由'), { target: { value: '  重复上传  ' } });
    fireEvent.click(within(dialog).getByLabelText('同时清除文件内容'));
    fireEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    await screen.findByTestId('tombstone');
    expect(main.calls('attachments.remove')).toEqual([{ id: 1, reason: '重复上传', purge: true }]);
    expect(screen.getByTestId('tombstone').textContent).toContain('理由：重复上传');
  });

  test('adding from disk asks for a path where there is no file dialog, and lists what main added', async () => {
    const main = fakeMain({
      'attachments.list': () => ({ rows: [] }),
      'attachments.add': (input) => {
        if (!input.paths) throw new Refusal('HOST_UNAVAILABLE', [], { what: 'chooseOpenPaths' });
        return { added: [info({ id: 9, name: '现场照片.png', mime: 'image/png' })] };
      },
    });
    renderPanel();
    await screen.findByText('本环节暂无证据材料。');
    fireEvent.click(screen.getByTestId('attachment-add'));
    fireEvent.change(await screen.findByLabelText('文件路径'), { target: { value: '/home/li/扫描/现场照片.png' } });
    fireEvent.click(screen.getByTestId('attachment-add'));
    await screen.findByText('现场照片.png');
    expect(main.calls('attachments.add')).toEqual([
      { caseId: 7, step: 'investigation' },
      { caseId: 7, step: 'investigation', paths: ['/home/li/扫描/现场照片.png'] },
    ]);
  });

  test('a dropped file is sent in order in chunks of at most what main allows, then listed; a refused one says why and can be dismissed', async () => {
    const received: { offset: number; bytes: number[] }[] = [];
    const main = fakeMain({
      'attachments.list': () => ({ rows: [] }),
      'attachments.uploadBegin': (input) => {
        if (String(input.name).endsWith('.exe')) throw new Refusal('ATTACHMENT_TYPE', ['name'], { name: String(input.name) });
        return { uploadId: 'up-1', chunkBytes: 4 };
      },
      'attachments.uploadChunk': (input) => {
        const bytes = Array.from(atob(String(input.data)), (c) => c.charCodeAt(0));
        received.push({ offset: Number(input.offset), bytes });
        return { received: Number(input.offset) + bytes.length };
      },
      'attachments.uploadCommit': () => info({ id: 11, name: '笔录.txt', mime: 'text/plain', size: 10 }),
      'attachments.uploadAbort': () => ({ done: true }),
    });
    renderPanel();
    await screen.findByText('本环节暂无证据材料。');
    const bytes = new TextEncoder().encode('0123456789');
    const files = [new File([bytes], '笔录.txt', { type: 'text/plain' }), new File([new Uint8Array([77, 90])], '工具.exe')];
    fireEvent.drop(screen.getByTestId('attachment-drop'), { dataTransfer: { files, types: ['Files'] } });

    await screen.findByText('笔录.txt');
    expect(received).toEqual([
      { offset: 0, bytes: [48, 49, 50, 51] },
      { offset: 4, bytes: [52, 53, 54, 55] },
      { offset: 8, bytes: [56, 57] },
    ]);
    expect(main.calls('attachments.uploadCommit')).toEqual([{ uploadId: 'up-1' }]);
    const refused = await screen.findByText('“工具.exe”不是允许的证据材料类型（PDF、JPEG、PNG、DOCX、XLSX、TXT），或文件内容与扩展名不符。');
    fireEvent.click(within(refused.closest('li')!).getByRole('button', { name: '移除提示' }));
    await waitFor(() => expect(screen.queryByTestId('upload-item')).toBeNull());
  });

  test('an upload that breaks half-way is aborted, so main discards what it received', async () => {
    const main = fakeMain({
      'attachments.list': () => ({ rows: [] }),
      'attachments.uploadBegin': () => ({ uploadId: 'up-2', chunkBytes: 4 }),
      'attachments.uploadChunk': (input) => {
        if (Number(input.offset) > 0) throw new Refusal('LOCKED');
        return { received: 4 };
      },
      'attachments.uploadAbort': () => ({ done: true }),
    });
    renderPanel();
    await screen.findByText('本环节暂无证据材料。');
    fireEvent.drop(screen.getByTestId('attachment-drop'), { dataTransfer: { files: [new File(['0123456789'], '笔录.txt')], types: ['Files'] } });
    await waitFor(() => expect(main.calls('attachments.uploadAbort')).toEqual([{ uploadId: 'up-2' }]));
    expect(main.calls('attachments.uploadCommit')).toEqual([]);
  });
});
