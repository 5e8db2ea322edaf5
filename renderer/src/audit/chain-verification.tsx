import { useState } from 'react';
import { Alert, Button, Descriptions, Spin, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import type { auditVerification } from '../../../shared/ipc/audit.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';

export type Verification = z.infer<typeof auditVerification> & { checkedAt: string };

/**
 * Walks the hash chain from its start (or the archive anchor) to its head in main, and says the
 * outcome in words: how many entries, the head's hash to note down, and where it breaks if it does.
 */
export function ChainVerification({ onVerified, onShow }: { onVerified: (result: Verification) => void; onShow: (seq: number) => void }) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const verify = async () => {
    setRunning(true);
    setError(null);
    try {
      const checked = { ...(await invoke('audit.verify', {})), checkedAt: new Date().toISOString() };
      setResult(checked);
      onVerified(checked);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setRunning(false);
    }
  };

  const from = result?.archivedThrough ? t('auditUi.verify.fromArchive', { seq: result.archivedThrough }) : t('auditUi.verify.fromGenesis');

  return (
    <div className="qz-audit-verify">
      <Button icon={<SafetyCertificateOutlined />} onClick={() => void verify()} loading={running}>
        {t('auditUi.verify.button')}
      </Button>
      {running && <Spin className="qz-audit-running" description={t('auditUi.verify.running')} />}
      <ErrorAlert error={error} />
      {result && !running && (
        <Alert
          className="qz-audit-verdict"
          data-testid="chain-verdict"
          type={result.ok ? 'success' : 'error'}
          showIcon
          role={result.ok ? 'status' : 'alert'}
          title={result.ok ? t('auditUi.verify.okTitle') : t('auditUi.verify.brokenTitle', { seq: result.brokenAt ?? '' })}
          description={
            <>
              <Typography.Paragraph>
                {result.ok
                  ? result.entries === 0
                    ? t('auditUi.verify.empty')
                    : t('auditUi.verify.okText', { entries: result.entries, from })
                  : t('auditUi.verify.brokenText', { seq: result.brokenAt ?? '' })}
              </Typography.Paragraph>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'entries', label: t('auditUi.verify.entries'), children: <span data-testid="verified-entries">{result.entries}</span> },
                  {
                    key: 'head',
                    label: t('auditUi.verify.headHash'),
                    children: result.headHash ? (
                      <Typography.Text copyable className="qz-mono qz-hash">
                        {result.headHash}
                      </Typography.Text>
                    ) : (
                      t('auditUi.detail.none')
                    ),
                  },
                  ...(result.brokenAt !== null
                    ? [
                        {
                          key: 'broken',
                          label: t('auditUi.verify.brokenAt'),
                          children: (
                            <span className="qz-audit-broken-at">
                              {t('auditUi.verify.brokenAtValue', { seq: result.brokenAt })}{' '}
                              <Button size="small" danger onClick={() => onShow(result.brokenAt!)}>
                                {t('auditUi.verify.show', { seq: result.brokenAt })}
                              </Button>
                            </span>
                          ),
                        },
                      ]
                    : []),
                  { key: 'at', label: t('auditUi.verify.checkedAt'), children: dayjs(result.checkedAt).format('YYYY-MM-DD HH:mm:ss') },
                ]}
              />
            </>
          }
        />
      )}
    </div>
  );
}
