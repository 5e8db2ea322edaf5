import type { DocumentTemplate } from '../document-template';
import { body, label, OFFICE_LETTER, opinionBox, plain, right, row, value } from './template-builders';

/**
 * Default templates of the 澄清正名 procedure (DOMAIN.md, case type B). Each clears the specific points
 * found untrue and says so: a clearance is not an overall appraisal of the cadre.
 */

const NOT_AN_APPRAISAL = '本次澄清仅针对上述经核实失实的具体问题，不作为对{{cadre.name}}同志的全面评价。';

export const cqApprovalForm: DocumentTemplate = {
  format: 1,
  kind: 'cqApprovalForm',
  title: '失实检举控告澄清审批表',
  paragraphs: [right('编号：{{case.number}}')],
  tables: [
    {
      columns: [24, 26, 24, 26],
      fontSizePt: 12,
      rows: [
        row(label('被举报人'), value('{{cadre.name}}'), label('性别'), value('{{cadre.gender}}')),
        row(label('出生年月'), value('{{cadre.birthDate|month}}'), label('政治面貌'), value('{{cadre.politicalStatus}}')),
        row(label('工作单位及职务'), value('{{cadre.unit}}{{cadre.position}}', 3)),
        row(label('举报来源及收到时间'), value('{{report.source}}，{{report.receivedDate|date}}', 3)),
        row(label('反映的主要问题'), value('反映{{cadre.name}}同志{{report.summary}}。', 3, 3)),
        row(label('核实部门及结论'), value('{{report.verifiedBy}}于{{report.verificationEndDate|date}}核实完毕。{{report.conclusion}}', 3, 3)),
        row(label('经核实失实的具体问题'), value('{{report.untruePoints}}。', 3, 2)),
        row(label('造成的不良影响'), value('{{clearance.impact}}', 3, 2)),
        row(label('启动方式及本人意见'), value('{{clearance.origin}}。{{clearance.cadreOpinion}}', 3, 2)),
        row(label('举报性质判断'), value('{{report.nature}}。', 3)),
        row(label('拟澄清方式及范围'), value('{{clearance.method}}；澄清范围：{{clearance.scope}}。', 3)),
        row(label('承办部门意见'), value(opinionBox('承办人：　　　　　　　部门负责人：'), 3)),
        row(label('审核意见'), value(opinionBox('签名：'), 3)),
        row(label('审批意见'), value(opinionBox('签名：'), 3)),
      ],
    },
  ],
  notes: [
    plain('注：1.澄清仅针对经核实失实的具体问题，不作为对被举报人的全面评价。'),
    plain('2.按照干部管理权限审批；谁核实谁澄清。'),
  ],
};

export const cqIntentNotice: DocumentTemplate = {
  format: 1,
  kind: 'cqIntentNotice',
  ...OFFICE_LETTER,
  title: '拟澄清告知书',
  recipient: '{{cadre.name}}同志：',
  paragraphs: [
    body('{{report.receivedDate|date}}，我委收到反映你{{report.summary}}的{{report.source}}。经{{report.verifiedBy}}核实，反映你{{report.untruePoints}}的问题失实。'),
    body('根据《中国共产党党员权利保障条例》《纪检监察机关处理检举控告工作规则》等规定，经{{clearance.approvalDate|date}}审批，拟采取{{clearance.method}}的方式，在{{clearance.scope}}范围内对上述失实问题予以澄清。'),
    body('本次澄清仅针对上述经核实失实的具体问题，不作为对你的全面评价。如对澄清的内容、方式或者范围有意见建议，请于收到本告知书之日起{{clearance.responseDays|number}}个工作日内向我委反映。'),
    body('联系人：{{contact.name}}，联系电话：{{contact.phone}}。'),
    body('特此告知。'),
  ],
  tables: [],
};

export const cqClearanceLetter: DocumentTemplate = {
  format: 1,
  kind: 'cqClearanceLetter',
  ...OFFICE_LETTER,
  title: '关于对{{cadre.name}}同志失实检举控告\n予以澄清的函',
  recipient: '{{unit.partyOrg}}：',
  paragraphs: [
    body('{{report.receivedDate|date}}，我委收到反映你单位{{cadre.position}}{{cadre.name}}同志{{report.summary}}的{{report.source}}。{{report.verifiedBy}}按照有关规定进行了核实。'),
    body('经核实，反映{{cadre.name}}同志{{report.untruePoints}}的问题失实。{{report.conclusion}}'),
    body('根据《中国共产党党员权利保障条例》《纪检监察机关处理检举控告工作规则》等规定，经研究并按照干部管理权限审批，现予以澄清。' + NOT_AN_APPRAISAL),
    body('请你单位在{{clearance.scope}}范围内做好澄清说明工作，引导干部群众正确看待，为{{cadre.name}}同志消除不良影响，支持其放下包袱、轻装上阵、担当作为。'),
    body('特此函告。'),
  ],
  tables: [],
};

