import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, setUp, type TestCore } from '../../support/core-fixture';
import { act, assessment, implementation, makeClearanceTeam, member, openUntrue, throughApproval, toAssessment } from '../../support/clearance-data';
import { docxParts, textOf } from '../documents/docx-parts';
import { OFFICE_DOCUMENT_SETTINGS } from './ft-case';

let t: TestCore;
let team: Awaited<ReturnType<typeof makeClearanceTeam>>;
beforeEach(async () => {
  t = makeCore();
  await setUp(t);
  team = await makeClearanceTeam(t);
  await member(t, 'admin');
  await t.call('docSettings.update', OFFICE_DOCUMENT_SETTINGS);
});
afterEach(() => t.dispose());

async function textOfDocument(id: number): Promise<string> {
  const got = await t.call('documents.get', { id });
  return textOf((await docxParts(Buffer.from(got.docx, 'base64'))).get('word/document.xml') ?? '');
}

/** A report found untrue and judged a malicious fabrication, its clearance taken to the end and the accuser referred. */
async function maliciousClearance() {
  await member(t, 'officer');
  const r = await t.call('reports.create', {
    receivedVia: 'visit',
    receivedOn: '2026-09-20',
    reporter: { anonymous: false, name: '钱某某', workplace: '个体经营者' },
    cadreIds: [team.cadre.id],
    allegations: '反映张明远收受征地补偿款回扣。',
    points: [{ summary: '收受征地补偿款回扣二十万元' }],
  });
  const point = r.points[0]!;
  await t.call('reports.update', {
    id: r.id,
    points: [{ id: point.id, summary: point.summary, finding: 'untrue', note: '征地补偿款全额发放到户，无回扣。' }],
    verification: { unitId: team.county.id, concludedOn: '2026-11-03', conclusion: '反映问题失实。' },
  });
  const { summary } = await openUntrue(t, team, r.id, point.id);
  const id = summary.id;
  await toAssessment(t, id, assessment({ reportNature: 'malicious', natureReasoning: '举报人明知无回扣仍捏造事实，多次重复举报。' }));
  const referral = await t.call('referrals.create', {
    caseId: id,
    accuser: { known: true, name: '钱某某', workplace: '个体经营者' },
    category: 'other',
    facts: '钱某某因补偿诉求未获支持，捏造张明远收受回扣的事实并多次举报',
    materials: ['举报材料复印件', '核实情况报告'],
  });
  await throughApproval(t, id);
  await member(t, 'officer');
  await t.call('cases.saveStep', { id, step: 'implementation', data: implementation('2026-11-27') });
  await act(t, id, 'implementation.submit');
  await member(t, 'reviewer');
  await act(t, id, 'implementation.close');
  await member(t, 'officer');
  return { id, referral };
}

describe('documents of a 澄清正名 case', () => {
  it('makes each document the case has reached from the report, the assessment, the approval, the clearance and the visit, and the referral of the accuser', async () => {
    const { id } = await maliciousClearance();
    const { kinds } = await t.call('documents.kinds', { caseId: id });
    const available = kinds.filter((k) => k.available && k.step !== 'filing');
    expect(available.map((k) => k.kind)).toEqual(['cqApprovalForm', 'cqIntentNotice', 'cqClearanceLetter', 'cqClearanceNotice', 'cqFollowUpRecord', 'cqFalseAccusationReferral']);
    // What a case does not record: the cadre's birth date and political status here, and the follow-up notes a visit form asks for.
    const missing = [...new Set(available.flatMap((k) => k.missing))].sort();
    expect(missing).toEqual(['cadre.birthDate', 'cadre.politicalStatus', 'followUp.conclusion', 'followUp.place', 'followUp.requests', 'followUp.unitOpinion', 'followUp.workState']);

    const values = {
      'cadre.birthDate': '1978-03-02',
      'cadre.politicalStatus': '中共党员',
      'followUp.workState': '工作积极主动。',
      'followUp.requests': '无其他意见诉求。',
      'followUp.unitOpinion': '单位将继续关心支持其工作。',
      'followUp.place': '云溪镇机关会议室',
      'followUp.conclusion': '澄清效果良好。',
    };
    const issued: Record<string, string> = {};
    for (const k of available) issued[k.kind] = await textOfDocument((await t.call('documents.generate', { caseId: id, kind: k.kind, values })).id);

    expect(issued.cqApprovalForm).toContain('收受征地补偿款回扣二十万元');
    expect(issued.cqApprovalForm).toContain('属于诬告陷害');
    expect(issued.cqIntentNotice).toContain('书面澄清、会议澄清');
    expect(issued.cqClearanceLetter).toContain('青山县纪委监委');
    expect(issued.cqClearanceNotice).toContain('2026年11月27日');
    expect(issued.cqFollowUpRecord).toContain('当面回访');
    expect(issued.cqFalseAccusationReferral).toContain('钱某某');
    expect(issued.cqFalseAccusationReferral).toContain('公安机关');
    expect(issued.cqFalseAccusationReferral).toContain('举报材料复印件、核实情况报告');
    for (const text of Object.values(issued)) expect(text).not.toMatch(/\{\{/);
  });
});
