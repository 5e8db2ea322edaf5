import type { DocumentTemplate } from '../document-template';
import { label, row, value } from './template-builders';

/** Default cover and index of the case file (案卷封面, 卷内目录), the same for both case types. */

export const fileCover: DocumentTemplate = {
  format: 1,
  kind: 'fileCover',
  title: '{{office.name}}\n{{file.caseType}}案卷',
  paragraphs: [],
  tables: [
    {
      columns: [24, 26, 24, 26],
      fontSizePt: 16,
      rows: [
        row(label('案卷题名'), value('{{file.title}}', 3, 2)),
        row(label('案件编号'), value('{{case.number}}', 3)),
        row(label('涉及干部'), value('{{cadre.name}}（{{cadre.unit}}{{cadre.position}}）', 3)),
        row(label('立卷单位'), value('{{office.name}}', 3)),
        row(label('起止日期'), value('{{file.startDate|date}}至{{file.endDate|date}}', 3)),
        row(label('卷内页数'), value('共{{file.pageCount|number}}页'), label('卷次'), value('{{file.volume}}')),
        row(label('保管期限'), value('{{file.retention}}'), label('档号'), value('{{file.archiveCode}}')),
        row(label('立卷人'), value('{{file.archivist}}'), label('检查人'), value('{{file.checker}}')),
        row(label('立卷日期'), value('{{file.archivedDate|date}}', 3)),
      ],
    },
  ],
};

export const fileIndex: DocumentTemplate = {
  format: 1,
  kind: 'fileIndex',
  title: '卷内目录',
  paragraphs: [],
  tables: [
    {
      columns: [8, 19, 17, 28, 13, 8, 7],
      fontSizePt: 10.5,
      rows: [
        {
          header: true,
          cells: [label('序号'), label('文号'), label('责任者'), label('题名'), label('日期'), label('页号'), label('备注')],
        },
        {
          repeat: 'file.items',
          cells: [
            label('{{item.seq}}'),
            value('{{item.docNumber}}'),
            value('{{item.author}}'),
            value('{{item.title}}'),
            label('{{item.date|ymd}}'),
            label('{{item.pages}}'),
            value('{{item.note}}'),
          ],
        },
      ],
    },
  ],
};

export const CASE_FILE_TEMPLATES = [fileCover, fileIndex] as const;
