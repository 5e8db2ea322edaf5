import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Steps, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { isApiError, type ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { JobOutcome, useHostPath } from '../exports';
import { JobProgress, useJob } from '../jobs';
import { useRoute } from '../route.store';
import { PackagePreview } from './package-preview';

/**
 * Importing a case package: the file and its passphrase, then a verification of the whole package
 * (passphrase, every hash, versions) with nothing written, a preview of what it holds against this
 * installation, and only on confirmation the import of its new cases in one transaction. A package
 * refused for any reason is refused whole, and the reason is said plainly.
 */
export function PackageImport() {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const inspect = useJob();
  const load = useJob();
  const busy = starting || inspect.running || load.running;
  const source = useHostPath('open', 'qzp', busy);
  const preview = inspect.status?.state === 'done' && inspect.status.result?.kind === 'packageInspect' ? inspect.status.result : null;
  const imported = load.status?.state === 'done' && load.status.result?.kind === 'packageImport' ? load.status.result : null;
  const step = imported ? 2 : preview ? 1 : 0;

  // A verified package stays open in main until imported or let go: let it go when the screen does.
  const held = useRef<string | null>(null);
  held.current = preview && !load.status ? (inspect.status?.id ?? null) : null;
  useEffect(
    () => () => {
      if (held.current) void invoke('jobs.cancel', { id: held.current }).catch(() => undefined);
    },
    [],
  );

  const verify = async () => {
    if (!passphrase) {
      setPassphraseError(t('filesUi.packages.passphraseRequired'));
      return;
    }
    setStarting(true);
    setError(null);
    try {
      const started = await source.run((path) => invoke('packages.inspect', { passphrase, ...(path ? { path } : {}) }));
      if (started) inspect.follow(started);
    } catch (caught) {
      if (isApiError(caught) && caught.code !== 'LOCKED') setError(caught);
    } finally {
      setStarting(false);
    }
  };

  const confirm = async () => {
    if (!inspect.status) return;
    setStarting(true);
    setError(null);
    try {
      load.follow(await invoke('packages.import', { inspectJobId: inspect.status.id }));
    } catch (caught) {
      if (isApiError(caught) && caught.code !== 'LOCKED') setError(caught);
    } finally {
      setStarting(false);
    }
  };

  const restart = () => {
    if (held.current) void invoke('jobs.cancel', { id: held.current }).catch(() => undefined);
    inspect.reset();
    load.reset();
    setPassphrase('');
    setError(null);
  };

  const fresh = preview?.cases.filter((c) => c.status === 'new').length ?? 0;
  // A refusal of the package itself (wrong passphrase, tampering…) reads as such, not as a failed job.
  const refused = inspect.error?.code.startsWith('PACKAGE_') ? inspect.error : null;

  return (
    <Card size="small" title={t('filesUi.packages.importTitle')} data-testid="package-import">
      <Steps
        size="small"
        current={step}
        className="qz-package-steps"
        items={[{ title: t('filesUi.packages.stepChoose') }, { title: t('filesUi.packages.stepPreview') }, { title: t('filesUi.packages.stepImport') }]}
      />
      {step === 0 && (
        <Form layout="vertical" disabled={busy} onFinish={() => void verify()}>
          <Typography.Paragraph type="secondary">{t('filesUi.packages.importIntro')}</Typography.Paragraph>
          {source.field}
          <Form.Item
            label={t('filesUi.packages.passphrase')}
            htmlFor="qz-import-passphrase"
            validateStatus={passphraseError ? 'error' : undefined}
            help={passphraseError ?? undefined}
          >
            <Input.Password
              id="qz-import-passphrase"
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value);
                setPassphraseError(null);
              }}
              autoComplete="off"
              maxLength={256}
            />
          </Form.Item>
          {inspect.running && <JobProgress status={inspect.status} onCancel={() => void inspect.cancel()} cancelling={inspect.cancelling} />}
          {refused ? (
            <Alert type="error" showIcon role="alert" className="qz-form-alert" title={t('filesUi.packages.refused')} description={refused.message} data-testid="package-refused" />
          ) : (
            <JobOutcome status={inspect.status} error={inspect.error} />
          )}
          <ErrorAlert error={error} onClose={() => setError(null)} />
          <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={busy} data-testid="package-verify">
            {t('filesUi.packages.verify')}
          </Button>
        </Form>
      )}
      {step === 1 && preview && (
        <PackagePreview
          preview={preview}
          fresh={fresh}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={restart}
          progress={load.running ? <JobProgress status={load.status} /> : null}
          outcome={<JobOutcome status={load.status} error={load.error} />}
          error={error}
          onCloseError={() => setError(null)}
        />
      )}
      {step === 2 && imported && (
        <Result
          status="success"
          className="qz-file-result"
          title={t('filesUi.packages.imported', { count: imported.imported.length })}
          subTitle={imported.skipped.length ? t('filesUi.packages.skipped', { count: imported.skipped.length }) : undefined}
          extra={<Button onClick={restart}>{t('filesUi.packages.importAgain')}</Button>}
        >
          <ul className="qz-imported" data-testid="imported-cases">
            {imported.imported.map((c) => (
              <li key={c.caseId}>
                <Typography.Link onClick={() => navigate('case', { id: String(c.caseId) })}>{c.number}</Typography.Link>
              </li>
            ))}
          </ul>
        </Result>
      )}
    </Card>
  );
}
