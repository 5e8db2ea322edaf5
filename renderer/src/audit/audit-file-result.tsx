import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/ipc/contract';

export type AuditFileWritten = NonNullable<Output<'audit.export'>>;

/** Where a written trail file is and how to prove later that it is unchanged. */
export function AuditFileResult({ written }: { written: AuditFileWritten }) {
  const { t } = useTranslation();
  return (
    <div data-testid="audit-file-written">
      <Descriptions
        size="small"
        bordered
        className="qz-nowrap-labels"
        column={1}
        items={[
          { key: 'file', label: t('auditUi.export.file'), children: <Typography.Text copyable className="qz-mono qz-hash">{written.path}</Typography.Text> },
          { key: 'rows', label: t('auditUi.export.rows'), children: written.rows },
          { key: 'headSeq', label: t('auditUi.export.headSeq'), children: written.headSeq ?? t('auditUi.detail.none') },
          {
            key: 'headHash',
            label: t('auditUi.export.headHash'),
            children: written.headHash ? (
              <Typography.Text copyable className="qz-mono qz-hash" data-testid="export-head-hash">
                {written.headHash}
              </Typography.Text>
            ) : (
              t('auditUi.detail.none')
            ),
          },
          { key: 'sha', label: t('auditUi.export.sha256'), children: <Typography.Text copyable className="qz-mono qz-hash">{written.fileSha256}</Typography.Text> },
        ]}
      />
      <Typography.Paragraph type="secondary" className="qz-audit-note">
        {t('auditUi.export.headNote')}
      </Typography.Paragraph>
    </div>
  );
}
