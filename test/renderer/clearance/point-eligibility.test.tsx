import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReportDetail } from '../../../shared/ipc/clearance.contract';
import '../../../renderer/src/i18n';
import { AppProviders } from '../../../renderer/src/app-providers';
import { pointEligibility } from '../../../renderer/src/clearance/point-eligibility';
import { PointEligibilityMark } from '../../../renderer/src/clearance/point-eligibility-mark';
import { OpenClearanceModal } from '../../../renderer/src/clearance/open-clearance-modal';

const ZHANG = 11;
const CHEN = 12;
type Point = ReportDetail['points'][number];

function point(no: number, finding: Point['finding'], extra: Partial<Point> = {}): Point {
  return { id: 100 + no, no, summary: `第${no}项问题摘要`, cadreIds: [], finding, note: null, clearable: finding === 'untrue', clearances: [], ...extra };
}

/** A concluded report naming 张明远 and 陈思远, with one point of each finding and one cleared already. */
function report(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: 1,
    number: '绵纪举〔2026〕1号',
    unitId: 1,
    unitName: '绵阳市纪委监委机关',
    receivedVia: 'letter',
    receivedOn: '2026-09-10',
    reporter: { anonymous: true, hidden: false, name: null, contact: null, workplace: null },
    cadres: [
      { id: ZHANG, name: '张明远', unitId: 2, unitName: '云溪镇人民政府', post: '镇长' },
      { id: CHEN, name: '陈思远', unitId: 2, unitName: '云溪镇人民政府', post: '副镇长' },
    ],
    allegations: '反映张明远、陈思远违规插手工程。',
    points: [
      point(1, 'untrue', { cadreIds: [ZHANG] }),
      point(2, 'true'),
      point(3, 'unproven', { cadreIds: [ZHANG] }),
      point(4, 'partlyTrue'),
      point(5, 'untrue', { clearable: true, clearances: [{ caseId: 9, number: '绵纪澄〔2026〕1号', cadreId: ZHANG, status: 'active' }] }),
      point(6, null),
    ],
    verification: { unitId: 1, unitName: '绵阳市纪委监委机关', concludedOn: '2026-11-02', conclusion: '逐项认定。' },
    status: 'concluded',
    clearances: [],
    referrals: [],
    createdAt: '2026-09-10T01:00:00.000Z',
    updatedAt: '2026-11-02T01:00:00.000Z',
    ...overrides,
  };
}

afterEach(cleanup);

describe('which points of a report can be cleared, and why the others cannot', () => {
  test('only a point verified 失实 in a concluded verification is clearable; true, partly true, unproven and unconcluded points each say why not', () => {
    const r = report();
    expect(r.points.map((p) => pointEligibility(r, p).reason)).toEqual(['clearable', 'found', 'unproven', 'found', 'clearable', 'noFinding']);
    const ongoing = report({ verification: { unitId: 1, unitName: '绵阳市纪委监委机关', concludedOn: null, conclusion: null } });
    expect(pointEligibility(ongoing, ongoing.points[0]!)).toEqual({ eligible: false, reason: 'notConcluded' });
  });

  test('for one cadre: a point about someone else, or already being cleared for this cadre, is not clearable; the other cadre it is about still may be cleared', () => {
    const r = report();
    const [first, , , , taken] = r.points;
    expect(pointEligibility(r, first!, CHEN)).toEqual({ eligible: false, reason: 'otherCadre' });
    expect(pointEligibility(r, taken!, ZHANG)).toEqual({ eligible: false, reason: 'taken', numbers: ['绵纪澄〔2026〕1号'] });
    expect(pointEligibility(r, taken!, CHEN)).toEqual({ eligible: true, reason: 'clearable' });
    // Cleared for every cadre it is about, main no longer calls it clearable, and the mark names the case.
    const done = { ...taken!, clearable: false };
    expect(pointEligibility(r, done)).toEqual({ eligible: false, reason: 'taken', numbers: ['绵纪澄〔2026〕1号'] });
  });

  test('the marks read as an officer would say them', () => {
    const r = report();
    render(
      <AppProviders>
        {r.points.map((p) => (
          <div key={p.id} data-testid={`point-${p.no}`}>
            <PointEligibilityMark eligibility={pointEligibility(r, { ...p, clearable: p.no === 1 })} />
          </div>
        ))}
      </AppProviders>,
    );
    const mark = (no: number) => screen.getByTestId(`point-${no}`).textContent;
    expect(mark(1)).toBe('可澄清');
    expect(mark(2)).toBe('不可澄清经核实属实或部分属实，不能澄清');
    expect(mark(3)).toBe('不可澄清查无实据但不能排除，不属于澄清范围');
    expect(mark(5)).toBe('不可澄清已在澄清案件绵纪澄〔2026〕1号中办理');
    expect(mark(6)).toBe('不可澄清尚无核实结论');
  });
});

describe('opening a clearance from a report', () => {
  test('lists every point for the chosen cadre, ticks the clearable ones, and disables the others with the reason', async () => {
    render(
      <AppProviders>
        <OpenClearanceModal report={report()} onClose={() => undefined} onOpened={() => undefined} />
      </AppProviders>,
    );
    const row = (no: number) => document.querySelector<HTMLElement>(`.qz-open-point[data-point="${no}"]`)!;
    const box = (no: number) => row(no).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    // 张明远 is first with something to clear: point 1 only (point 5 is being cleared for him already).
    expect(screen.getByRole('radio', { name: /张明远/ })).toHaveProperty('checked', true);
    expect([1, 2, 3, 4, 5, 6].map((no) => [box(no).checked, box(no).disabled])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [false, true],
      [false, true],
      [false, true],
    ]);
    expect(row(3).textContent).toContain('查无实据但不能排除，不属于澄清范围');
    expect(row(5).textContent).toContain('已在澄清案件绵纪澄〔2026〕1号中办理');

    // For 陈思远, point 1 is about someone else and point 5 is still free.
    fireEvent.click(screen.getByRole('radio', { name: /陈思远/ }));
    await waitFor(() => expect([box(1).disabled, box(5).checked, box(5).disabled]).toEqual([true, true, false]));
    expect(row(1).textContent).toContain('反映的不是该干部');
  });
});
