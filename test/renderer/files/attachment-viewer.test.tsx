import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { AttachmentViewer } from '../../../renderer/src/attachments/attachment-viewer';
import type { AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import { fakeMain } from './fake-main';

const scan: AttachmentInfo = {
  id: 4,
  caseId: 7,
  step: 'investigation',
  name: '现场照片.png',
  mime: 'image/png',
  size: 6,
  sha256: 'aa'.repeat(32),
  addedBy: 'u1',
  addedByName: '李办理',
  addedAt: '2026-11-20T02:30:00.000Z',
  removed: null,
  purgedAt: null,
  viewable: true,
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('viewing evidence inside the app', () => {
  test('reads the bytes in ranges into memory, shows them from an object URL, and revokes it when the viewer closes', async () => {
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:qingzheng/scan-1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const main = fakeMain({
      'attachments.read': (input) =>
        input.offset === 0
          ? { id: 4, mime: 'image/png', size: 6, offset: 0, data: btoa('abc'), eof: false }
          : { id: 4, mime: 'image/png', size: 6, offset: 3, data: btoa('def'), eof: true },
    });
    const view = render(
      <AppProviders>
        <AttachmentViewer attachment={scan} onClose={() => undefined} />
      </AppProviders>,
    );
    const image = await screen.findByRole('img', { name: '现场照片.png' });
    expect(image.getAttribute('src')).toBe('blob:qingzheng/scan-1');
    expect(main.calls('attachments.read').map((i) => i.offset)).toEqual([0, 3]);
    expect(made).toHaveLength(1);
    expect(made[0]!.type).toBe('image/png');
    await expect(made[0]!.text()).resolves.toBe('abcdef');
    expect(revoke).not.toHaveBeenCalled();
    view.unmount();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:qingzheng/scan-1'));
  });

  test('a PDF opens in the browser’s own viewer in a frame', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:qingzheng/pdf-1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    fakeMain({ 'attachments.read': () => ({ id: 5, mime: 'application/pdf', size: 5, offset: 0, data: btoa('%PDF-'), eof: true }) });
    render(
      <AppProviders>
        <AttachmentViewer attachment={{ ...scan, id: 5, name: '笔录.pdf', mime: 'application/pdf', size: 5 }} onClose={() => undefined} />
      </AppProviders>,
    );
    const frame = await screen.findByTitle('笔录.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('blob:qingzheng/pdf-1');
  });
});
