import type { DocumentTemplate } from '../document-template';
import { body, h1, label, OFFICE_LETTER, opinionBox, plain, right, row, value } from './template-builders';

/** Default templates of the 容错纠错 procedure, in step order (DOMAIN.md, case type A). */

const ADDRESSEE = '{{applicant.addressee}}：';

export const ftApplicationForm: DocumentTemplate = {
  format: 1,
  kind: 'ftApplicationForm',
  title: '容错纠错申请表',
  paragraphs: [right('编号：{{case.number}}')],
  tables: [
    {
      columns: [24, 26, 24, 26],
      fontSizePt: 12,
      rows: [
        row(label('申请人'), value('{{applicant.name}}'), label('申请方式'), value('{{applicant.type}}')),
        row(label('干部姓名'), value('{{cadre.name}}'), label('性别'), value('{{cadre.gender}}')),
        row(label('出生年月'), value('{{cadre.birthDate|month}}'), label('政治面貌'), value('{{cadre.politicalStatus}}')),
        row(label('工作单位及职务'), value('{{cadre.unit}}{{cadre.position}}', 3)),
        row(label('职级'), value('{{cadre.rank}}'), label('申请日期'), value('{{application.date|date}}')),
        row(label('问责事项'), value('{{accountability.matter}}', 3)),
        row(label('问责启动机关及时间'), value('{{accountability.organ}}，{{accountability.startDate|date}}', 3)),
        row(label('申请事由'), value('{{application.facts}}', 3, 6)),
        row(label('援引的容错情形'), value('{{application.situations}}', 3, 2)),
        row(label('申请事项'), value('{{application.request}}', 3, 2)),
        row(
          label('申请人承诺'),
          value('本人（单位）承诺所填内容及所附材料真实、完整，如有隐瞒或者虚构，愿承担相应责任。\n\n申请人（签名或者盖章）：\n　　　　　　　　　　　　年　　月　　日', 3),
        ),
        row(label('所在单位意见'), value(opinionBox('（盖章）'), 3)),
        row(label('受理机关意见'), value(opinionBox('（盖章）'), 3)),
      ],
    },
  ],
  notes: [
    plain('注：1.申请应当在问责决定作出前以书面形式提出，并附相关证明材料。'),
    plain('2.本表一式三份，申请人、所在单位、受理机关各存一份。'),
  ],
};

export const ftAcceptanceNotice: DocumentTemplate = {
  format: 1,
  kind: 'ftAcceptanceNotice',
  ...OFFICE_LETTER,
  title: '容错纠错申请受理通知书',
  recipient: ADDRESSEE,
  paragraphs: [
    body('你（单位）于{{application.date|date}}提出的关于{{cadre.name}}同志在{{accountability.matter}}中容错纠错的申请收悉。经审查，该申请符合受理条件，我委决定予以受理。'),
    body('我委将按照“三个区分开来”的要求，依规依纪依法对申请事项进行调查核实，综合分析动机态度、客观条件、程序方法、性质程度、后果影响以及挽回损失等情况，经集体研究后作出认定，并将结果书面告知。'),
    body('调查核实期间，请如实反映情况、提供相关材料，积极配合调查核实工作，并主动采取措施挽回损失、消除影响。'),
    body('联系人：{{contact.name}}，联系电话：{{contact.phone}}。'),
    body('特此通知。'),
  ],
  tables: [],
};

export const ftRefusalNotice: DocumentTemplate = {
  format: 1,
  kind: 'ftRefusalNotice',
  ...OFFICE_LETTER,
  title: '容错纠错申请不予受理通知书',
  recipient: ADDRESSEE,
  paragraphs: [
    body('你（单位）于{{application.date|date}}提出的关于{{cadre.name}}同志在{{accountability.matter}}中容错纠错的申请收悉。经审查，{{acceptance.refusalReason}}。根据有关规定，我委决定不予受理。'),
    body('如对本决定有异议，可以自收到本通知书之日起{{appeal.days|number}}日内，向{{appeal.organ}}书面提出复核申请。'),
    body('特此通知。'),
  ],
  tables: [],
};

