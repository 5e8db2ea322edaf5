import { useEffect, useState } from 'react';
import { Modal, Progress, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { readAttachment } from './read-attachment';

/**
 * An image or PDF shown inside the app from its bytes in memory: an object URL, revoked when the
 * viewer closes, so no plaintext copy outlives the view. PDFs open in the browser's own PDF viewer.
 */
export function AttachmentViewer({ attachment, onClose }: { attachment: AttachmentInfo; onClose(): void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [read, setRead] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let stopped = false;
    let made: string | null = null;
    readAttachment(attachment.id, (n) => !stopped && setRead(n), () => stopped).then(
      (blob) => {
        if (stopped || !blob) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      },
      (caught: unknown) => {
        if (!stopped) setError(isApiError(caught) ? caught : ApiError.internal(currentLocale()));
      },
    );
    return () => {
      stopped = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [attachment.id]);

  const isPdf = attachment.mime === 'application/pdf';
  const percent = attachment.size > 0 ? Math.floor((read / attachment.size) * 100) : 100;

  return (
    <Modal open title={attachment.name} onCancel={onClose} footer={null} width="80vw" className="qz-attachment-viewer" destroyOnHidden>
      <div className="qz-viewer-body" data-testid="attachment-viewer">
        {error ? (
          <ErrorAlert error={error} />
        ) : !url ? (
          <Result icon={<Progress type="circle" percent={percent} size={72} />} subTitle={t('filesUi.attachments.reading')} />
        ) : isPdf ? (
          <iframe className="qz-viewer-pdf" src={url} title={attachment.name} />
        ) : (
          <img className="qz-viewer-image" src={url} alt={attachment.name} />
        )}
      </div>
    </Modal>
  );
}