export const cqClearanceNotice: DocumentTemplate = {
  format: 1,
  kind: 'cqClearanceNotice',
  ...OFFICE_LETTER,
  title: '关于为{{cadre.name}}同志澄清正名的通知',
  recipient: '{{clearance.noticeRecipients}}：',
  paragraphs: [
    body('{{report.receivedDate|date}}，{{office.shortName}}收到反映{{cadre.unit}}{{cadre.position}}{{cadre.name}}同志{{report.summary}}的{{report.source}}。经{{report.verifiedBy}}认真核实，反映{{cadre.name}}同志{{report.untruePoints}}的问题失实。'),
    body('为保护干部干事创业的积极性，经研究并按照干部管理权限审批，决定于{{clearance.date|date}}在{{clearance.scope}}范围内予以澄清正名。' + NOT_AN_APPRAISAL),
    body('希望广大党员干部正确看待、理性对待检举控告，通过正当渠道如实反映问题。对捏造事实、诬告陷害他人的，将依规依纪依法严肃处理。'),
    body('特此通知。'),
  ],
  tables: [],
};

export const cqFollowUpRecord: DocumentTemplate = {
  format: 1,
  kind: 'cqFollowUpRecord',
  title: '澄清正名回访记录',
  paragraphs: [right('编号：{{case.number}}')],
  tables: [
    {
      columns: [22, 28, 22, 28],
      rows: [
        row(label('被回访人'), value('{{cadre.name}}'), label('政治面貌'), value('{{cadre.politicalStatus}}')),
        row(label('工作单位及职务'), value('{{cadre.unit}}{{cadre.position}}', 3)),
        row(label('回访时间'), value('{{followUp.date|date}}'), label('回访次数'), value('第{{followUp.round|cn}}次')),
        row(label('回访方式'), value('{{followUp.method}}'), label('回访地点'), value('{{followUp.place}}')),
        row(label('回访人员'), value('{{followUp.interviewers}}', 3)),
        row(label('澄清情况'), value('已于{{clearance.date|date}}以{{clearance.method}}的方式，在{{clearance.scope}}范围内予以澄清。', 3, 2)),
        row(label('思想状况'), value('{{followUp.cadreState}}', 3, 2)),
        row(label('工作表现'), value('{{followUp.workState}}', 3, 2)),
        row(label('意见诉求'), value('{{followUp.requests}}', 3, 2)),
        row(label('所在单位意见'), value('{{followUp.unitOpinion}}', 3, 2)),
        row(label('回访结论及后续措施'), value('{{followUp.conclusion}}', 3, 2)),
        row(label('被回访人签字'), value('', 1, 2), label('记录人'), value('{{followUp.recorder}}')),
      ],
    },
  ],
};

export const cqFalseAccusationReferral: DocumentTemplate = {
  format: 1,
  kind: 'cqFalseAccusationReferral',
  ...OFFICE_LETTER,
  title: '关于移送{{referral.accuserName}}涉嫌诬告陷害\n问题线索的函',
  recipient: '{{referral.receiver}}：',
  paragraphs: [
    body('{{report.receivedDate|date}}，我委收到{{referral.accuserName}}反映{{cadre.unit}}{{cadre.position}}{{cadre.name}}同志{{report.summary}}的{{report.source}}。经{{report.verifiedBy}}核实，反映的问题失实。'),
    body('核实中发现，{{referral.facts}}经审查，{{referral.accuserName}}（{{referral.accuserIdentity}}）涉嫌故意捏造事实、诬告陷害他人，不属于错告。'),
    body('根据{{referral.basis}}等规定，现将该问题线索移送你单位，请依规依纪依法处理，并将处理结果函告我委。'),
    body('附件：{{referral.materials|join}}'),
    body('（联系人：{{contact.name}}，联系电话：{{contact.phone}}）'),
  ],
  tables: [],
};

export const CLEARANCE_TEMPLATES = [
  cqApprovalForm,
  cqIntentNotice,
  cqClearanceLetter,
  cqClearanceNotice,
  cqFollowUpRecord,
  cqFalseAccusationReferral,
] as const;