export const ftInvestigationReport: DocumentTemplate = {
  format: 1,
  kind: 'ftInvestigationReport',
  title: '关于{{cadre.name}}同志容错纠错申请的\n调查核实报告',
  recipient: '{{investigation.reportTo}}：',
  paragraphs: [
    body('根据{{office.shortName}}受理决定，{{investigation.team}}于{{investigation.startDate|date}}至{{investigation.endDate|date}}，对{{applicant.name}}提出的关于{{cadre.name}}同志容错纠错的申请进行了调查核实。现将有关情况报告如下。'),
    h1('一、基本情况'),
    body('{{cadre.name}}，{{cadre.gender}}，{{cadre.birthDate|month}}出生，{{cadre.politicalStatus}}，现任{{cadre.unit}}{{cadre.position}}（{{cadre.rank}}）。{{accountability.startDate|date}}，{{accountability.organ}}就{{accountability.matter}}启动问责程序。{{application.date|date}}，{{applicant.name}}提出容错纠错申请，援引的容错情形为{{application.situations}}。'),
    h1('二、调查核实的事实'),
    body('{{investigation.facts}}'),
    h1('三、综合分析'),
    body('（一）动机态度。{{investigation.motive}}'),
    body('（二）客观条件。{{investigation.objectiveConditions}}'),
    body('（三）程序方法。{{investigation.procedure}}'),
    body('（四）性质程度。{{investigation.nature}}'),
    body('（五）后果影响。{{investigation.consequences}}'),
    body('（六）挽回损失。{{investigation.lossRecovery}}'),
    h1('四、“三个区分开来”逐项分析'),
    body('（一）是否属于在推进改革中因缺乏经验、先行先试出现的失误，而非明知故犯的违纪违法行为。{{investigation.distinction1}}'),
    body('（二）是否属于在上级尚无明确限制的探索性试验中的失误，而非上级明令禁止后依然我行我素的违纪违法行为。{{investigation.distinction2}}'),
    body('（三）是否属于为推动发展的无意过失，而非为谋取私利的违纪违法行为。{{investigation.distinction3}}'),
    h1('五、容错条件和不予容错情形核查'),
    body('{{investigation.conditions}}'),
    body('{{investigation.exclusions}}'),
    h1('六、处理意见'),
    body('{{investigation.proposal}}'),
    body('以上报告，请审议。'),
  ],
  tables: [],
  signature: '{{investigation.team}}',
  date: '{{document.date|date}}',
};

export const ftRulingOpinion: DocumentTemplate = {
  format: 1,
  kind: 'ftRulingOpinion',
  ...OFFICE_LETTER,
  title: '关于{{cadre.name}}同志容错纠错申请的\n认定意见书',
  recipient: ADDRESSEE,
  paragraphs: [
    body('{{application.date|date}}，{{applicant.name}}就{{cadre.name}}同志（{{cadre.unit}}{{cadre.position}}）在{{accountability.matter}}中的失误提出容错纠错申请。我委于{{acceptance.date|date}}受理后，依规依纪依法组织调查核实，并于{{ruling.date|date}}经{{ruling.meeting}}集体研究。现将认定意见告知如下。'),
    h1('一、认定的事实'),
    body('{{ruling.facts}}'),
    h1('二、“三个区分开来”分析'),
    body('（一）关于是否属于因缺乏经验、先行先试出现的失误。{{ruling.distinction1}}'),
    body('（二）关于是否属于上级尚无明确限制的探索性试验中的失误。{{ruling.distinction2}}'),
    body('（三）关于是否属于为推动发展的无意过失。{{ruling.distinction3}}'),
    h1('三、适用情形和认定理由'),
    body('对照《容错纠错情形清单》（{{ruling.catalogVersion}}），{{ruling.situations}}。{{ruling.reasoning}}'),
    h1('四、认定结论'),
    body('根据{{ruling.basis}}等规定，经集体研究，对{{cadre.name}}同志在{{accountability.matter}}中的失误，{{ruling.outcome}}。'),
    h1('五、纠错要求'),
    body('容错不是纵错。{{cadre.name}}同志及{{cadre.unit}}应当深刻汲取教训，按照以下要求限期整改：{{correction.requirements}}'),
    body('上述整改应于{{correction.deadline|date}}前完成，并将整改情况书面报送{{correction.reportTo}}。'),
    h1('六、结果运用'),
    body('予以容错免责的，在干部选拔任用、职务职级晋升、职称评聘、年度考核和任期考核、评先评优以及党代表、人大代表、政协委员和后备干部人选资格等方面不受影响，不作负面评价；从轻或者减轻处理的，按照有关规定执行。'),
    body('如对本认定意见不服，可以自收到本意见书之日起{{appeal.days|number}}日内，向{{appeal.organ}}书面申请复核。复核期间，不停止本认定意见的执行。'),
  ],
  tables: [],
  copyTo: '{{orgDept.name}}，{{unit.partyOrg}}',
};

