import type { LedgerColumn, LedgerRow } from '../../../main/exports';

/** A fault-tolerance ledger (容错纠错台账) of the shape the case services will export. */
export const LEDGER_COLUMNS: LedgerColumn[] = [
  { key: 'caseNumber', header: { 'zh-CN': '案件编号', en: 'Case number' }, type: 'text', width: 16 },
  { key: 'cadre', header: { 'zh-CN': '干部姓名', en: 'Cadre' }, type: 'text', width: 10 },
  { key: 'unit', header: { 'zh-CN': '工作单位及职务', en: 'Unit and post' }, type: 'text', width: 30 },
  { key: 'acceptedOn', header: { 'zh-CN': '受理日期', en: 'Accepted on' }, type: 'date', width: 16 },
  { key: 'outcome', header: { 'zh-CN': '认定结论', en: 'Outcome' }, type: 'text', width: 14 },
  { key: 'lossRecovered', header: { 'zh-CN': '挽回损失（万元）', en: 'Loss recovered (10k yuan)' }, type: 'number', width: 14, decimals: 2 },
];

const OUTCOMES = ['免予问责', '从轻', '减轻', '不予容错'];

export function* ledgerRows(count: number): Generator<LedgerRow> {
  for (let i = 1; i <= count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    yield {
      caseNumber: `QZ-2026-${String(i).padStart(5, '0')}`,
      cadre: `干部${i}`,
      unit: '清河市发展和改革委员会党组成员、副主任',
      acceptedOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
      outcome: OUTCOMES[i % OUTCOMES.length],
      lossRecovered: i % 5 === 0 ? null : i * 1.25,
    };
  }
}
