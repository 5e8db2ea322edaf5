import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { JobStatus } from '../../../shared/ipc/jobs.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { PackageImport } from '../../../renderer/src/packages';
import { useRoute } from '../../../renderer/src/route.store';
import { fakeMain, job, polls, POLLED, Refusal } from './fake-main';

const PATH = '/media/u盘/青山县.qzp';
const PASSPHRASE = '交换口令Exchange2026';

const PREVIEW: NonNullable<JobStatus['result']> = {
  kind: 'packageInspect',
  office: '青山县纪委监委',
  exportedAt: '2026-11-28T07:00:00.000Z',
  exportedBy: '李明',
  formatVersion: 1,
  bytes: 2 * 1024 * 1024,
  cases: [
    { originOffice: '青山县纪委监委', number: '青纪容〔2026〕1号', caseKind: 'fault-tolerance', cadreName: '赵立新', unitName: '云溪镇党委政府', status: 'new', localId: null, events: 18, documents: 1, attachments: 3 },
    { originOffice: '青山县纪委监委', number: '青纪容〔2026〕2号', caseKind: 'fault-tolerance', cadreName: '马晓东', unitName: '石门乡党委政府', status: 'same', localId: 4, events: 12, documents: 0, attachments: 0 },
    { originOffice: '青山县纪委监委', number: '青纪容〔2026〕4号', caseKind: 'fault-tolerance', cadreName: '何振华', unitName: '青山县自然资源局', status: 'differs', localId: 5, events: 14, documents: 2, attachments: 1 },
  ],
  newUnits: ['云溪镇党委政府'],
};

function renderImport() {
  return render(
    <AppProviders>
      <PackageImport />
    </AppProviders>,
  );
}

async function verify(passphrase: string) {
  fireEvent.change(screen.getByLabelText('交换包口令'), { target: { value: passphrase } });
  fireEvent.click(screen.getByTestId('package-verify'));
}

afterEach(cleanup);

describe('importing a case package', () => {
  test('a wrong passphrase is refused plainly, with nothing imported, and the officer may try again', async () => {
    const main = fakeMain({
      'packages.inspect': (input) => {
        if (!input.path) throw new Refusal('HOST_UNAVAILABLE', [], { what: 'chooseOpenPaths' });
        return job('packageInspect', { phase: 'verify' });
      },
      'jobs.status': () => job('packageInspect', { state: 'failed', phase: 'verify', error: new Refusal('PACKAGE_BAD_PASSPHRASE').payload() }),
    });
    renderImport();
    await verify('不是这个口令2026');
    fireEvent.change(await screen.findByLabelText('文件路径'), { target: { value: PATH } });
    fireEvent.click(screen.getByTestId('package-verify'));
    const refused = await screen.findByTestId('package-refused', undefined, POLLED);
    expect(refused.textContent).toContain('交换包未通过核验，未导入任何内容');
    expect(refused.textContent).toContain('交换包口令不正确，或文件头已损坏。');
    expect(main.calls('packages.inspect').at(-1)).toEqual({ passphrase: '不是这个口令2026', path: PATH });
    expect(screen.getByTestId('package-verify').hasAttribute('disabled')).toBe(false);
  });

  test('previews where the package came from and each case against this installation, imports only the new ones on confirmation, and links to them', async () => {
    const main = fakeMain({
      'packages.inspect': () => job('packageInspect', { phase: 'verify' }),
      'packages.import': () => job('packageImport', { id: 'job-import', phase: 'stage' }),
      'jobs.status': (input) =>
        input.id === 'job-import'
          ? job('packageImport', {
              id: 'job-import',
              state: 'done',
              phase: 'commit',
              result: { kind: 'packageImport', imported: [{ number: '青纪容〔2026〕1号', caseId: 31 }], skipped: [{ number: '青纪容〔2026〕2号', status: 'same' }, { number: '青纪容〔2026〕4号', status: 'differs' }] },
            })
          : polls(job('packageInspect', { state: 'done', phase: 'preview', result: PREVIEW }))(),
    });
    renderImport();
    await verify(PASSPHRASE);
    const preview = await screen.findByTestId('package-preview', undefined, POLLED);
    expect(within(preview).getByTestId('package-office').textContent).toBe('青山县纪委监委');
    expect(within(preview).getByText('将在本单位下新增以下单位：云溪镇党委政府')).toBeTruthy();
    const status = (name: string) => within(within(preview).getByText(name).closest('tr')!).getByText(/新案件|本机已有/).textContent;
    expect(status('赵立新')).toBe('新案件');
    expect(status('马晓东')).toBe('本机已有，内容相同');
    expect(status('何振华')).toBe('本机已有，内容不同（不导入）');
    expect(main.calls('packages.import')).toEqual([]);

    fireEvent.click(within(preview).getByTestId('package-import-confirm'));
    expect(within(preview).getByTestId('package-import-confirm').textContent).toContain('确认导入 1 件新案件');
    await screen.findByText('已导入 1 件案件', undefined, POLLED);
    expect(screen.getByText('2 件本机已有，未导入。')).toBeTruthy();
    expect(main.calls('packages.import')).toEqual([{ inspectJobId: 'job-packageInspect' }]);
    fireEvent.click(screen.getByText('青纪容〔2026〕1号'));
    expect(useRoute.getState()).toMatchObject({ pageId: 'case', params: { id: '31' } });
  });

  test('a package with nothing new cannot be imported, and letting it go releases it in main', async () => {
    const main = fakeMain({
      'packages.inspect': () => job('packageInspect', { phase: 'verify' }),
      'jobs.status': () => job('packageInspect', { state: 'done', phase: 'preview', result: { ...PREVIEW, cases: PREVIEW.cases.slice(1), newUnits: [] } }),
      'jobs.cancel': () => job('packageInspect', { state: 'done' }),
    });
    renderImport();
    await verify(PASSPHRASE);
    const confirm = await screen.findByTestId('package-import-confirm', undefined, POLLED);
    expect(confirm.hasAttribute('disabled')).toBe(true);
    expect(confirm.textContent).toContain('没有需要导入的新案件');
    fireEvent.click(screen.getByRole('button', { name: '放弃' }));
    await screen.findByTestId('package-verify');
    await waitFor(() => expect(main.calls('jobs.cancel')).toEqual([{ id: 'job-packageInspect' }]));
  });
});