export const ftResultNotice: DocumentTemplate = {
  format: 1,
  kind: 'ftResultNotice',
  ...OFFICE_LETTER,
  title: '容错纠错结果反馈告知书',
  recipient: ADDRESSEE,
  paragraphs: [
    body('你（单位）于{{application.date|date}}提出的关于{{cadre.name}}同志容错纠错的申请，经{{ruling.meeting}}研究，已于{{ruling.date|date}}作出认定（{{ruling.documentNumber}}）。现将结果告知如下。'),
    body('一、认定结论。对{{cadre.name}}同志在{{accountability.matter}}中的失误，{{ruling.outcome}}。'),
    body('二、纠错要求。{{correction.requirements}}请于{{correction.deadline|date}}前完成整改，并将整改情况书面报送{{correction.reportTo}}。'),
    body('三、结果运用。予以容错免责的，在干部选拔任用、考核评价、评先评优等方面不受影响，不作负面评价。'),
    body('如对认定结果不服，可以自收到本告知书之日起{{appeal.days|number}}日内，向{{appeal.organ}}书面申请复核。'),
    body('特此告知。'),
  ],
  tables: [],
  copyTo: '{{orgDept.name}}，{{unit.partyOrg}}',
};

export const ftFilingLetter: DocumentTemplate = {
  format: 1,
  kind: 'ftFilingLetter',
  ...OFFICE_LETTER,
  title: '关于{{cadre.name}}同志容错纠错认定情况的报备',
  recipient: '{{filing.organ}}：',
  paragraphs: [
    body('根据《中国共产党问责条例》和我市容错纠错有关规定，现将{{cadre.name}}同志容错纠错认定情况报备如下。'),
    body('一、基本情况。{{cadre.name}}，{{cadre.gender}}，{{cadre.birthDate|month}}出生，{{cadre.politicalStatus}}，现任{{cadre.unit}}{{cadre.position}}。{{accountability.startDate|date}}，{{accountability.organ}}就{{accountability.matter}}启动问责程序。{{application.date|date}}，{{applicant.name}}提出容错纠错申请。'),
    body('二、认定情况。经调查核实，{{ruling.date|date}}{{ruling.meeting}}研究认定，{{ruling.situations}}，决定{{ruling.outcome}}（{{ruling.documentNumber}}）。'),
    body('三、纠错情况。已责令{{cadre.name}}同志及所在单位于{{correction.deadline|date}}前完成整改，整改落实情况将跟踪督促并另行报告。'),
    body('特此报备。'),
  ],
  tables: [],
};

export const ftCorrectionNotice: DocumentTemplate = {
  format: 1,
  kind: 'ftCorrectionNotice',
  ...OFFICE_LETTER,
  title: '限期整改通知书',
  recipient: '{{unit.partyOrg}}，{{cadre.name}}同志：',
  paragraphs: [
    body('根据《关于{{cadre.name}}同志容错纠错申请的认定意见书》（{{ruling.documentNumber}}），对{{cadre.name}}同志在{{accountability.matter}}中的失误，{{ruling.outcome}}。容错不是纵错，为及时纠正偏差、堵塞漏洞，现就有关整改事项通知如下。'),
    body('一、整改要求。{{correction.requirements}}'),
    body('二、整改时限。请于{{correction.deadline|date}}前完成整改。'),
    body('三、整改报告。整改完成后，请将整改落实情况及相关佐证材料书面报送{{correction.reportTo}}。我委将对整改情况进行核查，对整改不力、敷衍整改的，依规依纪依法严肃处理。'),
    body('特此通知。'),
  ],
  tables: [],
};

export const FAULT_TOLERANCE_TEMPLATES = [
  ftApplicationForm,
  ftAcceptanceNotice,
  ftRefusalNotice,
  ftInvestigationReport,
  ftRulingOpinion,
  ftResultNotice,
  ftFilingLetter,
  ftCorrectionNotice,
] as const;
