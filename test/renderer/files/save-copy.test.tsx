import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import '../../../renderer/src/i18n';
import { invoke } from '../../../renderer/src/api';
import { AppProviders } from '../../../renderer/src/app-providers';
import { useSaveCopy } from '../../../renderer/src/exports';
import { fakeMain, Refusal } from './fake-main';

function SaveButton() {
  const copy = useSaveCopy();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void copy.save({ name: '认定意见书', extension: 'docx', write: (path) => invoke('documents.save', { id: 3, ...(path ? { path } : {}) }) })
        }
      >
        保存副本
      </button>
      {copy.element}
    </>
  );
}

function renderButton() {
  render(
    <AppProviders>
      <SaveButton />
    </AppProviders>,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('saving a copy of a stored file', () => {
  test('uses the host’s save dialog where there is one, and a closed dialog is no error', async () => {
    let answer: 'saved' | 'cancelled' = 'cancelled';
    const main = fakeMain({
      'documents.save': () => {
        if (answer === 'cancelled') throw new Refusal('CANCELLED');
        return { path: 'D:\\文书\\认定意见书.docx', size: 100, sha256: 'aa'.repeat(32) };
      },
    });
    renderButton();
    fireEvent.click(screen.getByText('保存副本'));
    await vi.waitFor(() => expect(main.calls('documents.save')).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('.ant-message-notice')).toBeNull();
    answer = 'saved';
    fireEvent.click(screen.getByText('保存副本'));
    await screen.findByText('已保存到 D:\\文书\\认定意见书.docx');
    expect(main.calls('documents.save')).toEqual([{ id: 3 }, { id: 3 }]);
  });

  test('asks for a path where the host has no dialog, puts a refused path on the field, and remembers to ask next time', async () => {
    const main = fakeMain({
      'documents.save': (input) => {
        if (!input.path) throw new Refusal('HOST_UNAVAILABLE', [], { what: 'chooseSavePath' });
        if (String(input.path).includes('qingzheng-data')) throw new Refusal('EXPORT_PATH_REFUSED', ['path'], { extension: 'docx' });
        return { path: String(input.path), size: 100, sha256: 'aa'.repeat(32) };
      },
    });
    renderButton();
    fireEvent.click(screen.getByText('保存副本'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('保存副本：认定意见书');
    const field = within(dialog).getByLabelText('保存到');
    fireEvent.change(field, { target: { value: '/home/li/qingzheng-data/x.docx' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await within(dialog).findByText('不能保存到该位置：须是已存在文件夹中的 docx 文件，且不在清正的数据文件夹内。');
    fireEvent.change(field, { target: { value: '/media/u盘/认定意见书.docx' } });
    // The spinner of the first try lingers in the name while its leave motion runs (no animations here).
    fireEvent.click(within(dialog).getByRole('button', { name: /(^|\s)保存$/ }));
    await screen.findByText('已保存到 /media/u盘/认定意见书.docx');

    fireEvent.click(screen.getByText('保存副本'));
    await screen.findByRole('dialog');
    expect(main.calls('documents.save')).toHaveLength(3);
  });
});
